/**
 * A small RFC 4180 CSV reader for the official reference files (ESCO, CBS). Own code, no package:
 * quoted fields may hold commas, doubled quotes ("") and line breaks; records end at LF, CRLF or CR.
 * Every record carries the line number where it starts, so a rejected file can point at the line.
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line number of the record's first character. */
  line: number;
}

/** A syntax error: the file is not valid CSV from this point on. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`regel ${line}: ${reason}`);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34; // "
const COMMA = 44; // ,
const LF = 10;
const CR = 13;

/**
 * Yields the records of a CSV text in order. Empty lines are skipped; a byte-order mark is ignored.
 * Throws CsvSyntaxError on an unterminated quoted field, text after a closing quote, or a quote inside
 * an unquoted field.
 */
export function* csvRecords(text: string): Generator<CsvRecord> {
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;

  while (pos < n) {
    // Skip empty lines between records.
    const c0 = text.charCodeAt(pos);
    if (c0 === LF || c0 === CR) {
      pos += c0 === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line++;
      continue;
    }

    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      // One field starts at pos.
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        const fieldLine = line;
        const start = pos + 1;
        let from = start;
        let doubled = false;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            throw new CsvSyntaxError(fieldLine, 'het veld begint met een aanhalingsteken (") maar wordt niet afgesloten');
          }
          line += countLineBreaks(text, from, q);
          if (text.charCodeAt(q + 1) === QUOTE) {
            doubled = true;
            from = q + 2;
            continue;
          }
          pos = q + 1;
          break;
        }
        // One slice per field (no rope of chunks), unescaping doubled quotes only when there are any.
        const raw = text.slice(start, pos - 1);
        fields.push(doubled ? raw.replaceAll('""', '"') : raw);
        const next = pos < n ? text.charCodeAt(pos) : -1;
        if (next !== COMMA && next !== LF && next !== CR && next !== -1) {
          throw new CsvSyntaxError(line, 'na een afsluitend aanhalingsteken moet een komma of het einde van de regel staan');
        }
      } else {
        const start = pos;
        while (pos < n) {
          const c = text.charCodeAt(pos);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) {
            throw new CsvSyntaxError(
              line,
              'aanhalingsteken (") midden in een veld; zet het hele veld tussen aanhalingstekens en verdubbel het teken',
            );
          }
          pos++;
        }
        fields.push(text.slice(start, pos));
      }

      // After a field: comma (next field), line end (record done) or end of text.
      if (pos >= n) break;
      const c = text.charCodeAt(pos);
      if (c === COMMA) {
        pos++;
        continue;
      }
      pos += c === CR && text.charCodeAt(pos + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    yield { fields, line: recordLine };
  }
}

/** Line breaks (LF, CRLF or a lone CR) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/** All records at once (convenience for tests and small files). */
export function parseCsv(text: string): CsvRecord[] {
  return [...csvRecords(text)];
}
