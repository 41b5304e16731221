import { csvNumber, toCsv, type CsvCell } from '../../platform/documents/csv.ts';
import { toXlsx, XLSX_CONTENT_TYPE, type XlsxColumn, type XlsxFormat } from '../../platform/documents/xlsx.ts';
import type { FileResult } from '../../platform/http/route.ts';
import type { ExportFormat, ReportGroup, TrajectoryReport, TrajectoryReportRow } from './reports.api.ts';

/** Turns a trajectory report into a spreadsheet file: the same rows and total as the JSON report, Dutch headers. */

const GROUP_HEADER: Record<ReportGroup, string> = { programme: 'Programma', instrument: 'Instrument', provider: 'Aanbieder' };
const GROUP_WORD: Record<ReportGroup, string> = { programme: 'programma', instrument: 'instrument', provider: 'aanbieder' };

type Kind = 'count' | 'decimal1' | 'cents';
interface Column {
  header: (groupBy: ReportGroup) => string;
  kind: Kind;
  value: (row: TrajectoryReportRow) => number | null;
}

const COLUMNS: Column[] = [
  // PRB counts admitted clients: for programmes the started trajectories are the admissions.
  { header: (g) => (g === 'programme' ? 'Toegelaten' : 'Gestart'), kind: 'count', value: (r) => r.started },
  { header: () => 'Lopend', kind: 'count', value: (r) => r.running },
  { header: () => 'Afgesloten', kind: 'count', value: (r) => r.closed },
  { header: () => 'Afgesloten met werk', kind: 'count', value: (r) => r.closedWithWork },
  { header: () => 'Uitgevallen', kind: 'count', value: (r) => r.droppedOut },
  { header: () => '% afgesloten met werk', kind: 'decimal1', value: (r) => r.percentClosedWithWork },
  { header: () => 'Gemiddelde besteding (€)', kind: 'cents', value: (r) => r.averageSpendCents },
  { header: () => 'Kosten per plaatsing (€)', kind: 'cents', value: (r) => r.costPerPlacementCents },
  { header: () => 'Gemiddelde verandering trede', kind: 'decimal1', value: (r) => r.averageRungChange },
];

const XLSX_FORMAT: Record<Kind, XlsxFormat> = { count: 'integer', decimal1: 'decimal1', cents: 'euro' };

export function headers(groupBy: ReportGroup): string[] {
  return [GROUP_HEADER[groupBy], ...COLUMNS.map((c) => c.header(groupBy))];
}

/** trajectresultaten-per-programma[-van-2004-01-01][-tot-2005-12-31].csv */
export function exportFilename(report: Pick<TrajectoryReport, 'groupBy' | 'from' | 'to'>, format: ExportFormat): string {
  const period = `${report.from ? `-van-${report.from}` : ''}${report.to ? `-tot-${report.to}` : ''}`;
  return `trajectresultaten-per-${GROUP_WORD[report.groupBy]}${period}.${format}`;
}

function csvCell(kind: Kind, value: number | null): CsvCell {
  if (value === null) return null;
  if (kind === 'cents') return csvNumber(value / 100, 2);
  if (kind === 'decimal1') return csvNumber(value, 1);
  return value;
}

/** CSV (UTF-8 with BOM, ';', decimal comma, amounts in euros with two decimals), total as last line. */
export function reportCsv(report: TrajectoryReport): string {
  const line = (row: TrajectoryReportRow): CsvCell[] => [row.label, ...COLUMNS.map((c) => csvCell(c.kind, c.value(row)))];
  return toCsv([headers(report.groupBy), ...report.rows.map(line), line(report.total)]);
}

/** Excel workbook: one sheet, figures as numbers (amounts in euros with a euro format), the total in bold. */
export function reportXlsx(report: TrajectoryReport): Buffer {
  const columns: XlsxColumn[] = [
    { header: GROUP_HEADER[report.groupBy], width: 36 },
    ...COLUMNS.map((c) => ({
      header: c.header(report.groupBy),
      format: XLSX_FORMAT[c.kind],
      width: Math.max(12, c.header(report.groupBy).length + 2),
    })),
  ];
  const cells = (row: TrajectoryReportRow) => [
    row.label,
    ...COLUMNS.map((c) => {
      const v = c.value(row);
      return v === null ? null : c.kind === 'cents' ? v / 100 : v;
    }),
  ];
  return toXlsx({
    name: `Per ${GROUP_WORD[report.groupBy]}`,
    columns,
    rows: [...report.rows.map(cells), { cells: cells(report.total), bold: true }],
  });
}

export function reportFile(report: TrajectoryReport, format: ExportFormat): FileResult {
  return format === 'csv'
    ? { contentType: 'text/csv; charset=utf-8', filename: exportFilename(report, 'csv'), body: reportCsv(report) }
    : { contentType: XLSX_CONTENT_TYPE, filename: exportFilename(report, 'xlsx'), body: reportXlsx(report) };
}
