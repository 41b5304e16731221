import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { clientPortalAccounts } from './client-portal.schema.ts';
import { findUserById } from '../identity/index.ts';

export async function findLinkedClientId(tx: Db, userId: string): Promise<string | null> {
  const [row] = await tx
    .select({ clientId: clientPortalAccounts.clientId })
    .from(clientPortalAccounts)
    .where(eq(clientPortalAccounts.userId, userId));
  return row?.clientId ?? null;
}

export async function findAccountOfClient(tx: Db, clientId: string): Promise<{ userId: string; email: string; linkedAt: Date } | null> {
  const [row] = await tx
    .select({ userId: clientPortalAccounts.userId, linkedAt: clientPortalAccounts.linkedAt })
    .from(clientPortalAccounts)
    .where(eq(clientPortalAccounts.clientId, clientId));
  if (!row) return null;
  // The account's e-mail address is the identity module's; the user row goes with the link (on delete cascade).
  const user = await findUserById(tx, row.userId);
  return user ? { ...row, email: user.email } : null;
}

export async function insertLink(
  tx: Db,
  row: { userId: string; clientId: string; organisationId: string; linkedById: string | null },
): Promise<void> {
  await tx.insert(clientPortalAccounts).values(row);
}
