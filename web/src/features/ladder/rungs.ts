import type { MessageKey } from '../../app/messages.ts';
import type { I18n } from '../../app/i18n.tsx';

export const RUNG_VALUES = [1, 2, 3, 4, 5, 6] as const;

export function rungName(rung: number, i18n: Pick<I18n, 't'>): string {
  return i18n.t(`rung.${rung}` as MessageKey);
}

/** "4 – Onbetaald werk" */
export function rungShort(rung: number, i18n: Pick<I18n, 't'>): string {
  return i18n.t('rung.short', { rung, name: rungName(rung, i18n) });
}

/** "Trede 4: Onbetaald werk" */
export function rungLabel(rung: number, i18n: Pick<I18n, 't'>): string {
  return i18n.t('rung.label', { rung, name: rungName(rung, i18n) });
}
