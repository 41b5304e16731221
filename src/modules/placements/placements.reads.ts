import { and, between, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { candidateProposals } from './placements.schema.ts';

/** Client ids per query: well under PostgreSQL's limit of bind parameters, whatever the size of the report. */
const CHUNK = 1000;

/**
 * The start days of the placements (proposals with status placed) that an organisation made for the given
 * clients, starting from `from` up to and including `to` (YYYY-MM-DD): one row per placement, for reports of
 * other modules (Work First's outflow to work). Runs in the caller's tenant transaction; row-level security
 * and the organisation predicate keep it to the organisation's own proposals, so a placement that another
 * organisation made (a partner with consent) is not among them.
 */
export async function placementStartsForClients(
  db: Db,
  organisationId: string,
  clientIds: readonly string[],
  from: string,
  to: string,
): Promise<{ clientId: string; startDate: string }[]> {
  const unique = [...new Set(clientIds)];
  const out: { clientId: string; startDate: string }[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db
      .select({ clientId: candidateProposals.clientId, startDate: candidateProposals.placedStartDate })
      .from(candidateProposals)
      .where(
        and(
          eq(candidateProposals.organisationId, organisationId),
          eq(candidateProposals.status, 'placed'),
          inArray(candidateProposals.clientId, unique.slice(i, i + CHUNK)),
          between(candidateProposals.placedStartDate, from, to),
        ),
      );
    for (const r of rows) if (r.startDate !== null) out.push({ clientId: r.clientId, startDate: r.startDate });
  }
  return out;
}

/**
 * How many candidates were proposed to an employer-portal organisation for each given vacancy (a vacancy
 * without any is left out), in one query: for the employer portal's list of its vacancies.
 */
export async function proposalCountsForPortal(
  db: Db,
  portalOrganisationId: string,
  vacancyIds: readonly string[],
): Promise<Map<string, number>> {
  const unique = [...new Set(vacancyIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ vacancyId: candidateProposals.vacancyId, n: count() })
    .from(candidateProposals)
    .where(and(eq(candidateProposals.employerOrganisationId, portalOrganisationId), inArray(candidateProposals.vacancyId, unique)))
    .groupBy(candidateProposals.vacancyId);
  return new Map(rows.map((r) => [r.vacancyId, r.n]));
}
