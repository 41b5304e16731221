/**
 * For tests: reads a PDF written by pdf.ts back, checking its structure on the way (header, every
 * cross-reference offset pointing at its "n 0 obj", trailer and startxref, page tree, stream lengths), and
 * returns the text of every page. Text is decoded with a windows-1252 table of its own, so it is an
 * independent check of the writer's WinAnsi encoding.
 */

export interface PdfTextItem {
  text: string;
  font: string;
  size: number;
  x: number;
  y: number;
}

export interface ParsedPdf {
  /** Number of objects in the cross-reference table, including object 0. */
  size: number;
  startxref: number;
  pages: { items: PdfTextItem[]; content: string; mediaBox: number[] }[];
  /** All text, one line per text item, pages separated by a form feed. */
  text: string;
  fonts: string[];
}

/**
 * Windows-1252 bytes 0x80..0x9F (Node's TextDecoder treats windows-1252 as Latin-1 there); the other bytes
 * are Latin-1. Unassigned codes decode to U+FFFD.
 */
const CP1252_HIGH = '€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ';
function decodeCp1252(bytes: Uint8Array): string {
  return [...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join('');
}

export function parsePdf(buf: Buffer): ParsedPdf {
  const s = buf.toString('latin1');
  if (!s.startsWith('%PDF-1.4\n')) throw new Error('no %PDF-1.4 header');
  const tail = /startxref\n(\d+)\n%%EOF\n?$/.exec(s);
  if (!tail) throw new Error('no startxref / %%EOF at the end');
  const startxref = Number(tail[1]);
  if (!s.startsWith('xref\n', startxref)) throw new Error(`startxref ${startxref} does not point at "xref"`);
  const head = /^xref\n0 (\d+)\n/.exec(s.slice(startxref))!;
  const size = Number(head[1]);
  const entriesAt = startxref + head[0].length;
  const offsets: number[] = [];
  for (let i = 0; i < size; i++) {
    const entry = s.slice(entriesAt + 20 * i, entriesAt + 20 * (i + 1));
    const m = /^(\d{10}) (\d{5}) ([nf]) \n$/.exec(entry);
    if (!m) throw new Error(`xref entry ${i} is not 20 bytes of "oooooooooo ggggg n \\n": ${JSON.stringify(entry)}`);
    if (i === 0) {
      if (m[3] !== 'f' || m[2] !== '65535') throw new Error('xref entry 0 must be the free head');
      offsets.push(0);
      continue;
    }
    const at = Number(m[1]);
    if (!s.startsWith(`${i} 0 obj\n`, at)) throw new Error(`xref entry ${i} (${at}) does not point at "${i} 0 obj"`);
    offsets.push(at);
  }
  const trailerAt = entriesAt + 20 * size;
  const trailer = /^trailer\n<<(.*?)>>\nstartxref\n/s.exec(s.slice(trailerAt));
  if (!trailer) throw new Error('no trailer right after the xref table');
  if (Number(/\/Size (\d+)/.exec(trailer[1]!)?.[1]) !== size) throw new Error('trailer /Size differs from the xref table');
  const root = Number(/\/Root (\d+) 0 R/.exec(trailer[1]!)?.[1]);

  const body = (id: number): string => {
    const at = offsets[id];
    if (!at) throw new Error(`object ${id} is not in the xref table`);
    const end = s.indexOf('\nendobj\n', at);
    return s.slice(at + `${id} 0 obj\n`.length, end);
  };
  const catalog = body(root);
  if (!catalog.includes('/Type /Catalog')) throw new Error('root is not a catalog');
  const pagesId = Number(/\/Pages (\d+) 0 R/.exec(catalog)![1]);
  const tree = body(pagesId);
  const kids = [.../\/Kids \[([^\]]*)\]/.exec(tree)![1]!.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  if (Number(/\/Count (\d+)/.exec(tree)![1]) !== kids.length) throw new Error('page tree /Count differs from /Kids');

  const fonts = new Set<string>();
  const pages = kids.map((kid) => {
    const page = body(kid);
    if (!page.includes('/Type /Page ')) throw new Error(`object ${kid} is not a page`);
    for (const m of page.matchAll(/\/(F\d+) (\d+) 0 R/g)) fonts.add(/\/BaseFont \/([\w-]+)/.exec(body(Number(m[2])))![1]!);
    const mediaBox = /\/MediaBox \[([^\]]*)\]/.exec(page)![1]!.split(' ').map(Number);
    const contentsId = Number(/\/Contents (\d+) 0 R/.exec(page)![1]);
    const at = offsets[contentsId]!;
    const dict = /^\d+ 0 obj\n<< \/Length (\d+) >>\nstream\n/.exec(s.slice(at))!;
    const length = Number(dict[1]);
    const start = at + dict[0].length;
    if (!s.startsWith('\nendstream\nendobj\n', start + length))
      throw new Error(`stream ${contentsId}: /Length ${length} does not end at endstream`);
    const content = s.slice(start, start + length);
    return { items: textItems(content), content, mediaBox };
  });
  return {
    size,
    startxref,
    pages,
    text: pages.map((p) => p.items.map((i) => i.text).join('\n')).join('\n\f\n'),
    fonts: [...fonts],
  };
}

/** The text shown by each BT … Tj ET block of a content stream, decoded. */
function textItems(content: string): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  const re = /BT \/(F\d+) ([\d.]+) Tf (.*?) ([-\d.]+) ([-\d.]+) (Td|Tm) (\((?:\\[\s\S]|[^\\])*?\)) Tj ET/g;
  for (const m of content.matchAll(re)) {
    items.push({ font: m[1]!, size: Number(m[2]), x: Number(m[4]), y: Number(m[5]), text: decodeCp1252(unescapeLiteral(m[7]!)) });
  }
  return items;
}

/** The bytes of a PDF literal string "( … )". */
export function unescapeLiteral(literal: string): Uint8Array {
  const bytes: number[] = [];
  const inner = literal.slice(1, -1);
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]!;
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0));
      continue;
    }
    const octal = /^[0-7]{1,3}/.exec(inner.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += octal[0].length;
      continue;
    }
    const next = inner[++i]!;
    bytes.push({ n: 10, r: 13, t: 9, b: 8, f: 12 }[next] ?? next.charCodeAt(0));
  }
  return Uint8Array.from(bytes);
}
