/** Labels and formatting shared by the trajectory, assignment, instrument and polis screens. */
import { checkEuroInput, normaliseEuroText } from '../../ui/money.ts';
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

export { formatCents } from '../../ui/money.ts';

export type EuroCheck = 'ok' | 'invalid' | 'too_many_decimals' | 'negative';

/**
 * A first check of an amount typed in euros ("1250", "1250,50"; "1.250,50" is refused: no thousands
 * separators), zero allowed; the server checks again and has the last word. The form sends the text trimmed,
 * so inner spaces or a euro sign are refused here rather than by the server.
 */
export function checkEuros(text: string): EuroCheck {
  const v = text.trim();
  if (v !== normaliseEuroText(v)) return 'invalid';
  const r = checkEuroInput(v, { allowZero: true });
  if ('cents' in r) return 'ok';
  if (r.problem === 'too_many_decimals') return 'too_many_decimals';
  if (r.problem === 'not_positive') return 'negative';
  return 'invalid';
}

export function euroMessage(check: Exclude<EuroCheck, 'ok'>, i: T): string {
  if (check === 'negative') return i.t('rw.money.negative');
  if (check === 'too_many_decimals') return i.t('rw.money.tooManyDecimals');
  return i.t('rw.money.invalid');
}
