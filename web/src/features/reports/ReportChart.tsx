import { useId } from 'react';
import type { TrajectoryReportRow } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';

const WIDTH = 760;
const LABEL_W = 240;
const VALUE_W = 48;
const PLOT_W = WIDTH - LABEL_W - VALUE_W;
const BAR_H = 18;
const ROW_H = 3 * BAR_H + 20;
const TOP = 8;

function shortLabel(label: string): string {
  return label.length > 30 ? `${label.slice(0, 29)}…` : label;
}

/**
 * Horizontal bars per programme, instrument or provider: started, closed, closed with work. One image with a
 * text description; the table below carries the same numbers.
 */
export function ReportChart({ rows }: { rows: TrajectoryReportRow[] }) {
  const { t } = useI18n();
  const titleId = useId();
  const descId = useId();
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.flatMap((r) => [r.started, r.closed, r.closedWithWork]));
  const height = TOP + rows.length * ROW_H + 8;
  const w = (n: number) => Math.max(n > 0 ? 2 : 0, (n / max) * PLOT_W);
  const totals = rows.reduce(
    (acc, r) => ({ started: acc.started + r.started, closed: acc.closed + r.closed, withWork: acc.withWork + r.closedWithWork }),
    { started: 0, closed: 0, withWork: 0 },
  );
  const series = [
    { key: 'started', className: 'wp-report-chart__started', label: t('reports.chart.started') },
    { key: 'closed', className: 'wp-report-chart__closed', label: t('reports.chart.closed') },
    { key: 'work', className: 'wp-report-chart__work', label: t('reports.chart.withWork') },
  ] as const;

  return (
    <figure className="wp-report-chart">
      <figcaption className="wp-chart__title" id={titleId}>
        {t('reports.chart.title')}
      </figcaption>
      <svg
        className="wp-report-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        focusable="false"
      >
        <line className="wp-report-chart__axis" x1={LABEL_W} x2={LABEL_W} y1={TOP - 4} y2={height - 4} />
        {rows.map((r, i) => {
          const y = TOP + i * ROW_H;
          const values = [r.started, r.closed, r.closedWithWork];
          return (
            <g key={r.key ?? `own-${r.label}`}>
              <text x={LABEL_W - 10} y={y + (3 * BAR_H) / 2} dy="0.35em" textAnchor="end" className="wp-report-chart__label">
                {shortLabel(r.label)}
              </text>
              {series.map((s, j) => (
                <g key={s.key}>
                  <rect className={s.className} x={LABEL_W} y={y + j * BAR_H} width={w(values[j]!)} height={BAR_H - 4} />
                  <text x={LABEL_W + w(values[j]!) + 6} y={y + j * BAR_H + (BAR_H - 4) / 2} dy="0.3em" className="wp-report-chart__value">
                    {values[j]}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="wp-chart__legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <svg viewBox="0 0 16 12" className="wp-chart__swatch" focusable="false">
              <rect className={s.className} width="16" height="12" />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      <p className="utrecht-paragraph wp-chart__desc" id={descId}>
        {t('reports.chart.desc', { count: rows.length, started: totals.started, closed: totals.closed, withWork: totals.withWork })}
      </p>
    </figure>
  );
}
