import { describe, expect, it } from 'vitest';
import { createProgress, formatRate, renderBar } from './progress.ts';

function fakeStream(isTTY: boolean) {
  const chunks: string[] = [];
  return { stream: { isTTY, columns: 100, write: (s: string) => chunks.push(s) }, chunks };
}

describe('progress bar', () => {
  it('draws a bar of the given width', () => {
    expect(renderBar(0.5, 10)).toBe('█████░░░░░');
    expect(renderBar(1.2, 4)).toBe('████');
    expect(renderBar(0, 3)).toBe('░░░');
  });

  it('formats a rate in rows per second, Dutch style', () => {
    expect(formatRate(12_345, 1000)).toBe('12.345 rijen/s');
    expect(formatRate(0, 0)).toBe('– rijen/s');
  });

  it('on a terminal redraws one line with percentage, rows and rate, throttled, and ends it', () => {
    let t = 0;
    const { stream, chunks } = fakeStream(true);
    const p = createProgress({ stream, now: () => t, redrawMs: 100 });
    p.start('Beroepen', 4000);
    t = 500;
    p.advance(1000);
    t = 550; // within the redraw interval: no redraw
    p.advance(1000);
    t = 1000;
    p.advance(1000);
    p.finish();
    const lines = chunks.filter((c) => c.startsWith('\r'));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('25%');
    expect(lines[1]).toContain('1.000/4.000 rijen');
    expect(lines[1]).toContain('2.000 rijen/s');
    expect(lines[2]).toContain(' 75%');
    expect(lines[3]).toContain('100%');
    expect(lines[3]).toContain('4.000/4.000 rijen');
    expect(lines.every((l) => l.endsWith('\x1b[K'))).toBe(true);
    expect(chunks.at(-1)).toBe('\n');
  });

  it('without a terminal writes a few plain lines: start, each quarter, end', () => {
    let t = 0;
    const { stream, chunks } = fakeStream(false);
    const p = createProgress({ stream, now: () => t });
    p.start('PC4-gebieden', 4067);
    for (let done = 0; done < 4067; done += 500) {
      t += 100;
      p.advance(Math.min(500, 4067 - done));
    }
    p.finish();
    expect(chunks).toEqual([
      'PC4-gebieden: 4.067 rijen schrijven…\n',
      'PC4-gebieden: 1.500 van 4.067 rijen (36%), 5.000 rijen/s\n',
      'PC4-gebieden: 2.500 van 4.067 rijen (61%), 5.000 rijen/s\n',
      'PC4-gebieden: 3.500 van 4.067 rijen (86%), 5.000 rijen/s\n',
      'PC4-gebieden: 4.067 van 4.067 rijen (100%), 4.519 rijen/s\n',
    ]);
    expect(chunks.some((c) => c.includes('\r') || c.includes('\x1b'))).toBe(false);
  });
});
