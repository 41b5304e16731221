import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBuild } from '../../src/cli/web-build.ts';

describe('the first page’s JavaScript', () => {
  // The same build `werkplein start` makes (skipped when web/dist is up to date).
  beforeAll(() => ensureWebBuild(() => {}), 240_000);

  it('stays under 250 KB gzip (entry, its preloaded chunks and the login page)', () => {
    const html = fs.readFileSync('web/dist/index.html', 'utf8');
    const files = [...html.matchAll(/\/assets\/[^"]+\.js/g)].map((m) => `web/dist${m[0]}`);
    const login = fs.readdirSync('web/dist/assets').find((f) => /^LoginPage-.*\.js$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    expect(login).toBeDefined();
    files.push(`web/dist/assets/${login}`);
    const bytes = files.reduce((sum, f) => sum + gzipSync(fs.readFileSync(f)).length, 0);
    console.log(`first page JavaScript: ${(bytes / 1024).toFixed(1)} KB gzip in ${files.length} files`);
    expect(bytes).toBeLessThan(250 * 1024);
  });

  it('is the production build (React minified, not its development build)', () => {
    const html = fs.readFileSync('web/dist/index.html', 'utf8');
    const code = [...html.matchAll(/\/assets\/[^"]+\.js/g)].map((m) => fs.readFileSync(`web/dist${m[0]}`, 'utf8')).join('\n');
    // Production React replaces its error texts by codes; the development build (NODE_ENV≠production) does not.
    expect(code).toContain('Minified React error');
  });
});
