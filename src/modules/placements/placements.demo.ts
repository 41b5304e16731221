import { addDays } from '../../kernel/dates.ts';
import { inTenant } from '../../platform/db/database.ts';
import type { DemoSeedContext } from '../../platform/demo.ts';
import { addMonths } from './placements.rules.ts';
import { candidateProposals } from './placements.schema.ts';

/**
 * Placements whose durable-work checks fall due around the day the demo is loaded, so each municipality's
 * work queue shows the 6- and 12-month checks: one overdue, one due this week, one in a fortnight, one at
 * twelve months. Each is a client of the municipality placed on one of its own vacancies by the client's
 * own klantmanager.
 */
export async function seedPlacementsDemo(ctx: DemoSeedContext): Promise<void> {
  const startsForChecks = [
    addDays(addMonths(ctx.today, -6), -3), // 6-month check three days overdue
    addDays(addMonths(ctx.today, -6), 4), // due in four days
    addDays(addMonths(ctx.today, -6), 12), // due in twelve days (inside the 14-day lead)
    addDays(addMonths(ctx.today, -12), 6), // 12-month check (its 6-month one was never recorded either)
  ];
  for (const org of ctx.organisations.filter((o) => o.kind === 'gemeente')) {
    const vacancies = ctx.vacancies.filter((v) => v.organisationId === org.id);
    const clients = ctx.clients.filter((c) => c.organisationId === org.id).slice(0, startsForChecks.length);
    if (vacancies.length === 0 || clients.length === 0) continue;
    await inTenant(ctx.db, { organisationId: org.id, userId: null }, async (tx) => {
      await tx.insert(candidateProposals).values(
        clients.map((client, i) => {
          const vacancy = vacancies[i % vacancies.length]!;
          const start = startsForChecks[i]!;
          return {
            id: ctx.id(`placement:${org.key}:${i}`),
            vacancyId: vacancy.id,
            clientId: client.id,
            organisationId: org.id,
            status: 'placed',
            proposedById: client.caseManagerId,
            proposedAt: new Date(`${addDays(start, -21)}T10:00:00+01:00`),
            updatedAt: new Date(`${addDays(start, -7)}T10:00:00+01:00`),
            contractType: 'tijdelijk',
            placedHours: Math.min(vacancy.hoursPerWeek, 32),
            placedStartDate: start,
            wageSubsidy: i % 2 === 0,
            jobCoaching: true,
          };
        }),
      );
    });
  }
}
