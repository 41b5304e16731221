import { deflateRawSync } from 'node:zlib';

/**
 * A small ZIP writer (PKWARE APPNOTE 6.3: local file headers, central directory, end of central directory
 * record), enough for office documents such as XLSX. Entries are deflated with node:zlib, or stored when
 * deflating does not make them smaller. No ZIP64: an archive stays below 4 GiB and 65,535 entries.
 * Names are UTF-8 (general purpose flag bit 11).
 */

export interface ZipEntry {
  /** Path inside the archive with '/' separators, e.g. "xl/workbook.xml". */
  name: string;
  data: Buffer | Uint8Array | string;
  /** Deflate the entry (default true); it is stored anyway when that does not save space. */
  compress?: boolean;
}

export interface ZipOptions {
  /**
   * Modification time written for every entry (MS-DOS format, local time, 2-second steps). The default,
   * 1980-01-01 00:00, keeps the output the same for the same input.
   */
  modified?: Date;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const VERSION = 20; // 2.0: deflate
const FLAG_UTF8 = 0x0800;
const STORE = 0;
const DEFLATE = 8;
const MAX_32 = 0xffffffff;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as ZIP and gzip use it. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time words of a moment (local time; years before 1980 become 1980-01-01). */
export function dosDateTime(d: Date): { date: number; time: number } {
  if (d.getFullYear() < 1980) return { date: (1 << 5) | 1, time: 0 };
  const date = ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2);
  return { date, time };
}

function checkName(name: string): void {
  if (name.length === 0 || name.startsWith('/') || name.includes('\\') || name.split('/').some((part) => part === '..' || part === '.')) {
    throw new RangeError(`ZIP: unsafe entry name ${JSON.stringify(name)}`);
  }
}

/** Builds the archive in memory. */
export function zip(entries: readonly ZipEntry[], options: ZipOptions = {}): Buffer {
  if (entries.length > 0xffff) throw new RangeError('ZIP: too many entries (no ZIP64)');
  const { date, time } = options.modified ? dosDateTime(options.modified) : { date: (1 << 5) | 1, time: 0 };
  const seen = new Set<string>();
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    checkName(entry.name);
    if (seen.has(entry.name)) throw new RangeError(`ZIP: duplicate entry ${entry.name}`);
    seen.add(entry.name);
    const name = Buffer.from(entry.name, 'utf8');
    const data =
      typeof entry.data === 'string'
        ? Buffer.from(entry.data, 'utf8')
        : Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    const crc = crc32(data);
    let method = STORE;
    let stored = data;
    if (entry.compress ?? true) {
      const deflated = deflateRawSync(data);
      if (deflated.length < data.length) {
        method = DEFLATE;
        stored = deflated;
      }
    }
    if (data.length > MAX_32 || stored.length > MAX_32 || offset > MAX_32) throw new RangeError('ZIP: archive too large (no ZIP64)');

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // extra field length

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(VERSION, 4); // version made by (MS-DOS attributes)
    header.writeUInt16LE(VERSION, 6); // version needed to extract
    header.writeUInt16LE(FLAG_UTF8, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(stored.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(0, 30); // extra field length
    header.writeUInt16LE(0, 32); // comment length
    header.writeUInt16LE(0, 34); // disk number start
    header.writeUInt16LE(0, 36); // internal attributes
    header.writeUInt32LE(0, 38); // external attributes
    header.writeUInt32LE(offset, 42); // offset of the local header

    parts.push(local, name, stored);
    central.push(header, name);
    offset += local.length + name.length + stored.length;
  }
  const centralDirectory = Buffer.concat(central);
  if (offset > MAX_32) throw new RangeError('ZIP: archive too large (no ZIP64)');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(0, 4); // number of this disk
  end.writeUInt16LE(0, 6); // disk where the central directory starts
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(0, 20); // comment length
  return Buffer.concat([...parts, centralDirectory, end]);
}
