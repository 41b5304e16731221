#!/usr/bin/env node
// The werkplein command. Runs the TypeScript sources through tsx, so there is no build step for the server.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
try {
  const code = await main(process.argv.slice(2));
  if (code >= 0) process.exit(code);
} catch (err) {
  console.error(`werkplein: ${err instanceof Error ? err.message : String(err)}`);
  if (process.env.WERKPLEIN_DEBUG) console.error(err);
  process.exit(1);
}
