import { useId } from 'react';
import type { LadderAssessment } from '../../api/index.ts';
import { parseIsoDate, useI18n } from '../../app/i18n.tsx';
import { rungShort, RUNG_VALUES } from './rungs.ts';

const WIDTH = 760;
const HEIGHT = 320;
const MARGIN = { top: 16, right: 28, bottom: 52, left: 268 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const MIN_TICK_GAP = 84;

export function yForRung(rung: number): number {
  return MARGIN.top + ((6 - rung) * PLOT_H) / 5;
}

/** x positions for the assessment dates; a single date (or all on one day) sits in the middle. */
export function xPositions(dates: string[]): number[] {
  const times = dates.map((d) => parseIsoDate(d)?.getTime() ?? 0);
  const min = Math.min(...times);
  const max = Math.max(...times);
  if (max === min) return times.map(() => MARGIN.left + PLOT_W / 2);
  return times.map((time) => MARGIN.left + ((time - min) / (max - min)) * PLOT_W);
}

/** SVG path of a step line: the value holds until the next assessment. */
export function stepPath(points: { x: number; y: number }[]): string {
  if (points.length === 0) return '';
  const [first, ...rest] = points;
  let d = `M${first!.x.toFixed(1)},${first!.y.toFixed(1)}`;
  for (const p of rest) d += ` H${p.x.toFixed(1)} V${p.y.toFixed(1)}`;
  return d;
}

/** Indices of assessments that get a date label, skipping ones that would overlap. */
export function tickIndices(xs: number[], minGap = MIN_TICK_GAP): number[] {
  const out: number[] = [];
  const lastIndex = xs.length - 1;
  for (let i = 0; i < xs.length; i++) {
    const prev = out.length ? xs[out[out.length - 1]!]! : -Infinity;
    if (xs[i]! - prev >= minGap) out.push(i);
  }
  // Always label the latest assessment; drop the label it would collide with.
  if (lastIndex >= 0 && out[out.length - 1] !== lastIndex) {
    while (out.length && xs[lastIndex]! - xs[out[out.length - 1]!]! < minGap) out.pop();
    out.push(lastIndex);
  }
  return out;
}

interface LadderChartProps {
  /** Oldest first. */
  assessments: LadderAssessment[];
}

/**
 * A small, dependency-free step chart of the rung over time (and the growth potential, dashed).
 * Exposed as one image with a text description; the table next to it carries the same data.
 */
export function LadderChart({ assessments }: LadderChartProps) {
  const i18n = useI18n();
  const { t, formatDate, formatDateShort } = i18n;
  const titleId = useId();
  const descId = useId();

  if (assessments.length === 0) {
    return <p className="utrecht-paragraph">{t('ladder.chart.empty')}</p>;
  }

  const xs = xPositions(assessments.map((a) => a.assessedOn));
  const rungPoints = assessments.map((a, i) => ({ x: xs[i]!, y: yForRung(a.rung) }));
  const growthPoints = assessments.map((a, i) => ({ x: xs[i]!, y: yForRung(a.growthPotential) }));
  const first = assessments[0]!;
  const last = assessments[assessments.length - 1]!;
  const description =
    assessments.length === 1
      ? t('ladder.chart.descSingle', { date: formatDate(first.assessedOn), rung: first.rung, growth: first.growthPotential })
      : t('ladder.chart.desc', {
          count: assessments.length,
          from: formatDate(first.assessedOn),
          to: formatDate(last.assessedOn),
          first: first.rung,
          last: last.rung,
          growth: last.growthPotential,
        });
  const ticks = tickIndices(xs);

  return (
    <figure className="wp-chart">
      <figcaption className="wp-chart__title" id={titleId}>
        {t('ladder.chart.title')}
      </figcaption>
      <svg
        className="wp-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        focusable="false"
      >
        <g className="wp-chart__grid">
          {RUNG_VALUES.map((rung) => (
            <g key={rung}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={yForRung(rung)} y2={yForRung(rung)} />
              <text x={MARGIN.left - 12} y={yForRung(rung)} dy="0.35em" textAnchor="end" className="wp-chart__rung-label">
                {rungShort(rung, i18n)}
              </text>
            </g>
          ))}
        </g>
        <g className="wp-chart__x-axis">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={MARGIN.top + PLOT_H + 12} y2={MARGIN.top + PLOT_H + 12} />
          {ticks.map((i) => (
            <g key={assessments[i]!.id}>
              <line x1={xs[i]} x2={xs[i]} y1={MARGIN.top + PLOT_H + 8} y2={MARGIN.top + PLOT_H + 16} />
              <text x={xs[i]} y={MARGIN.top + PLOT_H + 36} textAnchor="middle" className="wp-chart__date-label">
                {formatDateShort(assessments[i]!.assessedOn)}
              </text>
            </g>
          ))}
        </g>
        <path className="wp-chart__growth" d={stepPath(growthPoints)} />
        {growthPoints.map((p, i) => (
          <rect key={`g-${assessments[i]!.id}`} className="wp-chart__growth-point" x={p.x - 4} y={p.y - 4} width={8} height={8} />
        ))}
        <path className="wp-chart__rung" d={stepPath(rungPoints)} />
        {rungPoints.map((p, i) => (
          <circle key={`r-${assessments[i]!.id}`} className="wp-chart__rung-point" cx={p.x} cy={p.y} r={5.5} />
        ))}
      </svg>
      <ul className="wp-chart__legend" aria-hidden="true">
        <li>
          <svg viewBox="0 0 36 12" className="wp-chart__swatch" focusable="false">
            <line className="wp-chart__rung" x1="0" x2="36" y1="6" y2="6" />
            <circle className="wp-chart__rung-point" cx="18" cy="6" r="4.5" />
          </svg>
          {t('ladder.chart.legendRung')}
        </li>
        <li>
          <svg viewBox="0 0 36 12" className="wp-chart__swatch" focusable="false">
            <line className="wp-chart__growth" x1="0" x2="36" y1="6" y2="6" />
            <rect className="wp-chart__growth-point" x="14" y="2" width="8" height="8" />
          </svg>
          {t('ladder.chart.legendGrowth')}
        </li>
      </ul>
      <p className="utrecht-paragraph wp-chart__desc" id={descId}>
        {description}
      </p>
    </figure>
  );
}
