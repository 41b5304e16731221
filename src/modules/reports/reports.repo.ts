import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import type { ReportGroup } from './reports.api.ts';
import type { RawFigures } from './reports.rules.ts';

/**
 * One aggregate query per grouping, run in the caller's tenant transaction: counts and sums only, never a
 * row about a person. Row-level security limits the trajectories to those the organisation owns or runs as
 * provider; the queries repeat that predicate themselves (as every repository does), so a provider's
 * report holds only the trajectories it runs.
 */

export interface GroupRow extends RawFigures {
  /** Programme, instrument or provider id; null for trajectories without a provider. */
  key: string | null;
  name: string | null;
  /** The organisation owning the instrument (groupBy instrument), else null. */
  ownerId: string | null;
  ownerName: string | null;
}

export interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

interface DbRow {
  key: string | null;
  name: string | null;
  owner_id: string | null;
  owner_name: string | null;
  started: number | string;
  running: number | string;
  closed: number | string;
  closed_with_work: number | string;
  dropped_out: number | string;
  spend_cents: number | string | bigint;
  rung_change_sum: number | string | bigint;
  rung_change_count: number | string;
}

/** The aggregates over trajectories `t` (left-joined for programmes: count(t.id) ignores the missing ones). */
const AGGREGATES = sql`
  count(t.id)::int AS started,
  count(t.id) FILTER (WHERE t.status = 'running')::int AS running,
  count(t.id) FILTER (WHERE t.status = 'closed')::int AS closed,
  count(t.id) FILTER (WHERE t.status = 'closed' AND t.outcome = 'work')::int AS closed_with_work,
  count(t.id) FILTER (WHERE t.status = 'closed' AND t.outcome = 'dropped_out')::int AS dropped_out,
  coalesce(sum(t.cost_cents), 0)::bigint AS spend_cents,
  coalesce(sum(t.rung_after - t.rung_before) FILTER (WHERE t.status = 'closed' AND t.rung_before IS NOT NULL AND t.rung_after IS NOT NULL), 0)::bigint AS rung_change_sum,
  count(t.id) FILTER (WHERE t.status = 'closed' AND t.rung_before IS NOT NULL AND t.rung_after IS NOT NULL)::int AS rung_change_count`;

/** The trajectories an organisation may count: the ones it owns and the ones it runs as provider, in the period. */
function visibleTrajectory(organisationId: string, period: Period): SQL {
  const parts = [sql`(t.organisation_id = ${organisationId} OR t.provider_organisation_id = ${organisationId})`];
  if (period.from) parts.push(sql`t.start_date >= ${period.from}::date`);
  if (period.to) parts.push(sql`t.start_date <= ${period.to}::date`);
  return sql.join(parts, sql` AND `);
}

function query(groupBy: ReportGroup, organisationId: string, period: Period): SQL {
  const visible = visibleTrajectory(organisationId, period);
  switch (groupBy) {
    case 'programme': {
      // Every programme of the organisation whose period overlaps the report period, or that has
      // trajectories in it: a programme without admissions yet shows with zeros.
      const overlap = [sql`true`];
      if (period.from) overlap.push(sql`p.period_end >= ${period.from}::date`);
      if (period.to) overlap.push(sql`p.period_start <= ${period.to}::date`);
      return sql`
        SELECT p.id AS key, p.name AS name, NULL::uuid AS owner_id, NULL::text AS owner_name, ${AGGREGATES}
        FROM prb_programmes p
        LEFT JOIN prb_participants pp ON pp.programme_id = p.id
        LEFT JOIN trajectories t ON t.id = pp.trajectory_id AND t.prb_participant_id = pp.id AND ${visible}
        WHERE p.organisation_id = ${organisationId}
        GROUP BY p.id, p.name, p.period_start, p.period_end
        HAVING count(t.id) > 0 OR (${sql.join(overlap, sql` AND `)})`;
    }
    case 'instrument':
      return sql`
        SELECT i.id AS key, i.name AS name, i.organisation_id AS owner_id, o.name AS owner_name, ${AGGREGATES}
        FROM trajectories t
        JOIN instruments i ON i.id = t.instrument_id
        JOIN organisations o ON o.id = i.organisation_id
        WHERE ${visible}
        GROUP BY i.id, i.name, i.organisation_id, o.name`;
    case 'provider':
      return sql`
        SELECT t.provider_organisation_id AS key, o.name AS name, NULL::uuid AS owner_id, NULL::text AS owner_name, ${AGGREGATES}
        FROM trajectories t
        LEFT JOIN organisations o ON o.id = t.provider_organisation_id
        WHERE ${visible}
        GROUP BY t.provider_organisation_id, o.name`;
  }
}

/** The raw figures per group (unsorted, unlabelled). */
export async function trajectoryGroups(db: Db, groupBy: ReportGroup, organisationId: string, period: Period): Promise<GroupRow[]> {
  const rows = await queryRows<DbRow>(db, query(groupBy, organisationId, period));
  return rows.map((r) => ({
    key: r.key,
    name: r.name,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    started: Number(r.started),
    running: Number(r.running),
    closed: Number(r.closed),
    closedWithWork: Number(r.closed_with_work),
    droppedOut: Number(r.dropped_out),
    spendCents: Number(r.spend_cents),
    rungChangeSum: Number(r.rung_change_sum),
    rungChangeCount: Number(r.rung_change_count),
  }));
}
