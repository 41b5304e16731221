/**
 * Burgerservicenummer: 9 digits passing the "11-test" (elfproef): digits weighted 9..2 and the last
 * digit weighted -1; the sum must be divisible by 11. All-zero is rejected although it passes.
 */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value) || value === '000000000') return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(value[i]) * (9 - i);
  sum -= Number(value[8]);
  return sum % 11 === 0;
}

/** Shows only the last three digits, for lists and logs where the full number must not appear. */
export function maskBsn(value: string): string {
  return `******${value.slice(-3)}`;
}
