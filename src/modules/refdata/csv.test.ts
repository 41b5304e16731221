import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvSyntaxError, parseCsv } from './csv.ts';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('CSV reader (RFC 4180)', () => {
  it('reads plain records with LF, CRLF and a missing final line break', () => {
    expect(fields('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    expect(fields('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(fields('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps empty fields, also at the end of a record', () => {
    expect(fields('a,,c\n,,\nx,\n')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
      ['x', ''],
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'id,labels,note\n1,"lasser\nlasster\r\ngaslasser","zegt ""hallo"", en gaat"\n2,"",x\n';
    expect(fields(text)).toEqual([
      ['id', 'labels', 'note'],
      ['1', 'lasser\nlasster\r\ngaslasser', 'zegt "hallo", en gaat'],
      ['2', '', 'x'],
    ]);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', () => {
    const text = 'h1,h2\n"a\nb\nc",1\n\nx,"y\r\nz"\r\nlast,2';
    expect(parseCsv(text).map((r) => r.line)).toEqual([1, 2, 6, 8]);
  });

  it('skips a byte-order mark and empty lines', () => {
    expect(fields('\uFEFFa,b\n\n\n1,2\n\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('rejects an unterminated quote, naming the line where the field starts', () => {
    const text = 'a,b\n1,2\n3,"open\nstill open\n';
    const err = catchError(() => parseCsv(text));
    expect(err).toBeInstanceOf(CsvSyntaxError);
    expect(err.line).toBe(3);
    expect(err.reason).toMatch(/niet afgesloten/);
  });

  it('rejects text after a closing quote and a quote inside an unquoted field', () => {
    const after = catchError(() => parseCsv('a,b\n"x"y,2\n'));
    expect(after.line).toBe(2);
    expect(after.reason).toMatch(/na een afsluitend aanhalingsteken/);
    const inside = catchError(() => parseCsv('a,b\n1,2\nab"c,3\n'));
    expect(inside.line).toBe(3);
    expect(inside.reason).toMatch(/midden in een veld/);
  });

  it('reads back what an RFC 4180 writer wrote, for any fields (property)', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', '\r\n', ' ', 'x', '1') });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }).map((rows) => {
      const width = rows[0]!.length;
      return rows.map((r) => [...r, ...Array(width).fill('')].slice(0, width).map((f, i) => (i === 0 ? `k${f}` : f)));
    });
    fc.assert(
      fc.property(table, (rows) => {
        const text = rows.map((r) => r.map(quote).join(',')).join('\r\n');
        expect(fields(text)).toEqual(rows);
      }),
    );
  });
});

function quote(f: string): string {
  return /[",\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f;
}

function catchError(fn: () => unknown): CsvSyntaxError {
  try {
    fn();
  } catch (err) {
    return err as CsvSyntaxError;
  }
  throw new Error('expected an error');
}
