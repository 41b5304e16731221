import { describe, expect, it } from 'vitest';
import { csvField, csvNumber, toCsv, UTF8_BOM } from './csv.ts';

describe('CSV writer (RFC 4180, Dutch spreadsheet conventions)', () => {
  it('starts with a UTF-8 BOM, separates with ";" and ends every record with CRLF', () => {
    const csv = toCsv([
      ['Programma', 'Gestart'],
      ['PRB Eindhoven', 57],
    ]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe(`${UTF8_BOM}Programma;Gestart\r\nPRB Eindhoven;57\r\n`);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes fields with the separator, a double quote, CR or LF, and doubles inner quotes', () => {
    expect(csvField('Werk; zorg')).toBe('"Werk; zorg"');
    expect(csvField('De "Stapvoort"')).toBe('"De ""Stapvoort"""');
    expect(csvField('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
    expect(csvField('geen bijzonderheden, wel een komma')).toBe('geen bijzonderheden, wel een komma');
    // With a comma as separator the comma is what needs quoting.
    expect(csvField('a,b', { separator: ',' })).toBe('"a,b"');
    expect(toCsv([['a;b', 'c"d', '']], { bom: false })).toBe('"a;b";"c""d";\r\n');
  });

  it('writes numbers with a decimal comma and fixed decimals where asked; empty for null', () => {
    expect(csvField(53.8)).toBe('53,8');
    expect(csvField(csvNumber(5000, 2))).toBe('5000,00');
    expect(csvField(csvNumber(1234.5, 2))).toBe('1234,50');
    expect(csvField(csvNumber(-0.5, 1))).toBe('-0,5');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(() => csvField(Number.NaN)).toThrow(RangeError);
  });

  it('neutralises text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+31 40')).toBe("'+31 40");
    expect(csvField('-Jobcoaching')).toBe("'-Jobcoaching");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });

  it('keeps accents and other non-ASCII text as UTF-8', () => {
    const csv = toCsv([['PRB Eindhoven 2004–2005', 'Cliënt']]);
    expect(Buffer.from(csv, 'utf8').toString('utf8')).toContain('2004–2005;Cliënt');
  });

  it('refuses a separator that would break the format', () => {
    expect(() => toCsv([['a']], { separator: '"' })).toThrow(RangeError);
    expect(() => toCsv([['a']], { separator: ';;' })).toThrow(RangeError);
  });
});
