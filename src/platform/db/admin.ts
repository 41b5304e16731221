import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openAdminPglite } from './database.ts';

/**
 * A plain SQL connection with the schema owner's rights, for tooling that must see past row-level
 * security and the application role's grants: backup, restore, audit verification.
 */
export interface AdminSql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs statements in one transaction. */
  transaction<T>(fn: (q: AdminSql['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openAdminSql(target: { url?: string; dataDir?: string }): Promise<AdminSql> {
  if (target.url) {
    const pool = new pg.Pool({ connectionString: target.url, max: 1 });
    pool.on('error', (err) => console.warn(`database: verbinding verbroken (${err.message})`));
    const query = async <T>(text: string, params?: unknown[]) => (await pool.query(text, params as unknown[])).rows as T[];
    return {
      query,
      async transaction(fn) {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await fn(
            async <T>(text: string, params?: unknown[]) => (await client.query(text, params as unknown[])).rows as T[],
          );
          await client.query('COMMIT');
          return result;
        } catch (err) {
          await client.query('ROLLBACK');
          throw err;
        } finally {
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  if (!target.dataDir) throw new Error('Geen database opgegeven.');
  const opened = await openAdminPglite(target.dataDir);
  return adminSqlFromPglite(opened.client, () => opened.close());
}

export function adminSqlFromPglite(client: PGlite, close: () => Promise<void>): AdminSql {
  const query = async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows;
  return {
    query,
    transaction: (fn) =>
      client.transaction((tx) => fn(async <T>(text: string, params?: unknown[]) => (await tx.query<T>(text, params)).rows)),
    close,
  };
}
