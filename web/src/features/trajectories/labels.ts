/** Labels and formatting shared by the trajectory, assignment, instrument and polis screens. */
import type {
  CbsCategory,
  InstrumentKind,
  OutcomeContractType,
  PolisResponsible,
  PolisVersionStatus,
  TrajectoryOutcome,
  TrajectoryStatus,
} from '../../api/index.ts';
import type { I18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';

type T = Pick<I18n, 't'>;

/** The translation of `prefix.code`, or the code itself when the dictionary does not know it. */
function known(key: string, i: T, fallback: string): string {
  const text = i.t(key as MessageKey);
  return text === key ? fallback : text;
}

export const instrumentKindLabel = (k: InstrumentKind | (string & {}), i: T) => known(`instrumentKind.${k}`, i, k);
export const cbsCategoryLabel = (c: CbsCategory | (string & {}), i: T) => known(`cbsCategory.${c}`, i, c);
export const trajectoryStatusLabel = (s: TrajectoryStatus, i: T) => known(`trajectoryStatus.${s}`, i, s);
export const outcomeLabel = (o: TrajectoryOutcome, i: T) => known(`trajectoryOutcome.${o}`, i, o);
export const outcomeContractLabel = (c: OutcomeContractType, i: T) => known(`trajectoryContract.${c}`, i, c);
export const responsibleLabel = (r: PolisResponsible, i: T) => known(`polisResponsible.${r}`, i, r);
export const polisStatusLabel = (s: PolisVersionStatus, i: T) => known(`polisStatus.${s}`, i, s);

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** Integer cents as "€ 1.250,50" (Dutch euros, also in the English UI, like the PRB screens). */
export function formatCents(cents: number): string {
  return EURO.format(cents / 100);
}

export type EuroCheck = 'ok' | 'invalid' | 'too_many_decimals' | 'negative';

/**
 * A first check of an amount typed in euros ("1250", "1250,50", "1.250,50" is refused: no thousands
 * separators); the server checks again and has the last word.
 */
export function checkEuros(text: string): EuroCheck {
  const v = text.trim();
  if (/^-\d/.test(v)) return 'negative';
  if (/^\d+[.,]\d{3,}$/.test(v)) return 'too_many_decimals';
  if (!/^\d+([.,]\d{1,2})?$/.test(v)) return 'invalid';
  return 'ok';
}

export function euroMessage(check: Exclude<EuroCheck, 'ok'>, i: T): string {
  if (check === 'negative') return i.t('rw.money.negative');
  if (check === 'too_many_decimals') return i.t('rw.money.tooManyDecimals');
  return i.t('rw.money.invalid');
}
