import type { InvalidParam } from '../../kernel/errors.ts';
import { normalisePostcode } from '../../kernel/postcode.ts';

/** "5611", "5611AB" or "5611 ab" → "5611" or "5611 AB"; null when it is no Dutch postcode at all. */
export function normaliseVacancyPostcode(value: string): string | null {
  const v = value.trim();
  if (/^[1-9]\d{3}$/.test(v)) return v;
  return normalisePostcode(v);
}

/** Skills are free tags: trimmed, lower case, without duplicates, in the order given. */
export function normaliseSkills(skills: readonly string[]): string[] {
  const out: string[] = [];
  for (const s of skills) {
    const tag = s.trim().toLowerCase().replace(/\s+/g, ' ');
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/** The wage indication is a range: the maximum may not be below the minimum. */
export function wageRangeProblems(v: { wageMinCents: number | null; wageMaxCents: number | null }): InvalidParam[] {
  if (v.wageMinCents !== null && v.wageMaxCents !== null && v.wageMaxCents < v.wageMinCents) {
    return [{ name: 'wageMaxCents', code: 'below_minimum', reason: 'Het maximumloon mag niet lager zijn dan het minimumloon.' }];
  }
  return [];
}

/** Closing a vacancy by hand: 'vervuld' (filled outside Werkplein too) or 'ingetrokken' (withdrawn by the employer). */
export function statusAfterClose(reason: 'vervuld' | 'ingetrokken'): 'filled' | 'withdrawn' {
  return reason === 'vervuld' ? 'filled' : 'withdrawn';
}
