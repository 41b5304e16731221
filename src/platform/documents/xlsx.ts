import { zip } from './zip.ts';

/**
 * A minimal Office Open XML workbook (ECMA-376 SpreadsheetML) with one sheet: text as inline strings,
 * numbers as numbers, a bold header row and number formats per column (euro, one decimal, whole number).
 * Enough for Excel and LibreOffice to open a report and calculate with its figures. Written with the own
 * ZIP writer; no shared strings table, no formulas.
 */

export type XlsxFormat = 'text' | 'integer' | 'decimal1' | 'euro';

export interface XlsxColumn {
  header: string;
  /** How numbers in this column are shown (text cells are shown as text whatever this says). */
  format?: XlsxFormat;
  /** Column width in characters. */
  width?: number;
}

export type XlsxCell = string | number | null | undefined;

export interface XlsxRow {
  cells: readonly XlsxCell[];
  /** A row such as a total, shown in bold. */
  bold?: boolean;
}

export interface XlsxSheet {
  /** Sheet tab name: at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  columns: readonly XlsxColumn[];
  rows: readonly (XlsxRow | readonly XlsxCell[])[];
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Custom number formats (ids from 164 are free for the workbook). */
const EURO_FORMAT_ID = 164;
const DECIMAL1_FORMAT_ID = 165;
/** Built-in number format 1 is "0". */
const INTEGER_FORMAT_ID = 1;

/** Index into cellXfs of styles.xml for a format, plain or bold. Must match STYLES_XML below. */
const STYLE: Record<XlsxFormat, { plain: number; bold: number }> = {
  text: { plain: 0, bold: 1 },
  euro: { plain: 2, bold: 3 },
  decimal1: { plain: 4, bold: 5 },
  integer: { plain: 6, bold: 7 },
};

const STYLES_XML =
  XML_DECL +
  `<styleSheet xmlns="${MAIN_NS}">` +
  `<numFmts count="2">` +
  `<numFmt numFmtId="${EURO_FORMAT_ID}" formatCode="&quot;€&quot;\\ #,##0.00;&quot;€&quot;\\ \\-#,##0.00"/>` +
  `<numFmt numFmtId="${DECIMAL1_FORMAT_ID}" formatCode="0.0"/>` +
  `</numFmts>` +
  `<fonts count="2">` +
  `<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `</fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="8">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>` +
  `<xf numFmtId="${EURO_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="${EURO_FORMAT_ID}" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `<xf numFmtId="${DECIMAL1_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="${DECIMAL1_FORMAT_ID}" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `<xf numFmtId="${INTEGER_FORMAT_ID}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="${INTEGER_FORMAT_ID}" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>` +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`;

const CONTENT_TYPES_XML =
  XML_DECL +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
  `</Types>`;

const ROOT_RELS_XML =
  XML_DECL +
  `<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  `</Relationships>`;

const WORKBOOK_RELS_XML =
  XML_DECL +
  `<Relationships xmlns="${PKG_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/>` +
  `</Relationships>`;

/** Escapes text for XML content and attributes, dropping characters XML 1.0 does not allow. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new RangeError(`XLSX: unusable sheet name ${JSON.stringify(name)}`);
  }
}

function cellXml(ref: string, cell: XlsxCell, format: XlsxFormat, bold: boolean): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new RangeError(`XLSX: not a finite number in ${ref}: ${cell}`);
    const style = bold ? STYLE[format].bold : STYLE[format].plain;
    return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${cell}</v></c>`;
  }
  const style = bold ? STYLE.text.bold : STYLE.text.plain;
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${xmlEscape(cell)}</t></is></c>`;
}

/** The worksheet part (xl/worksheets/sheet1.xml): a bold, frozen header row, then the rows. */
export function sheetXml(sheet: XlsxSheet): string {
  const columns = sheet.columns;
  const rows: XlsxRow[] = [
    { cells: columns.map((c) => c.header), bold: true },
    ...sheet.rows.map((r) => ('cells' in r ? r : { cells: r })),
  ];
  const width = Math.max(1, columns.length, ...rows.map((r) => r.cells.length));
  const dimension = `A1:${columnName(width - 1)}${rows.length}`;
  const cols = columns.map((c, i) => (c.width ? `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>` : '')).join('');
  const data = rows
    .map((row, r) => {
      const cells = row.cells
        .map((cell, c) => cellXml(`${columnName(c)}${r + 1}`, cell, columns[c]?.format ?? 'text', row.bold ?? false))
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return (
    XML_DECL +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${data}</sheetData>` +
    `</worksheet>`
  );
}

function workbookXml(sheetName: string): string {
  return (
    XML_DECL +
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheets><sheet name="${xmlEscape(sheetName)}" sheetId="1" r:id="rId1"/></sheets>` +
    `</workbook>`
  );
}

/** The .xlsx file of one sheet. */
export function toXlsx(sheet: XlsxSheet): Buffer {
  checkSheetName(sheet.name);
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES_XML },
    { name: '_rels/.rels', data: ROOT_RELS_XML },
    { name: 'xl/workbook.xml', data: workbookXml(sheet.name) },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS_XML },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml(sheet) },
    { name: 'xl/styles.xml', data: STYLES_XML },
  ]);
}
