import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { TIME_ZONE } from '../../kernel/dates.ts';

/**
 * Aggregates for ONE organisation, run in that organisation's tenant context (row-level security holds):
 * counts and durations only, never a row about a person.
 */

export interface VacancyFigures {
  opened: number;
  /** Calendar days from registration to filled, one entry per vacancy filled in the period. */
  daysToFill: number[];
}

export async function vacancyFigures(db: Db, organisationId: string, from: string, to: string): Promise<VacancyFigures> {
  const [row] = await queryRows<{ opened: number; days: number[] | null }>(
    db,
    sql`SELECT
          count(*) FILTER (WHERE (opened_at AT TIME ZONE ${TIME_ZONE})::date BETWEEN ${from}::date AND ${to}::date)::int AS opened,
          array_agg(((filled_at AT TIME ZONE ${TIME_ZONE})::date - (opened_at AT TIME ZONE ${TIME_ZONE})::date)::int)
            FILTER (WHERE status = 'filled' AND filled_at IS NOT NULL AND (filled_at AT TIME ZONE ${TIME_ZONE})::date BETWEEN ${from}::date AND ${to}::date) AS days
        FROM vacancies
        WHERE organisation_id = ${organisationId}`,
  );
  return { opened: Number(row?.opened ?? 0), daysToFill: (row?.days ?? []).map(Number) };
}

export interface PlacementFigures {
  proposals: number;
  placements: number;
  due6: number;
  checked6: number;
  working6: number;
  due12: number;
  checked12: number;
  working12: number;
}

export async function placementFigures(db: Db, organisationId: string, from: string, to: string, today: string): Promise<PlacementFigures> {
  const [row] = await queryRows<Record<keyof PlacementFigures, number>>(
    db,
    sql`SELECT
          count(*) FILTER (WHERE proposed_on BETWEEN ${from}::date AND ${to}::date)::int AS proposals,
          count(*) FILTER (WHERE cohort)::int AS placements,
          count(*) FILTER (WHERE cohort AND placed_start_date + interval '6 months' <= ${today}::date)::int AS due6,
          count(c6_id) FILTER (WHERE cohort AND placed_start_date + interval '6 months' <= ${today}::date)::int AS checked6,
          count(c6_id) FILTER (WHERE cohort AND placed_start_date + interval '6 months' <= ${today}::date AND c6_working)::int AS working6,
          count(*) FILTER (WHERE cohort AND placed_start_date + interval '12 months' <= ${today}::date)::int AS due12,
          count(c12_id) FILTER (WHERE cohort AND placed_start_date + interval '12 months' <= ${today}::date)::int AS checked12,
          count(c12_id) FILTER (WHERE cohort AND placed_start_date + interval '12 months' <= ${today}::date AND c12_working)::int AS working12
        FROM (
          SELECT
            (cp.proposed_at AT TIME ZONE ${TIME_ZONE})::date AS proposed_on,
            (cp.status = 'placed' AND cp.placed_start_date BETWEEN ${from}::date AND ${to}::date) AS cohort,
            cp.placed_start_date,
            c6.id AS c6_id, c6.still_working AS c6_working,
            c12.id AS c12_id, c12.still_working AS c12_working
          FROM candidate_proposals cp
          LEFT JOIN placement_checks c6 ON c6.proposal_id = cp.id AND c6.months = 6
          LEFT JOIN placement_checks c12 ON c12.proposal_id = cp.id AND c12.months = 12
          WHERE cp.organisation_id = ${organisationId}
        ) p`,
  );
  const n = (k: keyof PlacementFigures) => Number(row?.[k] ?? 0);
  return {
    proposals: n('proposals'),
    placements: n('placements'),
    due6: n('due6'),
    checked6: n('checked6'),
    working6: n('working6'),
    due12: n('due12'),
    checked12: n('checked12'),
    working12: n('working12'),
  };
}
