import type { AdminSql } from '../db/admin.ts';

export interface AuditVerification {
  ok: boolean;
  rows: number;
  problems: string[];
}

/**
 * Recomputes the audit chain. An edited row changes its digest; a deleted row breaks the link of the
 * next one; deleting the newest rows no longer matches the chain head.
 */
export async function verifyAuditChain(sql: AdminSql): Promise<AuditVerification> {
  const problems: string[] = [];
  const rows = await sql.query<{ id: string; prev_hash: string; hash: string; expected: string }>(
    `SELECT id::text, prev_hash, hash, audit_row_digest(prev_hash, a) AS expected FROM audit_log a ORDER BY a.id`,
  );
  let previous = '';
  for (const r of rows) {
    if (r.prev_hash !== previous)
      problems.push(`Regel ${r.id}: de verwijzing naar de vorige regel klopt niet (een regel ervoor is verwijderd of gewijzigd).`);
    if (r.hash !== r.expected) problems.push(`Regel ${r.id}: de inhoud is gewijzigd (hash klopt niet).`);
    previous = r.hash;
  }
  const [head] = await sql.query<{ last_id: string; last_hash: string; row_count: string }>(
    `SELECT last_id::text, last_hash, row_count::text FROM audit_head WHERE id = 'head'`,
  );
  if (!head) problems.push('De kop van de keten (audit_head) ontbreekt.');
  else {
    if (head.last_hash !== previous)
      problems.push(
        `De laatste regel komt niet overeen met de kop van de keten (verwacht regel ${head.last_id}): regels aan het eind zijn verwijderd of gewijzigd.`,
      );
    if (Number(head.row_count) !== rows.length)
      problems.push(`Aantal regels ${rows.length}, verwacht ${head.row_count}: er zijn regels verwijderd.`);
  }
  return { ok: problems.length === 0, rows: rows.length, problems };
}
