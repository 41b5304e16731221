/**
 * Font metrics and text encoding for the PDF writer (pdf.ts): the two standard Type 1 fonts it uses
 * (Helvetica and Helvetica-Bold, which every PDF reader has built in) in WinAnsiEncoding.
 *
 * The widths are the advance widths of the Adobe Font Metrics (AFM) of these fonts, in 1/1000 of the
 * font size, for character codes 32..255 in WinAnsiEncoding (codes without a glyph: 0).
 */

export type PdfFont = 'regular' | 'bold';

/** The PostScript names of the fonts, as the PDF names them (/BaseFont). */
export const BASE_FONT: Record<PdfFont, string> = { regular: 'Helvetica', bold: 'Helvetica-Bold' };

export const FIRST_CHAR = 32;
export const LAST_CHAR = 255;

// prettier-ignore
const HELVETICA: readonly number[] = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
  556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
  0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
  278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
  400, 584, 333, 333, 333, 578, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
  667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
  722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
  556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
];

// prettier-ignore
const HELVETICA_BOLD: readonly number[] = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,
  556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
  0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
  278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
  400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
  722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
  722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
  556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
  611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
];

export const WIDTHS: Record<PdfFont, readonly number[]> = { regular: HELVETICA, bold: HELVETICA_BOLD };

/** WinAnsiEncoding (Windows-1252) codes 0x80..0x9F, which differ from Latin-1; the rest of 0x20..0xFF is Latin-1. */
const WIN_ANSI_HIGH: Record<number, number> = {
  0x20ac: 0x80, // €
  0x201a: 0x82, // ‚
  0x0192: 0x83, // ƒ
  0x201e: 0x84, // „
  0x2026: 0x85, // …
  0x2020: 0x86, // †
  0x2021: 0x87, // ‡
  0x02c6: 0x88, // ˆ
  0x2030: 0x89, // ‰
  0x0160: 0x8a, // Š
  0x2039: 0x8b, // ‹
  0x0152: 0x8c, // Œ
  0x017d: 0x8e, // Ž
  0x2018: 0x91, // ‘
  0x2019: 0x92, // ’
  0x201c: 0x93, // “
  0x201d: 0x94, // ”
  0x2022: 0x95, // •
  0x2013: 0x96, // –
  0x2014: 0x97, // —
  0x02dc: 0x98, // ˜
  0x2122: 0x99, // ™
  0x0161: 0x9a, // š
  0x203a: 0x9b, // ›
  0x0153: 0x9c, // œ
  0x017e: 0x9e, // ž
  0x0178: 0x9f, // Ÿ
};

/** Characters outside WinAnsiEncoding that have a faithful stand-in (Dutch ij ligatures, other dashes and spaces). */
const SUBSTITUTES: Record<number, string> = {
  0x0132: 'IJ',
  0x0133: 'ij',
  0x2010: '-',
  0x2011: '-',
  0x2012: '\u2013',
  0x2015: '\u2014',
  0x2212: '-',
  0x2032: "'",
  0x2033: '"',
  0x00a0: ' ',
  0x2002: ' ',
  0x2003: ' ',
  0x2007: ' ',
  0x2009: ' ',
  0x200a: ' ',
  0x202f: ' ',
  0xfb01: 'fi',
  0xfb02: 'fl',
  0x0009: ' ',
};

/** Zero-width characters that are dropped. */
const DROPPED = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

/** The WinAnsiEncoding code of one Unicode code point, or null when the encoding has no such character. */
export function winAnsiCode(codePoint: number): number | null {
  if ((codePoint >= 0x20 && codePoint <= 0x7e) || (codePoint >= 0xa1 && codePoint <= 0xff)) return codePoint;
  return WIN_ANSI_HIGH[codePoint] ?? null;
}

/**
 * Text to WinAnsiEncoding bytes. Text is normalised (NFC) first, so "e" + combining diaeresis becomes ë.
 * A character the encoding lacks is replaced by a stand-in (ĳ → ij), by its base letter (ő → o), or by "?".
 * Line breaks are not text: callers split lines before encoding.
 */
export function encodeWinAnsi(text: string): number[] {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (DROPPED.has(cp)) continue;
    const direct = winAnsiCode(cp);
    if (direct !== null) {
      out.push(direct);
      continue;
    }
    const substitute = SUBSTITUTES[cp];
    if (substitute !== undefined) {
      out.push(...encodeWinAnsi(substitute));
      continue;
    }
    // A letter with a diacritic the encoding lacks: keep the base letter(s) the encoding has.
    const base = [...ch.normalize('NFD')].map((c) => winAnsiCode(c.codePointAt(0)!)).filter((c): c is number => c !== null);
    out.push(...(base.length > 0 ? base : [0x3f]));
  }
  return out;
}

/** The advance width of encoded text in points. */
export function widthOfCodes(codes: readonly number[], font: PdfFont, size: number): number {
  const widths = WIDTHS[font];
  let units = 0;
  for (const c of codes) units += c >= FIRST_CHAR && c <= LAST_CHAR ? widths[c - FIRST_CHAR]! : 0;
  return (units * size) / 1000;
}

/** The advance width of text in points, in the given font and size. */
export function textWidth(text: string, font: PdfFont, size: number): number {
  return widthOfCodes(encodeWinAnsi(text), font, size);
}
