// The files `npm run openapi` derives from openapi.json, as pure functions so a test can check the committed copies.
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';

export const SCHEMA_FILE = 'web/src/api/schema.d.ts';
export const ACCESS_FILE = 'web/src/api/access.ts';

/**
 * web/src/api/schema.d.ts: the request and response types of every operation (openapi-typescript), and
 * each named schema also as a type of its own name (`export type Client = components['schemas']['Client']`).
 */
export async function schemaModule(openApiText: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(openApiText), { rootTypes: true, rootTypesNoSchemaPrefix: true, rootTypesKeepCasing: true });
  return `// Generated from openapi.json by \`npm run openapi\`. Do not edit.\n${astToString(ast)}`;
}

interface XAccess {
  kind: 'public' | 'signed-in';
  roles?: string[] | 'any';
  scope?: string;
  platformOnly?: boolean;
  organisationRoles?: Record<string, string[]>;
  policy?: string;
}

interface OpenApiDoc {
  paths: Record<string, Record<string, { operationId?: string; 'x-access'?: XAccess }>>;
}

/**
 * web/src/api/access.ts: for each operationId the access rule the server enforces (its `x-access`),
 * so the web app decides what to show from the same source. Formatted with the project's Prettier settings.
 */
export async function accessModule(openApiText: string): Promise<string> {
  const doc = JSON.parse(openApiText) as OpenApiDoc;
  const entries: string[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!op.operationId) throw new Error(`${where} has no operationId`);
      const access = op['x-access'];
      if (!access) throw new Error(`${where} (${op.operationId}) has no x-access`);
      const rule =
        access.kind === 'public'
          ? { kind: 'public' }
          : {
              kind: 'signed-in',
              roles: access.roles ?? [],
              scope: access.scope ?? 'none',
              platformOnly: access.platformOnly ?? false,
              ...(access.organisationRoles ? { organisationRoles: access.organisationRoles } : {}),
            };
      entries.push(`${op.operationId}: ${JSON.stringify(rule)},`);
    }
  }
  const source = [
    '// Generated from openapi.json (the x-access of each operation) by `npm run openapi`. Do not edit.',
    '',
    '/**',
    ' * Who may call each API operation, as the server enforces it: public, or signed in with one of `roles`',
    " * ('any' = every signed-in user), `platformOnly` for users of the platform organisation, `organisationRoles`",
    ' * for roles that count only in organisations of a kind, and the `scope`',
    ' * the operation has towards a client file. `mayCall` (access-check.ts) reads it.',
    ' */',
    'export const OPERATION_ACCESS = {',
    ...entries,
    '} as const;',
    '',
    'export type OperationId = keyof typeof OPERATION_ACCESS;',
    '',
  ].join('\n');
  const config = (await prettier.resolveConfig(ACCESS_FILE)) ?? {};
  return prettier.format(source, { ...config, parser: 'typescript' });
}

/** Every generated file with its content. */
export async function generatedWebFiles(openApiText: string): Promise<Record<string, string>> {
  return { [SCHEMA_FILE]: await schemaModule(openApiText), [ACCESS_FILE]: await accessModule(openApiText) };
}
