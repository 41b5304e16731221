import { eq } from 'drizzle-orm';
import { addDays, amsterdamInstant, todayInAmsterdam } from '../../../src/kernel/dates.ts';
import { inTenant, type Db } from '../../../src/platform/db/database.ts';
import { clientConsents } from '../../../src/modules/clients/clients.schema.ts';

/**
 * Moves a consent into the past as its owner organisation (the API refuses a last day before today): given
 * `grantedDaysAgo` days ago, in force through `validUntil`.
 */
export async function backdateConsent(
  db: Db,
  ownerOrganisationId: string,
  consentId: string,
  { grantedDaysAgo, validUntil }: { grantedDaysAgo: number; validUntil: string | null },
): Promise<void> {
  const grantedAt = amsterdamInstant(addDays(todayInAmsterdam(), -grantedDaysAgo), '10:00');
  const rows = await inTenant(db, { organisationId: ownerOrganisationId, userId: null }, (tx) =>
    tx.update(clientConsents).set({ grantedAt, validUntil }).where(eq(clientConsents.id, consentId)).returning({ id: clientConsents.id }),
  );
  if (rows.length !== 1) throw new Error(`Toestemming ${consentId} niet gevonden.`);
}
