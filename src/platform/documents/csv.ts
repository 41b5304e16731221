/**
 * A CSV writer after RFC 4180, set up for Dutch spreadsheets: ';' between fields (Excel with Dutch regional
 * settings expects it), decimal comma, CRLF after every record and a UTF-8 byte order mark so Excel reads
 * the accents. A field is quoted when it contains the separator, a double quote, CR or LF; quotes inside are
 * doubled.
 *
 * Text that starts with =, +, -, @, tab or CR would be taken as a formula by a spreadsheet (CSV injection):
 * such text gets a leading apostrophe. Numbers are written as numbers and are never changed that way.
 */

/** A number with a fixed count of decimals (money: 2), written with the decimal separator. */
export interface CsvNumber {
  readonly number: number;
  readonly decimals?: number;
}

export type CsvCell = string | number | CsvNumber | null | undefined;

export interface CsvOptions {
  /** Field separator (default ';'). */
  separator?: string;
  /** Decimal separator for numbers (default ','). */
  decimalSeparator?: string;
  /** Start with a UTF-8 byte order mark (default true). */
  bom?: boolean;
}

export const UTF8_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvNumber(number: number, decimals?: number): CsvNumber {
  return decimals === undefined ? { number } : { number, decimals };
}

/** One field as it appears in the file (quoted where RFC 4180 requires it). */
export function csvField(cell: CsvCell, options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const decimal = options.decimalSeparator ?? ',';
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number' || typeof cell === 'object') {
    const { number, decimals } = typeof cell === 'number' ? { number: cell, decimals: undefined } : cell;
    if (!Number.isFinite(number)) throw new RangeError(`CSV: not a finite number: ${number}`);
    const text = decimals === undefined ? String(number) : number.toFixed(decimals);
    return quoteIfNeeded(text.replace('.', decimal), separator);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return quoteIfNeeded(text, separator);
}

function quoteIfNeeded(text: string, separator: string): string {
  if (text.includes(separator) || text.includes('"') || text.includes('\r') || text.includes('\n')) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/** The whole file: every record ends with CRLF; the BOM first unless switched off. */
export function toCsv(records: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  if (separator.length !== 1 || /["\r\n]/.test(separator)) throw new RangeError(`CSV: unusable separator ${JSON.stringify(separator)}`);
  const body = records.map((record) => record.map((cell) => csvField(cell, options)).join(separator) + '\r\n').join('');
  return ((options.bom ?? true) ? UTF8_BOM : '') + body;
}
