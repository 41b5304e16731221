import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

export interface RunningWerkplein {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Extra environment for the server process (mail settings, job interval). */
  env?: Record<string, string>;
  /** A data folder the caller owns (kept after stop, for a restart on the same data); default: a fresh temporary one. */
  dataDir?: string;
  /**
   * 'copy' (default): the folder starts as a copy of the demo that the e2e global setup loaded once with
   * `werkplein seed`. 'load': an empty folder, so `werkplein start` migrates and loads the demo itself,
   * exactly as on a fresh installation.
   */
  demo?: 'copy' | 'load';
}

/** Starts `werkplein start` as a user would, on a free port, with the demo. */
export async function startWerkpleinProcess(options: StartOptions = {}): Promise<RunningWerkplein> {
  const ownsDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'werkplein-e2e-'));
  const template = inject('e2eDemoDataDir');
  if ((options.demo ?? 'copy') === 'copy' && template && fs.readdirSync(dataDir).length === 0) {
    fs.cpSync(template, dataDir, { recursive: true });
  }
  const child: ChildProcess = spawn(process.execPath, ['bin/werkplein.mjs', 'start', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, ...options.env, DATABASE_URL: '', WERKPLEIN_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`werkplein start did not come up in time:\n${out}`)), 180_000);
    const check = () => {
      const m = /draait op (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`werkplein start exited with ${code}:\n${out}`));
    });
  });
  return {
    url,
    dataDir,
    output: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
