import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedWebFiles } from '../../../scripts/openapi-generate.ts';

// openapi.json itself is checked against the zod schemas in src/app/openapi-document.test.ts; this checks
// the web files generated from it, so forgetting `npm run openapi` fails either way.
describe('files generated from openapi.json', async () => {
  const files = await generatedWebFiles(fs.readFileSync('openapi.json', 'utf8'));

  it.each(Object.keys(files))('%s matches openapi.json (run `npm run openapi`)', (file) => {
    expect(fs.readFileSync(file, 'utf8'), `${file} is out of date: run \`npm run openapi\``).toBe(files[file]);
  });
});
