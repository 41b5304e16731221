import { defineConfig } from 'vitest/config';

// Three tiers: unit (pure rules, no I/O), integration (services and HTTP on a fresh database: PGlite by
// default, PostgreSQL when WERKPLEIN_TEST_DB=postgres), e2e (Playwright driving Chromium against `werkplein start`).
export default defineConfig({
  test: {
    env: { TZ: 'Europe/Amsterdam' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'test/integration/**/*.int.test.ts', 'test/modules/**/*.int.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
