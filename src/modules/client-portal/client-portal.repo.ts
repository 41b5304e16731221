import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { clientPortalAccounts } from './client-portal.schema.ts';
import { users } from '../identity/identity.schema.ts';

export async function findLinkedClientId(tx: Db, userId: string): Promise<string | null> {
  const [row] = await tx
    .select({ clientId: clientPortalAccounts.clientId })
    .from(clientPortalAccounts)
    .where(eq(clientPortalAccounts.userId, userId));
  return row?.clientId ?? null;
}

export async function findAccountOfClient(tx: Db, clientId: string): Promise<{ userId: string; email: string; linkedAt: Date } | null> {
  const [row] = await tx
    .select({ userId: clientPortalAccounts.userId, email: users.email, linkedAt: clientPortalAccounts.linkedAt })
    .from(clientPortalAccounts)
    .innerJoin(users, eq(users.id, clientPortalAccounts.userId))
    .where(eq(clientPortalAccounts.clientId, clientId));
  return row ?? null;
}

export async function insertLink(
  tx: Db,
  row: { userId: string; clientId: string; organisationId: string; linkedById: string | null },
): Promise<void> {
  await tx.insert(clientPortalAccounts).values(row);
}
