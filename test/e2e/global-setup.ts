import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureWebBuild } from '../../src/cli/web-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e2e: a data folder holding the migrated demo, loaded once per run by `werkplein seed`; each file copies it. */
    e2eDemoDataDir: string;
  }
}

/**
 * Loading the demo takes the better part of a minute; every e2e file used to do it again in its own
 * `werkplein start`. Here `werkplein seed` loads it once, as an administrator would, into a template
 * folder; startWerkpleinProcess copies that folder and `werkplein start` then finds a filled database.
 */
export default async function setup(project: TestProject) {
  await ensureWebBuild(() => {});
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'werkplein-e2e-tpl-'));
  const dataDir = path.join(dir, 'data');
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/werkplein.mjs', 'seed', '--data-dir', dataDir], {
      env: { ...process.env, DATABASE_URL: '', WERKPLEIN_LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`werkplein seed exited with ${code}:\n${text}`))));
  });
  if (!/Demo geladen/.test(out)) throw new Error(`werkplein seed did not load the demo:\n${out}`);
  project.provide('e2eDemoDataDir', dataDir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
