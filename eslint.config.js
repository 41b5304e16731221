// Type-aware linting: floating promises and non-exhaustive switches are errors; module boundaries are below (docs/adr/0012).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'web/src/api/schema.d.ts', '.werkplein/', 'test-results/', 'coverage/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', 'bin/*.mjs', 'scripts/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Tests and the thin HTTP layer work with parsed JSON; these add noise there without catching bugs.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/only-throw-error': 'off',
    },
  },
  // Module boundaries (docs/adr/0012): a module reaches another only through that module's index.ts,
  // and no module imports the composition root in src/app.
  { files: ['src/modules/*/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: boundaries(1, []) }] } },
  { files: ['src/modules/*/*/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: boundaries(2, []) }] } },
  // A table may reference another module's table in a foreign key: the database's own structure.
  { files: ['src/modules/*/*.schema.ts'], rules: { 'no-restricted-imports': ['error', { patterns: boundaries(1, ['schema']) }] } },
  // Known debt, to be removed, never to grow: repositories that still join another module's tables in
  // queries that carry real data (matching's clients x vacancies, placements' vacancy/employer/client,
  // polis and prb on trajectories' instruments, trajectories on clients and the ladder), and the demo
  // seeding that writes every module's tables. A new file here needs the same review as a new migration.
  {
    files: [
      'src/modules/matching/matching.repo.ts',
      'src/modules/placements/placements.repo.ts',
      'src/modules/polis/polis.repo.ts',
      'src/modules/prb/prb.repo.ts',
      'src/modules/trajectories/trajectories.repo.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: boundaries(1, ['schema']) }] },
  },
  {
    files: ['src/modules/demo/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: boundaries(1, ['schema', 'rules', 'fixtures', 'files', 'repo']) }] },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);

/**
 * no-restricted-imports patterns for a file `depth` folders below src/modules: another module's files
 * other than its index.ts (and the kinds in `allowed`, e.g. 'schema' for *.schema.ts) are refused, and
 * so is src/app.
 */
function boundaries(depth, allowed) {
  const up = '\\.\\./'.repeat(depth);
  const kinds = allowed.map((k) => `|[a-z0-9.-]+\\.${k}\\.ts$|[a-z0-9-]+\\.${k}\\.ts$`).join('');
  return [
    {
      regex: `^${up}(?!\\.\\.)[^/]+/(?!index\\.ts$${kinds})`,
      message:
        'Another module is reached only through its index.ts (its service, published reads and API types), never its repo, schema or other files.',
    },
    {
      regex: `^(\\.\\./)+app/`,
      message: 'Modules never import src/app: the composition root depends on the modules, not the other way round.',
    },
  ];
}
