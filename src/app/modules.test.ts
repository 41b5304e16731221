import { is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../platform/db/schema.ts';
import * as auditTables from '../platform/audit/audit.schema.ts';
import * as jobTables from '../platform/jobs/jobs.schema.ts';
import { defineModule, type ModuleContext, type ModuleDefinition } from '../platform/module.ts';
import { MODULES, processingActivities } from './modules.ts';
import { allRoutes } from './routes.ts';
import { buildModuleServices, type Services } from './services.ts';

const modules = MODULES as readonly ModuleDefinition[];
const tablesOf = (exports: Record<string, unknown>) =>
  Object.entries(exports)
    .filter(([, v]) => is(v, PgTable))
    .map(([k]) => k)
    .sort();

describe('the module list', () => {
  it('gives every module a unique name and lists each module after the modules it needs', () => {
    const names = modules.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    modules.forEach((m, i) => {
      for (const need of m.needs) expect(names.slice(0, i), `${m.name} needs ${need}`).toContain(need);
    });
  });

  it('builds the Drizzle schema from exactly the tables the modules declare (plus the audit and job tables)', () => {
    const declared = [...modules.flatMap((m) => tablesOf(m.tables)), ...tablesOf(auditTables), ...tablesOf(jobTables)].sort();
    expect(new Set(declared).size, 'two modules declare a table of the same name').toBe(declared.length);
    expect(tablesOf(schema)).toEqual(declared);
  });

  it('joins a register of processing activities with unique ids and names', () => {
    const register = processingActivities();
    expect(register.length).toBeGreaterThanOrEqual(35);
    expect(new Set(register.map((a) => a.id)).size).toBe(register.length);
    expect(new Set(register.map((a) => a.name)).size).toBe(register.length);
    for (const a of register) expect(a.id).toMatch(/^werkplein:verwerking:[a-z0-9-]+$/);
  });

  it('gives every route a unique operationId and an access rule', () => {
    const routes = allRoutes({ database: {}, config: {} } as unknown as Services);
    const ids = routes.map((r) => r.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of routes) expect(['public', 'signed-in'], r.operationId).toContain(r.access?.kind);
  });

  it("takes every module route's access rule from that module's own policy", () => {
    const registry = { database: {}, config: {} } as unknown as Record<string, unknown>;
    for (const m of modules) {
      const rules = Object.values(m.policy);
      const routes = m.routes(registry[m.name], {} as ModuleContext, {});
      for (const r of routes) {
        expect(rules, `${m.name}: ${r.operationId} has an access rule outside ${m.name}.policy.ts`).toContain(r.access);
        expect(r.access.policy, r.operationId).toMatch(new RegExp(`^${m.name}\\.[a-zA-Z]+$`));
      }
    }
  });

  it('names each policy rule after its module and action, so openapi.json can say which rule guards an operation', () => {
    for (const m of modules) for (const [action, rule] of Object.entries(m.policy)) expect(rule.policy).toBe(`${m.name}.${action}`);
  });
});

describe('buildModuleServices', () => {
  const ctx = {} as ModuleContext;
  const base = defineModule({ name: 'base', description: 'b', createService: () => ({ answer: 42 }), routes: () => [] });
  const user = defineModule<'user', { doubled: number }, { base: { answer: number } }>({
    name: 'user',
    description: 'u',
    needs: ['base'],
    createService: (_ctx, deps) => ({ doubled: deps.base.answer * 2 }),
    routes: () => [],
  });

  it('hands each module the services it needs', () => {
    const built = buildModuleServices(ctx, [base, user] as readonly ModuleDefinition[]);
    expect(built.user).toEqual({ doubled: 84 });
  });

  it('refuses a module listed before a module it needs, naming both', () => {
    expect(() => buildModuleServices(ctx, [user, base] as readonly ModuleDefinition[])).toThrow(/"user" heeft base nodig/);
  });

  it('refuses a module listed twice', () => {
    expect(() => buildModuleServices(ctx, [base, base] as readonly ModuleDefinition[])).toThrow(/twee keer/);
  });
});
