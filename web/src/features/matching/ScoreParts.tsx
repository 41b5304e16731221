import type { MatchPart } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Bar } from '../../ui/Bar.tsx';
import { partLabel } from './labels.ts';
import '../vacancies/one-stop-shop.css';

/**
 * The explanation of a match score: one row per part (occupation, distance, hours, …) with a small bar,
 * the points and the server's plain-Dutch explanation. The bar is decoration; the text carries it all.
 */
export function ScoreParts({ parts, caption }: { parts: MatchPart[]; caption: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <table className="wp-parts">
      <caption className="wp-visually-hidden">{caption}</caption>
      <thead className="wp-visually-hidden">
        <tr>
          <th scope="col">{t('match.part')}</th>
          <th scope="col">{t('match.bar')}</th>
          <th scope="col">{t('match.points')}</th>
          <th scope="col">{t('match.explanation')}</th>
        </tr>
      </thead>
      <tbody>
        {parts.map((p) => (
          <tr key={p.key}>
            <th scope="row">{partLabel(p.key, i18n)}</th>
            <td className="wp-parts__bar">
              <Bar value={p.points} max={p.max} />
            </td>
            <td className="wp-parts__points">{t('match.pointsOf', { points: formatPoints(p.points), max: formatPoints(p.max) })}</td>
            <td>{p.explanation}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
}
