import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { TIME_ZONE } from '../../kernel/dates.ts';

/**
 * Aggregates for ONE organisation — the caller's own, or one in the caller's labour-market region — computed
 * by database functions that check exactly that (migration 0010): counts and durations only, never a row
 * about a person.
 */

export interface VacancyFigures {
  opened: number;
  /** Calendar days from registration to filled, one entry per vacancy filled in the period. */
  daysToFill: number[];
}

export async function vacancyFigures(db: Db, organisationId: string, from: string, to: string): Promise<VacancyFigures> {
  const [row] = await queryRows<{ opened: number; days: number[] | null }>(
    db,
    sql`SELECT opened, days FROM results_vacancy_figures(${organisationId}::uuid, ${from}::date, ${to}::date, ${TIME_ZONE})`,
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
    sql`SELECT * FROM results_placement_figures(${organisationId}::uuid, ${from}::date, ${to}::date, ${today}::date, ${TIME_ZONE})`,
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
