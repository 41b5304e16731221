import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';

export interface OrganisationContext {
  organisationId: string;
  regionCode: string | null;
}

/**
 * Runs fn inside the CURRENT transaction with another organisation's tenant context, so that row-level
 * security shows exactly what that organisation sees, and then restores the caller's context.
 *
 * This is the only place where the one-stop shop acts for an organisation other than the signed-in
 * user's. Row-level security keeps every organisation to its own proposals and placements, but three
 * rules of the one-stop shop are about more than one organisation:
 *  1. placing the last open position fills the vacancy (owned by one organisation; the placements may be
 *     made by several partners): count the placed proposals per organisation, update as the owner;
 *  2. the employer portal shows a candidate's hours, education level and place (and, after the client
 *     agreed to be introduced, name and contact) for proposals the database already shows the employer:
 *     read those few fields as the proposing organisation;
 *  3. results per labour-market region: aggregates (counts, durations) per organisation in the region.
 * Callers pass only ids the signed-in organisation was already shown, and return only what those rules
 * allow. A database function (SECURITY DEFINER) per rule would be the stricter alternative; see the
 * report of issue 3.
 */
export async function asOrganisation<T>(tx: Db, target: OrganisationContext, restore: OrganisationContext, fn: () => Promise<T>): Promise<T> {
  if (target.organisationId === restore.organisationId && target.regionCode === restore.regionCode) return fn();
  await setContext(tx, target);
  let result: T;
  try {
    result = await fn();
  } catch (err) {
    // A failed statement aborts the transaction (it rolls back anyway); restoring must not hide the error.
    await setContext(tx, restore).catch(() => {});
    throw err;
  }
  await setContext(tx, restore);
  return result;
}

async function setContext(tx: Db, ctx: OrganisationContext): Promise<void> {
  await tx.execute(
    sql`SELECT set_config('app.organisation_id', ${ctx.organisationId}, true), set_config('app.region_code', ${ctx.regionCode ?? ''}, true)`,
  );
}

/** asOrganisation for several organisations in turn (one context switch each), restoring the caller's context once. */
export async function forEachOrganisation(tx: Db, organisationIds: readonly string[], restore: OrganisationContext, fn: (organisationId: string) => Promise<void>): Promise<void> {
  if (organisationIds.length === 0) return;
  try {
    for (const organisationId of organisationIds) {
      await setContext(tx, { organisationId, regionCode: null });
      await fn(organisationId);
    }
  } catch (err) {
    await setContext(tx, restore).catch(() => {});
    throw err;
  }
  await setContext(tx, restore);
}
