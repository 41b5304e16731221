import type { CloseReason, VacancyStatus, Visibility } from '../../api/index.ts';
import type { I18n } from '../../app/i18n.tsx';
import { codeLabel } from '../../ui/labels.ts';

type T = Pick<I18n, 't'>;
export const visibilityLabel = (v: Visibility, i: T) => codeLabel('visibility', v, i);
export const vacancyStatusLabel = (s: VacancyStatus, i: T) => codeLabel('vacancyStatus', s, i);
export const closeReasonLabel = (r: CloseReason, i: T) => codeLabel('closeReason', r, i);

const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** "€ 2.400 – € 2.900 per maand", "vanaf € 2.400 per maand", or '' when unknown. */
export function formatWage(min: number | null | undefined, max: number | null | undefined, i: T): string {
  const fmt = (c: number) => EURO.format(c / 100);
  if (min != null && max != null) return i.t('vacancy.wageRange', { min: fmt(min), max: fmt(max) });
  if (min != null) return i.t('vacancy.wageFrom', { min: fmt(min) });
  if (max != null) return i.t('vacancy.wageUpTo', { max: fmt(max) });
  return '';
}
