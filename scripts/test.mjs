#!/usr/bin/env node
// `npm test`: every tier of the suite, with one summary at the end. The two integration tiers run side by
// side (Vitest gives each one worker on a 2-core machine: PGlite's tier keeps one core busy, the PostgreSQL
// tier shares the other with the server); each streams its lines with a [tier] prefix. The rest run in turn.
//   types        tsc --noEmit over sources and tests
//   lint         ESLint (type-aware, module boundaries) and Prettier's check, both clean
//   unit         pure rules (Vitest project "unit")
//   integration  services + HTTP on PGlite (project "integration")
//   postgres     the same integration suite on the PostgreSQL server (TEST_DATABASE_URL, default 127.0.0.1:5432)
//   e2e          Playwright driving Chromium against `werkplein start` (project "e2e")
// The postgres and e2e tiers run when their server or browser is there; set WERKPLEIN_REQUIRE_PG=1 or
// WERKPLEIN_REQUIRE_E2E=1 (as .ci/run does) to fail instead of skipping.
import { spawn, spawnSync } from 'node:child_process';
import readline from 'node:readline';
import fs from 'node:fs';
import net from 'node:net';

const results = [];
fs.mkdirSync('test-results', { recursive: true });
const env = { ...process.env, TZ: 'Europe/Amsterdam' };

function run(name, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  return { ok: r.status === 0, seconds: (Date.now() - started) / 1000 };
}

/** Runs a command with its output prefixed per line, so two tiers can share the console. */
function runPrefixed(name, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${name} (naast elkaar) ===`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv } });
    for (const stream of [child.stdout, child.stderr]) {
      readline.createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
    }
    child.once('close', (code) => resolve({ ok: code === 0, seconds: (Date.now() - started) / 1000 }));
  });
}

function vitestArgs(name, projects) {
  const out = `test-results/${name}.json`;
  fs.rmSync(out, { force: true });
  return ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile=${out}`];
}

function recordVitest(name, r) {
  const out = `test-results/${name}.json`;
  let passed = 0;
  let failed = 0;
  if (fs.existsSync(out)) {
    const json = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed = json.numPassedTests;
    failed = json.numFailedTests + (json.numRuntimeErrorTests ?? 0);
  }
  // A tier that ran nothing is a failure, never a silent pass.
  const ok = r.ok && failed === 0 && passed > 0;
  results.push({ tier: name, ran: true, ok, passed, failed, seconds: r.seconds });
}

function vitest(name, projects, extraEnv = {}) {
  recordVitest(name, run(name, 'npx', vitestArgs(name, projects), extraEnv));
}

/** Several Vitest tiers at once; their results are recorded in the order given. */
async function vitestSideBySide(tiers) {
  const done = await Promise.all(tiers.map((t) => runPrefixed(t.name, 'npx', vitestArgs(t.name, t.projects), t.env)));
  tiers.forEach((t, i) => recordVitest(t.name, done[i]));
}

function skip(name, why, required) {
  console.log(`\n=== ${name} === ${required ? 'VEREIST maar niet uitgevoerd' : 'overgeslagen'}: ${why}`);
  results.push({ tier: name, ran: false, ok: !required, passed: 0, failed: 0, skipped: why });
}

function reachable(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const s = net.connect({ host: u.hostname, port: Number(u.port || 5432) });
    s.setTimeout(2000);
    s.on('connect', () => (s.destroy(), resolve(true)));
    s.on('error', () => resolve(false));
    s.on('timeout', () => (s.destroy(), resolve(false)));
  });
}

const only = process.argv.slice(2);
const want = (tier) => only.length === 0 || only.includes(tier);

if (want('types')) {
  const r = run('types', 'npx', ['tsc', '--noEmit', '-p', '.']);
  results.push({ tier: 'types', ran: true, ok: r.ok, passed: r.ok ? 1 : 0, failed: r.ok ? 0 : 1, seconds: r.seconds });
}
if (want('lint')) {
  const eslint = run('lint: eslint', 'npx', ['eslint', '.']);
  const prettier = run('lint: prettier', 'npx', ['prettier', '--check', '.']);
  const checks = [eslint, prettier];
  const passed = checks.filter((c) => c.ok).length;
  results.push({
    tier: 'lint',
    ran: true,
    ok: passed === checks.length,
    passed,
    failed: checks.length - passed,
    seconds: eslint.seconds + prettier.seconds,
  });
}
if (want('unit')) vitest('unit', ['unit']);
const integrationTiers = [];
if (want('integration')) integrationTiers.push({ name: 'integration', projects: ['integration'], env: {} });
if (want('postgres')) {
  const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  if (await reachable(url)) {
    integrationTiers.push({ name: 'postgres', projects: ['integration'], env: { WERKPLEIN_TEST_DB: 'postgres', TEST_DATABASE_URL: url } });
  } else skip('postgres', `geen PostgreSQL-server op ${new URL(url).host}`, process.env.WERKPLEIN_REQUIRE_PG === '1');
}
if (integrationTiers.length === 1) vitest(integrationTiers[0].name, integrationTiers[0].projects, integrationTiers[0].env);
else if (integrationTiers.length > 1) await vitestSideBySide(integrationTiers);
if (want('e2e')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(chromium)) vitest('e2e', ['e2e'], { CHROMIUM_PATH: chromium });
  else skip('e2e', `geen Chromium op ${chromium}`, process.env.WERKPLEIN_REQUIRE_E2E === '1');
}

fs.writeFileSync('test-results/tiers.json', JSON.stringify(results, null, 2));
console.log('\n=== Samenvatting ===');
for (const r of results) {
  const state = !r.ran ? `overgeslagen (${r.skipped})` : r.ok ? 'geslaagd' : 'MISLUKT';
  console.log(
    `${r.tier.padEnd(12)} ${state.padEnd(40)} ${r.passed} passed, ${r.failed} failed${r.seconds ? `  (${r.seconds.toFixed(0)} s)` : ''}`,
  );
}
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0) + results.filter((r) => !r.ok && r.failed === 0).length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
