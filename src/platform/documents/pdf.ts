import { createHash } from 'node:crypto';
import { BASE_FONT, encodeWinAnsi, FIRST_CHAR, LAST_CHAR, textWidth, WIDTHS, type PdfFont } from './pdf-metrics.ts';

/**
 * A small PDF 1.4 writer without dependencies, for documents such as the signed polis: A4 pages, the
 * standard fonts Helvetica and Helvetica-Bold (built into every reader, so nothing is embedded) in
 * WinAnsiEncoding, text that wraps on the real glyph widths, lists, tables that continue on the next page
 * with their header repeated, a footer per page and an optional diagonal watermark.
 *
 * Content is laid out top to bottom; a new page starts automatically when the next line does not fit.
 * Streams are not compressed, so the text of a document can be checked byte for byte.
 */

export type { PdfFont } from './pdf-metrics.ts';
export type Rgb = readonly [number, number, number];

/** A4 in points (1/72 inch). */
export const A4 = { width: 595.28, height: 841.89 } as const;

export interface PdfOptions {
  /** Document properties (shown by readers). */
  title?: string;
  author?: string;
  subject?: string;
  /** Creation time written to the document properties; default now. */
  createdAt?: Date;
  /** Page margin in points; default 56.7 (2 cm). */
  margin?: number;
  /** The footer text of a page (small, grey, on every page). */
  footer?: (page: number, pageCount: number) => string;
  /** A large light-grey diagonal text behind the content of every page (for instance CONCEPT). */
  watermark?: string;
}

export interface TextStyle {
  font?: PdfFont;
  /** Font size in points; default 10. */
  size?: number;
  color?: Rgb;
  /** Extra left indent in points. */
  indent?: number;
  /** Line height as a multiple of the size; default 1.35. */
  lineHeight?: number;
  spaceBefore?: number;
  spaceAfter?: number;
}

export interface TableColumn {
  header: string;
  /** Relative width: the columns share the text width in proportion to these numbers. */
  width: number;
  font?: PdfFont;
}

export interface TableStyle {
  size?: number;
  /** Cell padding in points; default 4. */
  padding?: number;
  /** Draw the header row (bold on light grey) and repeat it on every page; default true. */
  header?: boolean;
  /** Lines between the rows; default true. */
  rules?: boolean;
  spaceAfter?: number;
}

const BLACK: Rgb = [0, 0, 0];
const GREY: Rgb = [0.4, 0.4, 0.4];
const FONT_RESOURCE: Record<PdfFont, string> = { regular: 'F1', bold: 'F2' };
const FOOTER_SIZE = 8;

export class PdfDocument {
  private readonly margin: number;
  private readonly pages: string[][] = [];
  private y = 0;

  constructor(private readonly options: PdfOptions = {}) {
    this.margin = options.margin ?? 56.7;
  }

  /** The width available for text between the margins. */
  get contentWidth(): number {
    return A4.width - 2 * this.margin;
  }

  get pageCount(): number {
    return Math.max(1, this.pages.length);
  }

  /** The lowest y a line may reach: above the footer. */
  private get bottom(): number {
    return this.margin + (this.options.footer ? FOOTER_SIZE * 2.5 : 0);
  }

  private get ops(): string[] {
    if (this.pages.length === 0) this.newPage();
    return this.pages[this.pages.length - 1]!;
  }

  newPage(): this {
    this.pages.push([]);
    this.y = A4.height - this.margin;
    return this;
  }

  /** Moves down, or starts a new page when the given height does not fit on this one. */
  private ensureRoom(height: number): void {
    if (this.pages.length === 0) this.newPage();
    else if (this.y - height < this.bottom) this.newPage();
  }

  space(points: number): this {
    if (this.pages.length === 0) this.newPage();
    this.y = Math.max(this.bottom, this.y - points);
    return this;
  }

  /** A paragraph: wrapped to the text width; a newline in the text starts a new line. */
  text(content: string, style: TextStyle = {}): this {
    const font = style.font ?? 'regular';
    const size = style.size ?? 10;
    const leading = size * (style.lineHeight ?? 1.35);
    const indent = style.indent ?? 0;
    if (style.spaceBefore) this.space(style.spaceBefore);
    for (const line of wrapText(content, font, size, this.contentWidth - indent)) {
      this.ensureRoom(leading);
      this.drawText(line, this.margin + indent, this.y - size, font, size, style.color ?? BLACK);
      this.y -= leading;
    }
    if (style.spaceAfter) this.space(style.spaceAfter);
    return this;
  }

  /** A heading, kept on the same page as at least two lines of what follows. */
  heading(content: string, level: 1 | 2 | 3 = 2): this {
    const size = level === 1 ? 18 : level === 2 ? 13 : 11;
    const lineCount = wrapText(content, 'bold', size, this.contentWidth).length;
    const atTop = this.pages.length === 0 || this.y >= A4.height - this.margin;
    const before = atTop ? 0 : size * 0.9;
    const needed = before + lineCount * size * 1.3 + size * 0.35 + 2 * 10 * 1.35;
    if (this.pages.length === 0 || this.y - needed < this.bottom) this.newPage();
    else this.space(before);
    return this.text(content, { font: 'bold', size, lineHeight: 1.3, spaceAfter: size * 0.35 });
  }

  /** A bulleted or numbered list with hanging indents. */
  list(items: readonly string[], style: TextStyle & { numbered?: boolean } = {}): this {
    const font = style.font ?? 'regular';
    const size = style.size ?? 10;
    const leading = size * (style.lineHeight ?? 1.35);
    const indent = style.indent ?? 0;
    const markerWidth = style.numbered ? textWidth(`${items.length}.`, font, size) + size * 0.6 : size * 1.2;
    items.forEach((item, i) => {
      const lines = wrapText(item, font, size, this.contentWidth - indent - markerWidth);
      lines.forEach((line, j) => {
        this.ensureRoom(leading);
        const baseline = this.y - size;
        if (j === 0)
          this.drawText(style.numbered ? `${i + 1}.` : '\u2022', this.margin + indent, baseline, font, size, style.color ?? BLACK);
        this.drawText(line, this.margin + indent + markerWidth, baseline, font, size, style.color ?? BLACK);
        this.y -= leading;
      });
      this.y -= size * 0.25;
    });
    if (style.spaceAfter) this.space(style.spaceAfter);
    return this;
  }

  /**
   * A table: each cell wraps within its column; a row that does not fit continues on the next page,
   * where the header row is repeated.
   */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], style: TableStyle = {}): this {
    const size = style.size ?? 9;
    const pad = style.padding ?? 4;
    const leading = size * 1.3;
    const withHeader = style.header ?? true;
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.contentWidth);
    const xs = widths.map((_, i) => this.margin + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const wrapRow = (cells: readonly string[], fonts: readonly PdfFont[]) =>
      columns.map((_, i) => wrapText(cells[i] ?? '', fonts[i]!, size, Math.max(widths[i]! - 2 * pad, size)));
    const headerLines = wrapRow(
      columns.map((c) => c.header),
      columns.map(() => 'bold'),
    );
    const headerHeight = Math.max(...headerLines.map((l) => l.length)) * leading + 2 * pad;

    const drawHeader = () => {
      if (!withHeader) return;
      const top = this.y;
      this.ops.push(
        `q 0.9 0.9 0.9 rg ${num(this.margin)} ${num(top - headerHeight)} ${num(this.contentWidth)} ${num(headerHeight)} re f Q`,
      );
      headerLines.forEach((lines, i) =>
        lines.forEach((line, j) => this.drawText(line, xs[i]! + pad, top - pad - size - j * leading, 'bold', size, BLACK)),
      );
      this.y = top - headerHeight;
      this.hline(this.y);
    };
    const startPage = () => {
      this.newPage();
      drawHeader();
    };

    this.ensureRoom((withHeader ? headerHeight : 0) + leading + 2 * pad);
    drawHeader();
    for (const row of rows) {
      const cells = wrapRow(
        row,
        columns.map((c) => c.font ?? 'regular'),
      );
      const lineCount = Math.max(1, ...cells.map((c) => c.length));
      let done = 0;
      while (done < lineCount) {
        let fit = Math.floor((this.y - this.bottom - 2 * pad) / leading);
        // Keep a short row whole: rather a new page than one line of it at the bottom.
        if (fit < Math.min(lineCount - done, 3)) {
          startPage();
          // At least one line per page, so that even a header taller than the page cannot stall the loop.
          fit = Math.max(1, Math.floor((this.y - this.bottom - 2 * pad) / leading));
        }
        const take = Math.min(fit, lineCount - done);
        const top = this.y;
        cells.forEach((lines, i) =>
          lines
            .slice(done, done + take)
            .forEach((line, j) =>
              this.drawText(line, xs[i]! + pad, top - pad - size - j * leading, columns[i]!.font ?? 'regular', size, BLACK),
            ),
        );
        this.y = top - take * leading - 2 * pad;
        if (style.rules ?? true) this.hline(this.y);
        done += take;
      }
    }
    this.space(style.spaceAfter ?? size);
    return this;
  }

  /** A thin horizontal line across the text width. */
  rule(): this {
    this.ensureRoom(8);
    this.y -= 4;
    this.hline(this.y);
    this.y -= 4;
    return this;
  }

  private hline(y: number): void {
    this.ops.push(`q 0.5 w 0.6 0.6 0.6 RG ${num(this.margin)} ${num(y)} m ${num(this.margin + this.contentWidth)} ${num(y)} l S Q`);
  }

  private drawText(line: string, x: number, baseline: number, font: PdfFont, size: number, color: Rgb): void {
    if (line === '') return;
    this.ops.push(textOp(line, x, baseline, font, size, color));
  }

  /** The finished file. */
  toBuffer(): Buffer {
    if (this.pages.length === 0) this.newPage();
    const pageCount = this.pages.length;
    const writer = new ObjectWriter();
    // Object numbers: 1 catalog, 2 page tree, 3-4 fonts, 5 document information, then page + content per page.
    const pageObj = (i: number) => 6 + 2 * i;
    writer.object(1, '<< /Type /Catalog /Pages 2 0 R >>');
    writer.object(2, `<< /Type /Pages /Kids [${this.pages.map((_, i) => `${pageObj(i)} 0 R`).join(' ')}] /Count ${pageCount} >>`);
    writer.object(3, fontDictionary('regular'));
    writer.object(4, fontDictionary('bold'));
    const info = [
      this.options.title ? `/Title ${textString(this.options.title)}` : '',
      this.options.author ? `/Author ${textString(this.options.author)}` : '',
      this.options.subject ? `/Subject ${textString(this.options.subject)}` : '',
      '/Producer (Werkplein)',
      `/CreationDate (${pdfDate(this.options.createdAt ?? new Date())})`,
    ].filter(Boolean);
    writer.object(5, `<< ${info.join(' ')} >>`);
    this.pages.forEach((ops, i) => {
      const content = [...this.watermark(), ...ops, ...this.footer(i + 1, pageCount)].join('\n');
      writer.object(
        pageObj(i),
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(A4.width)} ${num(A4.height)}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageObj(i) + 1} 0 R >>`,
      );
      writer.stream(pageObj(i) + 1, Buffer.from(content, 'latin1'));
    });
    return writer.finish(1, 5);
  }

  /** The watermark, drawn first so that it lies behind the content. */
  private watermark(): string[] {
    if (!this.options.watermark) return [];
    const size = 90;
    const angle = Math.atan2(A4.height, A4.width);
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    const half = textWidth(this.options.watermark, 'bold', size) / 2;
    const lift = size * 0.35;
    // Centred on the page along the diagonal: start half the text width back, and half a cap height down.
    const x = A4.width / 2 - half * cos + lift * sin;
    const y = A4.height / 2 - half * sin - lift * cos;
    return [
      `q 0.88 0.88 0.88 rg BT /F2 ${size} Tf ${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} ${num(x)} ${num(y)} Tm ${literal(this.options.watermark)} Tj ET Q`,
    ];
  }

  private footer(page: number, pageCount: number): string[] {
    if (!this.options.footer) return [];
    const text = fitLine(this.options.footer(page, pageCount), 'regular', FOOTER_SIZE, this.contentWidth);
    return [textOp(text, this.margin, this.margin, 'regular', FOOTER_SIZE, GREY)];
  }
}

/**
 * Greedy line breaking on the glyph widths: words are kept whole where they fit, a word wider than the line
 * is broken between characters, and a newline always starts a new line (an empty line stays empty).
 */
export function wrapText(text: string, font: PdfFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  const spaceWidth = textWidth(' ', font, size);
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    const words = paragraph.split(/[ \t]+/).filter((w) => w.length > 0);
    let line = '';
    let width = 0;
    for (const word of words) {
      const w = textWidth(word, font, size);
      if (line && width + spaceWidth + w <= maxWidth) {
        line += ` ${word}`;
        width += spaceWidth + w;
        continue;
      }
      if (line) lines.push(line);
      if (w <= maxWidth) {
        line = word;
        width = w;
        continue;
      }
      // Longer than a whole line (a long hash or URL): break between characters.
      line = '';
      width = 0;
      for (const ch of word) {
        const cw = textWidth(ch, font, size);
        if (line && width + cw > maxWidth) {
          lines.push(line);
          line = '';
          width = 0;
        }
        line += ch;
        width += cw;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** One line cut to the width, with an ellipsis when it had to be shortened. */
export function fitLine(text: string, font: PdfFont, size: number, maxWidth: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (textWidth(flat, font, size) <= maxWidth) return flat;
  const chars = [...flat];
  while (chars.length > 0 && textWidth(`${chars.join('')}\u2026`, font, size) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}\u2026`;
}

function textOp(line: string, x: number, baseline: number, font: PdfFont, size: number, color: Rgb): string {
  return `BT /${FONT_RESOURCE[font]} ${num(size)} Tf ${color.map(num).join(' ')} rg ${num(x)} ${num(baseline)} Td ${literal(line)} Tj ET`;
}

/**
 * A PDF literal string of text in WinAnsiEncoding. The delimiters and the backslash are escaped, and
 * every byte outside printable ASCII is written as an octal escape, so content streams stay 7-bit.
 */
export function literal(text: string): string {
  let out = '(';
  for (const code of encodeWinAnsi(text)) {
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${String.fromCharCode(code)}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += String.fromCharCode(code);
  }
  return `${out})`;
}

/** A text string for the document information dictionary: UTF-16BE with byte-order mark, as hex. */
function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** A PDF date (UTC). */
function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}

/** A number with at most three decimals and no exponent. */
function num(n: number): string {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
}

function fontDictionary(font: PdfFont): string {
  return `<< /Type /Font /Subtype /Type1 /BaseFont /${BASE_FONT[font]} /Encoding /WinAnsiEncoding /FirstChar ${FIRST_CHAR} /LastChar ${LAST_CHAR} /Widths [${WIDTHS[font].join(' ')}] >>`;
}

/** Writes numbered objects and keeps their byte offsets for the cross-reference table. */
class ObjectWriter {
  private readonly chunks: Buffer[] = [];
  private length = 0;
  private readonly offsets = new Map<number, number>();

  constructor() {
    // The second line holds bytes above 127, telling transfer programs that the file is binary.
    this.write(Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  }

  private write(data: Buffer | string): void {
    const buf = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    this.chunks.push(buf);
    this.length += buf.length;
  }

  object(id: number, body: string): void {
    this.offsets.set(id, this.length);
    this.write(`${id} 0 obj\n${body}\nendobj\n`);
  }

  stream(id: number, data: Buffer): void {
    this.offsets.set(id, this.length);
    this.write(`${id} 0 obj\n<< /Length ${data.length} >>\nstream\n`);
    this.write(data);
    this.write('\nendstream\nendobj\n');
  }

  finish(root: number, info: number): Buffer {
    const count = Math.max(...this.offsets.keys()) + 1;
    const xrefAt = this.length;
    let xref = `xref\n0 ${count}\n0000000000 65535 f \n`;
    for (let id = 1; id < count; id++) {
      const at = this.offsets.get(id);
      if (at === undefined) throw new Error(`PDF object ${id} is missing`);
      xref += `${String(at).padStart(10, '0')} 00000 n \n`;
    }
    const digest = createHash('sha256').update(Buffer.concat(this.chunks)).digest('hex').slice(0, 32).toUpperCase();
    this.write(xref);
    this.write(
      `trailer\n<< /Size ${count} /Root ${root} 0 R /Info ${info} 0 R /ID [<${digest}> <${digest}>] >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    );
    return Buffer.concat(this.chunks);
  }
}
