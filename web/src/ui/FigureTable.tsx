import type { ReactNode } from 'react';

/** One column of figures: its header and how a row's figures fill its cell. */
export interface FigureColumn<F> {
  key: string;
  header: ReactNode;
  cell: (figures: F) => ReactNode;
  /** Right-aligned, tabular digits (counts, amounts). */
  amount?: boolean;
}

export interface FigureRow<F> {
  key: string;
  label: ReactNode;
  figures: F;
}

/**
 * The table under a report or a chart: one row per organisation, programme or group with its figures, an
 * optional total row, a caption for screen readers, and a container that scrolls sideways on a phone and can
 * be reached by keyboard (it is a region named by the caption).
 */
export function FigureTable<F>({
  caption,
  rowHeader,
  columns,
  rows,
  total,
  busy,
}: {
  caption: string;
  rowHeader: ReactNode;
  columns: readonly FigureColumn<F>[];
  rows: readonly FigureRow<F>[];
  total?: { label: ReactNode; figures: F } | undefined;
  busy?: boolean;
}) {
  const cells = (figures: F) =>
    columns.map((c) => (
      <td className={`utrecht-table__cell${c.amount ? ' wp-amount' : ''}`} key={c.key}>
        {c.cell(figures)}
      </td>
    ));
  return (
    <div className="utrecht-table-container wp-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="utrecht-table utrecht-table--html-table wp-table" aria-busy={busy || undefined}>
        <caption className="utrecht-table__caption wp-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {rowHeader}
            </th>
            {columns.map((c) => (
              <th scope="col" className={`utrecht-table__header-cell${c.amount ? ' wp-amount' : ''}`} key={c.key}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((r) => (
            <tr className="utrecht-table__row" key={r.key}>
              <th scope="row" className="utrecht-table__cell wp-table__row-header">
                {r.label}
              </th>
              {cells(r.figures)}
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell wp-table__row-header">
                {total.label}
              </th>
              {cells(total.figures)}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
