/** Which database the integration suite runs on: PGlite by default, the PostgreSQL server when asked. */
export function testDatabaseMode(): 'pglite' | 'postgres' {
  return process.env.WERKPLEIN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** Superuser connection to the test server (trust auth on 127.0.0.1 in development and CI). */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export function databaseUrlFor(database: string, user = 'postgres'): string {
  const u = new URL(testServerUrl());
  u.username = user;
  u.password = '';
  u.pathname = `/${database}`;
  return u.toString();
}
