import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export interface RunningWerkplein {
  url: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Starts `werkplein start` as a user would, on a free port with a fresh data folder and the demo. */
export async function startWerkpleinProcess(extraEnv: Record<string, string> = {}): Promise<RunningWerkplein> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkplein-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['bin/werkplein.mjs', 'start', '--port', '0', '--data-dir', dataDir], {
    env: { ...process.env, ...extraEnv, DATABASE_URL: '', WERKPLEIN_LOG_LEVEL: 'warn' },
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
      fs.rmSync(dataDir, { recursive: true, force: true });
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
