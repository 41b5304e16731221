import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Newest modification time under a folder (for deciding whether the web build is stale). */
function newest(dir: string): number {
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return max;
}

/**
 * Builds the web app with Vite when web/dist is missing or older than its sources, so that
 * `npm install && npm start` is all a newcomer needs. Vite is a dev dependency; a production
 * install ships a prebuilt web/dist instead.
 */
export async function ensureWebBuild(log: (msg: string) => void): Promise<void> {
  const dist = path.join(ROOT, 'web/dist/index.html');
  const sources = [path.join(ROOT, 'web/src'), path.join(ROOT, 'web/index.html'), path.join(ROOT, 'src/kernel')];
  if (fs.existsSync(dist)) {
    const built = fs.statSync(dist).mtimeMs;
    if (sources.every((s) => !fs.existsSync(s) || (fs.statSync(s).isDirectory() ? newest(s) : fs.statSync(s).mtimeMs) <= built)) return;
  }
  const viteBin = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  if (!fs.existsSync(viteBin)) {
    throw new Error('De webapp is niet gebouwd en Vite ontbreekt. Voer "npm install" uit (met dev-afhankelijkheden) of "npm run build".');
  }
  log('De webapp wordt gebouwd (eenmalig, ongeveer een halve minuut)…');
  // In a child process, so the server does not keep the build's memory.
  const result = spawnSync(process.execPath, [viteBin, 'build', '--config', path.join(ROOT, 'web/vite.config.ts'), '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Always the production build: under a test runner NODE_ENV=test would bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('Het bouwen van de webapp is mislukt (zie hierboven).');
}
