import { describe, expect, it } from 'vitest';
import { A4, literal, PdfDocument, wrapText } from './pdf.ts';
import { encodeWinAnsi, textWidth } from './pdf-metrics.ts';
import { parsePdf } from './pdf-reader.testkit.ts';

const FIXED = new Date('2026-01-15T09:30:00Z');

function sampleDocument(): PdfDocument {
  return new PdfDocument({ title: 'Polis – Zoë', createdAt: FIXED, footer: (p, n) => `Pagina ${p} van ${n}` })
    .heading('Afspraken', 1)
    .text('Eerste alinea.')
    .list(['een', 'twee'], { numbered: true })
    .table(
      [
        { header: 'Stap', width: 3 },
        { header: 'Datum', width: 1 },
      ],
      [['Sollicitatietraining', '01-02-2026']],
    );
}

describe('PDF structure', () => {
  it('starts with the PDF 1.4 header and a binary marker line, ends with %%EOF', () => {
    const pdf = sampleDocument().toBuffer();
    expect(pdf.subarray(0, 9).toString('latin1')).toBe('%PDF-1.4\n');
    // Second line: a comment with four bytes above 127.
    expect(pdf[9]).toBe(0x25);
    expect([...pdf.subarray(10, 14)].every((b) => b > 127)).toBe(true);
    expect(pdf.subarray(-6).toString('latin1')).toBe('%%EOF\n');
  });

  it('every cross-reference entry points at the start of "n 0 obj", and startxref at the xref table', () => {
    const pdf = sampleDocument().toBuffer();
    const s = pdf.toString('latin1');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(s)![1]);
    expect(s.slice(startxref, startxref + 5)).toBe('xref\n');
    expect(startxref).toBe(s.lastIndexOf('\nxref\n') + 1);
    const [, count] = /^xref\n0 (\d+)\n/.exec(s.slice(startxref))!;
    const table = s
      .slice(startxref)
      .split('\n')
      .slice(2, 2 + Number(count));
    expect(table[0]).toBe('0000000000 65535 f ');
    const objects = [...s.matchAll(/(?<=\n)(\d+) 0 obj\n/g)];
    expect(objects.length).toBe(Number(count) - 1);
    for (let id = 1; id < Number(count); id++) {
      const offset = Number(table[id]!.slice(0, 10));
      expect(table[id]).toMatch(/^\d{10} 00000 n $/);
      expect(s.slice(offset, offset + `${id} 0 obj`.length), `object ${id}`).toBe(`${id} 0 obj`);
    }
    // Byte offsets, not character offsets: the binary marker line counts as 4 bytes.
    expect(Buffer.byteLength(s.slice(0, startxref), 'latin1')).toBe(startxref);
    const trailer = /trailer\n<< \/Size (\d+) \/Root (\d+) 0 R \/Info (\d+) 0 R \/ID \[<([0-9A-F]{32})> <\4>\] >>\nstartxref\n/.exec(s);
    expect(trailer?.[1]).toBe(count);
    expect(s.slice(Number(table[Number(trailer![2])]!.slice(0, 10)))).toMatch(/^1 0 obj\n<< \/Type \/Catalog \/Pages 2 0 R >>/);
  });

  it('reads back: A4 pages, the two standard fonts in WinAnsiEncoding, stream lengths that match', () => {
    const pdf = sampleDocument().toBuffer();
    const parsed = parsePdf(pdf);
    expect(parsed.pages).toHaveLength(1);
    expect(parsed.pages[0]!.mediaBox).toEqual([0, 0, A4.width, A4.height]);
    expect(parsed.fonts.sort()).toEqual(['Helvetica', 'Helvetica-Bold']);
    expect(pdf.toString('latin1')).toMatch(
      /\/BaseFont \/Helvetica \/Encoding \/WinAnsiEncoding \/FirstChar 32 \/LastChar 255 \/Widths \[278 278 355 /,
    );
    expect(parsed.text.split('\n')).toEqual([
      'Afspraken',
      'Eerste alinea.',
      '1.',
      'een',
      '2.',
      'twee',
      'Stap',
      'Datum',
      'Sollicitatietraining',
      '01-02-2026',
      'Pagina 1 van 1',
    ]);
  });

  it('is deterministic: the same content and creation time give the same bytes', () => {
    expect(sampleDocument().toBuffer().equals(sampleDocument().toBuffer())).toBe(true);
  });

  it('writes the document title as UTF-16 text', () => {
    const s = new PdfDocument({ title: 'Zoë', createdAt: FIXED }).toBuffer().toString('latin1');
    expect(s).toContain('/Title <FEFF005A006F00EB>');
    expect(s).toContain('/CreationDate (D:20260115093000Z)');
  });
});

describe('text encoding (WinAnsiEncoding)', () => {
  it('maps Dutch letters and typographic characters to their WinAnsi bytes', () => {
    expect(encodeWinAnsi('ë é ï ó ü à ç ’ ‘ “ ” € – — … •')).toEqual([
      0xeb, 32, 0xe9, 32, 0xef, 32, 0xf3, 32, 0xfc, 32, 0xe0, 32, 0xe7, 32, 0x92, 32, 0x91, 32, 0x93, 32, 0x94, 32, 0x80, 32, 0x96, 32,
      0x97, 32, 0x85, 32, 0x95,
    ]);
  });

  it('normalises decomposed letters, replaces the ij ligature, and falls back to base letter or "?"', () => {
    expect(encodeWinAnsi('Zoe\u0308')).toEqual(encodeWinAnsi('Zoë'));
    expect(encodeWinAnsi('\u0133sselmeer')).toEqual(encodeWinAnsi('ijsselmeer'));
    // Ł has no decomposition: "?"; ź decomposes to z + accent: "z".
    expect(encodeWinAnsi('Łódź')).toEqual([0x3f, 0xf3, 0x64, 0x7a]);
    expect(encodeWinAnsi('ő✓')).toEqual([0x6f, 0x3f]);
  });

  it('escapes parentheses and backslashes, and writes non-ASCII bytes as octal escapes', () => {
    expect(literal('a (b) \\ c')).toBe('(a \\(b\\) \\\\ c)');
    expect(literal('Zoë’s café kost €5')).toBe('(Zo\\353\\222s caf\\351 kost \\2005)');
  });

  it('a document with special characters reads back as the same text', () => {
    const line = 'Zoë van ’s-Hertogenbosch (naïef) betaalt € 1.250,50 \\ “quotes” – café';
    const pdf = new PdfDocument({ createdAt: FIXED }).text(line).toBuffer();
    const content = parsePdf(pdf).pages[0]!.content;
    expect(content).toContain(
      'Zo\\353 van \\222s-Hertogenbosch \\(na\\357ef\\) betaalt \\200 1.250,50 \\\\ \\223quotes\\224 \\226 caf\\351',
    );
    // Content streams stay 7-bit ASCII.
    expect([...Buffer.from(content, 'latin1')].every((b) => b < 128)).toBe(true);
    expect(parsePdf(pdf).text).toBe(line);
  });
});

describe('line wrapping on Helvetica widths', () => {
  it('measures with the AFM widths', () => {
    // H 722, e 556, l 222, l 222, o 556 = 2278 units.
    expect(textWidth('Hello', 'regular', 10)).toBeCloseTo(22.78, 5);
    expect(textWidth('Hello', 'bold', 10)).toBeCloseTo((722 + 556 + 278 + 278 + 611) / 100, 5);
    expect(textWidth('€ë', 'regular', 1000)).toBe(556 + 556);
    // A narrow "i" and a wide "W" take the width the font gives them, not a fixed one.
    expect(textWidth('iiii', 'regular', 10)).toBeLessThan(textWidth('WWWW', 'regular', 10) / 3);
  });

  it('fills each line as far as the width allows, keeps words whole and in order', () => {
    const text = 'De klantmanager en de cliënt spreken af welke stappen nodig zijn om weer aan het werk te komen, met data.';
    const lines = wrapText(text, 'regular', 10, 150);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const [i, line] of lines.entries()) {
      expect(textWidth(line, 'regular', 10)).toBeLessThanOrEqual(150);
      // Greedy: the next line's first word would not have fitted on this one.
      const next = lines[i + 1]?.split(' ')[0];
      if (next) expect(textWidth(`${line} ${next}`, 'regular', 10)).toBeGreaterThan(150);
    }
  });

  it('narrow letters fit more per line than wide ones', () => {
    expect(wrapText('il '.repeat(60), 'regular', 10, 200).length).toBeLessThan(wrapText('WM '.repeat(60), 'regular', 10, 200).length);
  });

  it('breaks a word longer than the line between characters, and keeps explicit newlines and empty lines', () => {
    const hash = 'a'.repeat(64) + 'b'.repeat(64);
    const lines = wrapText(hash, 'regular', 10, 100);
    expect(lines.join('')).toBe(hash);
    for (const l of lines) expect(textWidth(l, 'regular', 10)).toBeLessThanOrEqual(100);
    expect(wrapText('een\n\ntwee', 'regular', 10, 300)).toEqual(['een', '', 'twee']);
  });
});

describe('page breaks', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `woord${i}`);

  it('long text continues on new pages, never below the bottom margin, with every word once and in order', () => {
    const doc = new PdfDocument({ createdAt: FIXED, footer: (p, n) => `Pagina ${p} van ${n}` })
      .heading('Lange tekst', 1)
      .text(words.join(' '));
    const parsed = parsePdf(doc.toBuffer());
    expect(parsed.pages.length).toBeGreaterThan(3);
    expect(parsed.pages.length).toBe(doc.pageCount);
    parsed.pages.forEach((page, i) => {
      const footer = page.items.at(-1)!;
      expect(footer.text).toBe(`Pagina ${i + 1} van ${parsed.pages.length}`);
      for (const item of page.items.slice(0, -1)) {
        expect(item.y).toBeGreaterThan(footer.y + 8);
        expect(item.y).toBeLessThan(A4.height - 56);
        expect(item.x + textWidth(item.text, item.font === 'F2' ? 'bold' : 'regular', item.size)).toBeLessThanOrEqual(
          A4.width - 56.7 + 0.001,
        );
      }
    });
    const body = parsed.pages.flatMap((p) => p.items.slice(0, -1).map((i) => i.text)).slice(1);
    expect(body.join(' ').split(' ')).toEqual(words);
  });

  it('a long table continues on the next page with its header repeated', () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`Stap ${i + 1}: ${'oefenen '.repeat((i % 7) + 1).trim()}`, 'Cliënt', '01-02-2026']);
    const parsed = parsePdf(
      new PdfDocument({ createdAt: FIXED })
        .table(
          [
            { header: 'Omschrijving', width: 4 },
            { header: 'Wie', width: 1 },
            { header: 'Datum', width: 1 },
          ],
          rows,
        )
        .toBuffer(),
    );
    expect(parsed.pages.length).toBeGreaterThan(1);
    for (const page of parsed.pages) expect(page.items.slice(0, 3).map((i) => i.text)).toEqual(['Omschrijving', 'Wie', 'Datum']);
    const steps = parsed.pages.flatMap((p) =>
      p.items.filter((i) => i.text.startsWith('Stap ')).map((i) => Number(/^Stap (\d+)/.exec(i.text)![1])),
    );
    expect(steps).toEqual(rows.map((_, i) => i + 1));
  });

  it('a single table row longer than a page continues on the next page, every word once', () => {
    const cell = words.slice(0, 900).join(' ');
    const parsed = parsePdf(
      new PdfDocument({ createdAt: FIXED })
        .table(
          [
            { header: 'Omschrijving', width: 3 },
            { header: 'Datum', width: 1 },
          ],
          [[cell, '01-02-2026']],
        )
        .toBuffer(),
    );
    expect(parsed.pages.length).toBeGreaterThan(1);
    const texts = parsed.pages.flatMap((p) => p.items.map((i) => i.text)).filter((t) => t.startsWith('woord'));
    expect(texts.join(' ').split(' ')).toEqual(words.slice(0, 900));
  });

  it('a watermark is drawn on every page', () => {
    const parsed = parsePdf(new PdfDocument({ createdAt: FIXED, watermark: 'CONCEPT' }).text(words.slice(0, 1500).join(' ')).toBuffer());
    expect(parsed.pages.length).toBeGreaterThan(1);
    for (const page of parsed.pages) expect(page.items[0]!.text).toBe('CONCEPT');
  });
});
