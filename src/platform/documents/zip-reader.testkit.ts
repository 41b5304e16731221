import { inflateRawSync } from 'node:zlib';
import { crc32 } from './zip.ts';

/**
 * A small ZIP reader for tests only: it follows the end record to the central directory, reads every local
 * header and checks that both headers agree, that the sizes match and that the CRC-32 is right.
 */
export interface ReadEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  data: Buffer;
}

export function readZip(archive: Buffer): ReadEntry[] {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0 || endAt + 22 > archive.length) throw new Error('no end of central directory record');
  const count = archive.readUInt16LE(endAt + 10);
  if (archive.readUInt16LE(endAt + 8) !== count) throw new Error('entry counts differ');
  const cdSize = archive.readUInt32LE(endAt + 12);
  const cdOffset = archive.readUInt32LE(endAt + 16);
  if (cdOffset + cdSize !== endAt) throw new Error('central directory does not end at the end record');
  const entries: ReadEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (archive.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central header ${i}`);
    const flags = archive.readUInt16LE(p + 8);
    const method = archive.readUInt16LE(p + 10);
    const crc = archive.readUInt32LE(p + 16);
    const csize = archive.readUInt32LE(p + 20);
    const usize = archive.readUInt32LE(p + 24);
    const nameLen = archive.readUInt16LE(p + 28);
    const extraLen = archive.readUInt16LE(p + 30);
    const commentLen = archive.readUInt16LE(p + 32);
    const localAt = archive.readUInt32LE(p + 42);
    const name = archive.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;

    if (archive.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const lNameLen = archive.readUInt16LE(localAt + 26);
    const lExtraLen = archive.readUInt16LE(localAt + 28);
    const lName = archive.subarray(localAt + 30, localAt + 30 + lNameLen).toString('utf8');
    if (lName !== name) throw new Error(`local name ${lName} ≠ central name ${name}`);
    if (archive.readUInt16LE(localAt + 8) !== method || archive.readUInt32LE(localAt + 14) !== crc)
      throw new Error(`headers differ for ${name}`);
    if (archive.readUInt32LE(localAt + 18) !== csize || archive.readUInt32LE(localAt + 22) !== usize)
      throw new Error(`sizes differ for ${name}`);
    const start = localAt + 30 + lNameLen + lExtraLen;
    const raw = archive.subarray(start, start + csize);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : null;
    if (!data) throw new Error(`unknown method ${method} for ${name}`);
    if (data.length !== usize) throw new Error(`size of ${name}: ${data.length} ≠ ${usize}`);
    if (crc32(data) !== crc) throw new Error(`CRC of ${name} does not match`);
    entries.push({ name, method, flags, compressedSize: csize, data });
  }
  if (p !== endAt) throw new Error('central directory size does not match its entries');
  return entries;
}
