import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * A PostgreSQL array literal ('{"a","b",NULL}') to pass as ONE bound parameter, cast in the query
 * (`= ANY(${pgArrayLiteral(ids)}::uuid[])`). A list from another module's published read can be long
 * (every employer whose name holds an "e"); `IN ($1, …, $n)` would bind one parameter per item and stops at 65,535.
 */
export function pgArrayLiteral(items: readonly (string | null)[]): string {
  return `{${items.map((s) => (s === null ? 'NULL' : `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

/** `column = ANY(array)` with the whole list as one parameter; `type` is the array's element type. */
export function inList(column: SQLWrapper, items: readonly string[], type: 'uuid' | 'text'): SQL {
  return type === 'uuid' ? sql`${column} = ANY(${pgArrayLiteral(items)}::uuid[])` : sql`${column} = ANY(${pgArrayLiteral(items)}::text[])`;
}
