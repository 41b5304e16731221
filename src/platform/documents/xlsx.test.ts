import { describe, expect, it } from 'vitest';
import { columnName, sheetXml, toXlsx, xmlEscape } from './xlsx.ts';
import { readZip } from './zip-reader.testkit.ts';

const SHEET = {
  name: 'Trajectresultaten',
  columns: [
    { header: 'Programma', width: 30 },
    { header: 'Gestart', format: 'integer' as const },
    { header: '% met werk', format: 'decimal1' as const },
    { header: 'Gemiddelde besteding', format: 'euro' as const },
  ],
  rows: [
    ['PRB Eindhoven 2004–2005', 57, 53.8, 3125.5],
    ['Werk & <zorg> "B"', 0, null, null],
    { cells: ['Totaal', 57, 53.8, 3125.5], bold: true },
  ],
};

describe('XLSX writer', () => {
  it('packs the parts a spreadsheet needs, content types first', () => {
    const names = readZip(toXlsx(SHEET)).map((e) => e.name);
    expect(names).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/worksheets/sheet1.xml',
      'xl/styles.xml',
    ]);
  });

  it('writes the figures as numbers and text as inline strings, with the header bold', () => {
    const parts = new Map(readZip(toXlsx(SHEET)).map((e) => [e.name, e.data.toString('utf8')]));
    const sheet = parts.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<dimension ref="A1:D4"/>');
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Programma</t></is></c>');
    expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">PRB Eindhoven 2004–2005</t></is></c>');
    expect(sheet).toContain('<c r="B2" s="6"><v>57</v></c>'); // integer format
    expect(sheet).toContain('<c r="C2" s="4"><v>53.8</v></c>'); // one decimal
    expect(sheet).toContain('<c r="D2" s="2"><v>3125.5</v></c>'); // euro
    // Empty figures leave the cell out; markup in text is escaped.
    expect(sheet).toContain(
      '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">Werk &amp; &lt;zorg&gt; &quot;B&quot;</t></is></c><c r="B3" s="6"><v>0</v></c></row>',
    );
    // The total row is bold in every format.
    expect(sheet).toContain('<c r="A4" t="inlineStr" s="1">');
    expect(sheet).toContain('<c r="B4" s="7"><v>57</v></c>');
    expect(sheet).toContain('<c r="D4" s="3"><v>3125.5</v></c>');
    expect(sheet).toContain('<col min="1" max="1" width="30" customWidth="1"/>');
    expect(parts.get('xl/workbook.xml')).toContain('<sheet name="Trajectresultaten" sheetId="1" r:id="rId1"/>');
  });

  it('declares a bold font and a euro number format in the styles', () => {
    const styles = readZip(toXlsx(SHEET))
      .find((e) => e.name === 'xl/styles.xml')!
      .data.toString('utf8');
    expect(styles).toContain('<font><b/>');
    expect(styles).toMatch(/<numFmt numFmtId="164" formatCode="&quot;€&quot;\\ #,##0\.00;/);
    expect(styles).toContain('<cellXfs count="8">');
    expect((styles.match(/<xf /g) ?? []).length).toBe(1 + 8);
  });

  it('links workbook, sheet and styles through the relationship parts and content types', () => {
    const parts = new Map(readZip(toXlsx(SHEET)).map((e) => [e.name, e.data.toString('utf8')]));
    expect(parts.get('_rels/.rels')).toContain('Target="xl/workbook.xml"');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain('Target="worksheets/sheet1.xml"');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain('Target="styles.xml"');
    const types = parts.get('[Content_Types].xml')!;
    for (const part of ['/xl/workbook.xml', '/xl/worksheets/sheet1.xml', '/xl/styles.xml']) expect(types).toContain(`PartName="${part}"`);
  });

  it('names columns A..Z, AA.. and escapes XML, dropping characters XML forbids', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(xmlEscape('a\u0001b & c')).toBe('ab &amp; c');
  });

  it('refuses an unusable sheet name and numbers that are not finite', () => {
    expect(() => toXlsx({ ...SHEET, name: 'Resultaten [2005]' })).toThrow(RangeError);
    expect(() => toXlsx({ ...SHEET, name: 'x'.repeat(32) })).toThrow(RangeError);
    expect(() => sheetXml({ ...SHEET, rows: [['x', Number.POSITIVE_INFINITY]] })).toThrow(RangeError);
  });
});
