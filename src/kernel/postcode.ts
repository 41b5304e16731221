/** Dutch postcode: 4 digits (first not 0), optional space, 2 letters except SA, SD and SS. */
const POSTCODE = /^([1-9]\d{3}) ?([A-Za-z]{2})$/;

export function normalisePostcode(value: string): string | null {
  const m = POSTCODE.exec(value.trim());
  if (!m) return null;
  const letters = m[2]!.toUpperCase();
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return `${m[1]} ${letters}`;
}

/** The PC4 area (the four digits) of a valid postcode. */
export function pc4(postcode: string): string {
  return postcode.slice(0, 4);
}
