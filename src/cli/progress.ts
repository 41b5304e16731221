/**
 * A small progress bar for long CLI tasks (own code, no package). On a terminal it redraws one line
 * on stderr: label, bar, percentage, rows done of total, and rows per second. When stderr is not a
 * terminal (a log file, CI) it writes a few plain lines instead: at every quarter and at the end.
 */
import type { ImportProgress } from '../modules/refdata/refdata.import.ts';

export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  stream?: ProgressStream;
  /** Defaults to stream.isTTY. */
  tty?: boolean;
  /** Clock in milliseconds (tests pass a fake one). */
  now?: () => number;
  /** Minimum milliseconds between two redraws on a terminal. */
  redrawMs?: number;
}

const nl = (n: number) => n.toLocaleString('nl-NL');

export function formatRate(rows: number, ms: number): string {
  if (ms <= 0 || rows === 0) return '– rijen/s';
  return `${nl(Math.round((rows * 1000) / ms))} rijen/s`;
}

export function renderBar(fraction: number, width: number): string {
  const f = Math.min(1, Math.max(0, fraction));
  const full = Math.round(f * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

export function createProgress(options: ProgressOptions = {}): ImportProgress {
  const stream = options.stream ?? process.stderr;
  const tty = options.tty ?? Boolean(stream.isTTY);
  const now = options.now ?? (() => performance.now());
  const redrawMs = options.redrawMs ?? 80;

  let label = '';
  let total = 0;
  let done = 0;
  let started = 0;
  let lastDraw = -Infinity;
  let lastQuarter = 0;

  const percent = () => (total === 0 ? 100 : Math.floor((done * 100) / total));

  const drawTty = () => {
    const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
    const line = `${label.padEnd(14)} [${renderBar(total === 0 ? 1 : done / total, width)}] ${String(percent()).padStart(3)}%  ${nl(done)}/${nl(total)} rijen  ${formatRate(done, now() - started)}`;
    stream.write(`\r${line}\x1b[K`);
    lastDraw = now();
  };

  const plainLine = () => `${label}: ${nl(done)} van ${nl(total)} rijen (${percent()}%), ${formatRate(done, now() - started)}\n`;

  return {
    start(l, t) {
      label = l;
      total = t;
      done = 0;
      started = now();
      lastDraw = -Infinity;
      lastQuarter = 0;
      if (tty) drawTty();
      else stream.write(`${label}: ${nl(total)} rijen schrijven…\n`);
    },
    advance(rows) {
      done = Math.min(total, done + rows);
      if (tty) {
        if (now() - lastDraw >= redrawMs) drawTty();
        return;
      }
      const quarter = total === 0 ? 4 : Math.floor((done * 4) / total);
      if (quarter > lastQuarter && quarter < 4) {
        lastQuarter = quarter;
        stream.write(plainLine());
      }
    },
    finish() {
      done = total;
      if (tty) {
        drawTty();
        stream.write('\n');
      } else {
        stream.write(plainLine());
      }
    },
  };
}
