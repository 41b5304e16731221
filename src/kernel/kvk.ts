/** KvK number: exactly 8 digits. */
export function isValidKvkNumber(value: string): boolean {
  return /^\d{8}$/.test(value);
}
