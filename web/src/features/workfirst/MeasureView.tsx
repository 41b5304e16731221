import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import type { ResponseOf } from '../../api/index.ts';

export type WorkfirstMeasure = NonNullable<ResponseOf<'listWorkfirstWeek'>['rows'][number]['measure']>;

/** A measure's figures, status, decision and the client's response, for the professional and the client alike. */
export function MeasureView({ measure }: { measure: WorkfirstMeasure }) {
  const { t, formatDate } = useI18n();
  return (
    <div className="wp-workfirst-measure">
      <p className="utrecht-paragraph">
        <strong>{t(`workfirst.measure.status.${measure.status}` as MessageKey)}</strong>:{' '}
        {t('workfirst.measure.summary', {
          percent: String(measure.percent),
          months: String(measure.durationMonths),
          category: t(`workfirst.measure.category.${measure.category}` as MessageKey),
        })}
      </p>
      {measure.status === 'confirmed' && measure.effectiveFrom ? (
        <p className="utrecht-paragraph">{t('workfirst.measure.effectiveFrom', { date: formatDate(measure.effectiveFrom) })}</p>
      ) : null}
      {measure.decisionReason ? (
        <p className="utrecht-paragraph wp-muted">{t('workfirst.measure.reason', { reason: measure.decisionReason })}</p>
      ) : null}
    </div>
  );
}
