import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentOpenApi, openApiText } from './openapi-document.ts';

describe('openapi.json', () => {
  it('is committed and matches the zod schemas (run `npm run openapi` after changing an API)', () => {
    const committed = fs.readFileSync('openapi.json', 'utf8');
    expect(committed, 'openapi.json is out of date: run `npm run openapi`').toBe(openApiText());
  });

  it('documents every operation with a problem+json error shape naming invalid fields', () => {
    const doc = currentOpenApi() as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThan(15);
    for (const op of ops) {
      for (const [status, r] of Object.entries(op.responses)) {
        if (Number(status) >= 400) expect(Object.keys(r.content ?? {})).toEqual(['application/problem+json']);
      }
    }
    expect(doc.components.schemas.Problem?.properties).toHaveProperty('invalidParams');
  });

  it('never puts a BSN in a URL: no path or query parameter is called bsn', () => {
    const doc = currentOpenApi() as { paths: Record<string, Record<string, { parameters?: { name: string }[] }>> };
    for (const [path, ops] of Object.entries(doc.paths)) {
      expect(path.toLowerCase()).not.toContain('bsn');
      for (const op of Object.values(ops)) for (const p of op.parameters ?? []) expect(p.name.toLowerCase()).not.toContain('bsn');
    }
  });
});
