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

export { formatCents } from '../../ui/money.ts';
