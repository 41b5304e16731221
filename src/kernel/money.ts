/** Money is integer euro cents everywhere; conversion to and from text happens only at the edges. */
export type Cents = number & { readonly __cents: unique symbol };

export function cents(value: number): Cents {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a whole number of cents: ${value}`);
  return value as Cents;
}

/** Parses "1234", "1234.5", "1234,56" (euros) to cents; null for more than two decimals or junk. */
export function parseEuros(text: string): Cents | null {
  const m = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const whole = Number(m[2]);
  const frac = Number((m[3] ?? '').padEnd(2, '0'));
  const value = whole * 100 + frac;
  if (!Number.isSafeInteger(value)) return null;
  return cents(m[1] && value !== 0 ? -value : value);
}

const EUR = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });
export function formatEuros(value: Cents): string {
  return EUR.format(value / 100);
}
