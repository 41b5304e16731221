import { useId } from 'react';
import type { ResultFigures } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import '../vacancies/one-stop-shop.css';

const WIDTH = 760;
const LABEL_W = 240;
const VALUE_W = 48;
const PLOT_W = WIDTH - LABEL_W - VALUE_W;
const BAR_H = 18;
const ROW_H = 3 * BAR_H + 20;
const TOP = 8;

export interface ResultsRow {
  key: string;
  label: string;
  figures: ResultFigures;
}

/** Truncates long organisation names for the axis (the table shows them whole). */
function shortLabel(label: string): string {
  return label.length > 30 ? `${label.slice(0, 29)}…` : label;
}

/**
 * Horizontal bars per organisation or region: vacancies opened, filled, and placements. One image with a
 * text description; the table below carries the same numbers.
 */
export function ResultsChart({ rows }: { rows: ResultsRow[] }) {
  const { t } = useI18n();
  const titleId = useId();
  const descId = useId();
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.flatMap((r) => [r.figures.vacanciesOpened, r.figures.vacanciesFilled, r.figures.placements]));
  const height = TOP + rows.length * ROW_H + 8;
  const w = (n: number) => Math.max(n > 0 ? 2 : 0, (n / max) * PLOT_W);
  const totals = rows.reduce(
    (acc, r) => ({
      opened: acc.opened + r.figures.vacanciesOpened,
      filled: acc.filled + r.figures.vacanciesFilled,
      placements: acc.placements + r.figures.placements,
    }),
    { opened: 0, filled: 0, placements: 0 },
  );

  return (
    <figure className="wp-results-chart">
      <figcaption className="wp-chart__title" id={titleId}>
        {t('results.chart.title')}
      </figcaption>
      <svg
        className="wp-results-chart__svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        focusable="false"
      >
        <line className="wp-results-chart__axis" x1={LABEL_W} x2={LABEL_W} y1={TOP - 4} y2={height - 4} />
        {rows.map((r, i) => {
          const y = TOP + i * ROW_H;
          const bars = [
            { key: 'opened', value: r.figures.vacanciesOpened, className: 'wp-results-chart__opened' },
            { key: 'filled', value: r.figures.vacanciesFilled, className: 'wp-results-chart__filled' },
            { key: 'placements', value: r.figures.placements, className: 'wp-results-chart__still' },
          ];
          return (
            <g key={r.key}>
              <text x={LABEL_W - 10} y={y + (3 * BAR_H) / 2} dy="0.35em" textAnchor="end" className="wp-results-chart__label">
                {shortLabel(r.label)}
              </text>
              {bars.map((b, j) => (
                <g key={b.key}>
                  <rect className={b.className} x={LABEL_W} y={y + j * BAR_H} width={w(b.value)} height={BAR_H - 4} />
                  <text x={LABEL_W + w(b.value) + 6} y={y + j * BAR_H + (BAR_H - 4) / 2} dy="0.3em" className="wp-results-chart__value">
                    {b.value}
                  </text>
                </g>
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="wp-chart__legend" aria-hidden="true">
        <li>
          <svg viewBox="0 0 16 12" className="wp-chart__swatch" focusable="false">
            <rect className="wp-results-chart__opened" width="16" height="12" />
          </svg>
          {t('results.opened')}
        </li>
        <li>
          <svg viewBox="0 0 16 12" className="wp-chart__swatch" focusable="false">
            <rect className="wp-results-chart__filled" width="16" height="12" />
          </svg>
          {t('results.filled')}
        </li>
        <li>
          <svg viewBox="0 0 16 12" className="wp-chart__swatch" focusable="false">
            <rect className="wp-results-chart__still" width="16" height="12" />
          </svg>
          {t('results.placements')}
        </li>
      </ul>
      <p className="utrecht-paragraph wp-chart__desc" id={descId}>
        {t('results.chart.desc', { count: rows.length, opened: totals.opened, filled: totals.filled, placements: totals.placements })}
      </p>
    </figure>
  );
}
