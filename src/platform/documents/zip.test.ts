import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { crc32, dosDateTime, zip } from './zip.ts';
import { readZip } from './zip-reader.testkit.ts';

const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;

describe('ZIP writer', () => {
  it('computes the standard CRC-32 check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
  });

  it('round-trips entries: deflated text, stored random bytes, empty and UTF-8 names', () => {
    const text = 'Trajectresultaten;'.repeat(500);
    const random = randomBytes(4096); // does not deflate smaller, so it is stored
    const archive = zip([
      { name: 'tekst.txt', data: text },
      { name: 'map/willekeurig.bin', data: random },
      { name: 'leeg.txt', data: '' },
      { name: 'cliënt–overzicht.txt', data: 'één' },
      { name: 'niet-gecomprimeerd.txt', data: text, compress: false },
    ]);
    const entries = readZip(archive);
    expect(entries.map((e) => e.name)).toEqual([
      'tekst.txt',
      'map/willekeurig.bin',
      'leeg.txt',
      'cliënt–overzicht.txt',
      'niet-gecomprimeerd.txt',
    ]);
    const byName = new Map(entries.map((e) => [e.name, e]));
    expect(byName.get('tekst.txt')!.data.toString('utf8')).toBe(text);
    expect(byName.get('tekst.txt')!.method).toBe(8);
    expect(byName.get('tekst.txt')!.compressedSize).toBeLessThan(text.length / 10); // deflate did its work
    expect(byName.get('map/willekeurig.bin')!.data.equals(random)).toBe(true);
    expect(byName.get('map/willekeurig.bin')!.method).toBe(0);
    expect(byName.get('leeg.txt')!.data.length).toBe(0);
    expect(byName.get('cliënt–overzicht.txt')!.data.toString('utf8')).toBe('één');
    expect(byName.get('cliënt–overzicht.txt')!.flags & 0x0800).toBe(0x0800);
    expect(byName.get('niet-gecomprimeerd.txt')!.method).toBe(0);
  });

  it('gives the same bytes for the same input (fixed time stamp by default)', () => {
    const a = zip([{ name: 'a.txt', data: 'x' }]);
    const b = zip([{ name: 'a.txt', data: 'x' }]);
    expect(a.equals(b)).toBe(true);
  });

  it('writes MS-DOS date and time', () => {
    expect(dosDateTime(new Date(2005, 11, 31, 23, 59, 58))).toEqual({
      date: (25 << 9) | (12 << 5) | 31,
      time: (23 << 11) | (59 << 5) | 29,
    });
    expect(dosDateTime(new Date(1970, 0, 1))).toEqual({ date: 33, time: 0 });
  });

  it('refuses unsafe and duplicate names', () => {
    expect(() => zip([{ name: '../etc/passwd', data: 'x' }])).toThrow(RangeError);
    expect(() => zip([{ name: '/abs.txt', data: 'x' }])).toThrow(RangeError);
    expect(() => zip([{ name: 'a\\b.txt', data: 'x' }])).toThrow(RangeError);
    expect(() =>
      zip([
        { name: 'a.txt', data: 'x' },
        { name: 'a.txt', data: 'y' },
      ]),
    ).toThrow(RangeError);
  });

  it.skipIf(!hasUnzip)('is accepted by Info-ZIP unzip (test mode, contents)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkplein-zip-'));
    try {
      const file = path.join(dir, 'proef.zip');
      fs.writeFileSync(
        file,
        zip([
          { name: 'a.txt', data: 'hallo wereld\n'.repeat(100) },
          { name: 'b/c.bin', data: randomBytes(100) },
        ]),
      );
      const test = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
      expect(test).toContain('No errors detected');
      expect(execFileSync('unzip', ['-p', file, 'a.txt'], { encoding: 'utf8' })).toBe('hallo wereld\n'.repeat(100));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
