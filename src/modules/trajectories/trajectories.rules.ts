import type { InvalidParam } from '../../kernel/errors.ts';

/** Kinds of re-integration instrument in a municipality's catalogue; 'prb' marks the personal re-integration budget. */
export const INSTRUMENT_KINDS = [
  'training',
  'job_coaching',
  'work_first',
  'wage_cost_subsidy',
  'volunteering',
  'debt_support',
  'prb',
  'other',
] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const INSTRUMENT_KIND_LABELS_NL: Readonly<Record<InstrumentKind, string>> = {
  training: 'Scholing of training',
  job_coaching: 'Jobcoaching',
  work_first: 'Work First',
  wage_cost_subsidy: 'Loonkostensubsidie',
  volunteering: 'Vrijwilligerswerk',
  debt_support: 'Schuldhulp',
  prb: 'Persoonsgebonden re-integratiebudget (PRB)',
  other: 'Overig',
};

/**
 * Service categories of the CBS Statistiek Re-integratie Gemeenten (SRG; StatLine "Re-integratie-/
 * participatievoorzieningen; type"), as codes. An instrument carries one where it applies, so the
 * municipality's own catalogue can be counted the way CBS counts it.
 */
export const CBS_CATEGORIES = [
  { code: 'loonkostensubsidie_pw', label: 'Loonkostensubsidie (Participatiewet)' },
  { code: 'forfaitaire_loonkostensubsidie', label: 'Forfaitaire loonkostensubsidie' },
  { code: 'tijdelijke_loonkostensubsidie', label: 'Tijdelijke loonkostensubsidie' },
  { code: 'wiw_id_baan', label: 'WIW/ID-baan' },
  { code: 'beschut_werk', label: 'Beschut werk' },
  { code: 'detacheringsbaan', label: 'Detacheringsbaan' },
  { code: 'participatieplaats', label: 'Participatieplaats' },
  { code: 'proefplaatsing', label: 'Proefplaatsing' },
  { code: 'werkervaringsplaats', label: 'Werkervaringsplaats' },
  { code: 'jobcoaching', label: 'Jobcoaching (begeleiding op de werkplek)' },
  { code: 'werkplekvoorziening', label: 'Werkplekvoorziening' },
  { code: 'coaching_naar_werk', label: 'Coaching naar werk' },
  { code: 'coaching_naar_participatie', label: 'Coaching naar participatie' },
  { code: 'scholing', label: 'Scholing en opleiding' },
  { code: 'sociale_activering', label: 'Sociale activering' },
  { code: 'overig', label: 'Overige re-integratie- en participatievoorzieningen' },
] as const;
export type CbsCategory = (typeof CBS_CATEGORIES)[number]['code'];
export const CBS_CATEGORY_CODES = CBS_CATEGORIES.map((c) => c.code) as unknown as readonly [CbsCategory, ...CbsCategory[]];

export function cbsCategoryLabel(code: string | null): string | null {
  return CBS_CATEGORIES.find((c) => c.code === code)?.label ?? null;
}

export const TRAJECTORY_STATUSES = ['running', 'closed'] as const;
export type TrajectoryStatus = (typeof TRAJECTORY_STATUSES)[number];

/** How a trajectory ends. 'work' is a placement (positive outcome); 'dropped_out' needs a reason. */
export const OUTCOMES = ['work', 'education', 'other_instrument', 'no_result', 'dropped_out'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS_NL: Readonly<Record<Outcome, string>> = {
  work: 'werk',
  education: 'opleiding',
  other_instrument: 'ander instrument',
  no_result: 'geen resultaat',
  dropped_out: 'uitgevallen',
};

export const CONTRACT_TYPES = ['permanent', 'temporary', 'on_call', 'self_employed'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

/** An end date before the start date is refused, naming the end field. */
export function dateOrderProblems(start: string, end: string, endField: string, startLabel = 'de startdatum'): InvalidParam[] {
  return end < start ? [{ name: endField, code: 'before_start', reason: `Deze datum ligt vóór ${startLabel} (${start}).` }] : [];
}

export interface OutcomeInput {
  outcome: Outcome;
  hoursPerWeek?: number | null;
  contractType?: ContractType | null;
  reason?: string | null;
}

/**
 * Work needs the hours per week and the contract type (and only work has them); dropping out needs a
 * reason. Any other outcome may carry a note in reason.
 */
export function outcomeProblems(input: OutcomeInput): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const work = input.outcome === 'work';
  const has = (v: unknown) => v !== undefined && v !== null;
  if (work && !has(input.hoursPerWeek))
    problems.push({ name: 'hoursPerWeek', code: 'required', reason: 'Vul bij werk het aantal uren per week in.' });
  if (work && !has(input.contractType))
    problems.push({ name: 'contractType', code: 'required', reason: 'Kies bij werk het soort contract.' });
  if (!work && has(input.hoursPerWeek))
    problems.push({ name: 'hoursPerWeek', code: 'not_applicable', reason: 'Uren per week horen alleen bij de uitkomst werk.' });
  if (!work && has(input.contractType))
    problems.push({ name: 'contractType', code: 'not_applicable', reason: 'Een contractsoort hoort alleen bij de uitkomst werk.' });
  if (input.outcome === 'dropped_out' && !(input.reason ?? '').trim()) {
    problems.push({ name: 'reason', code: 'required', reason: 'Geef de reden van de uitval op.' });
  }
  return problems;
}

/** The closing of a trajectory: outcome rules plus an end date on or after the start. */
export function closeProblems(startDate: string, input: OutcomeInput & { endDate: string }): InvalidParam[] {
  return [...dateOrderProblems(startDate, input.endDate, 'endDate', 'de startdatum van het traject'), ...outcomeProblems(input)];
}

/** Trajectory counts of one status/outcome combination (one row of a GROUP BY). */
export interface TrajectoryGroup {
  status: string;
  outcome: string | null;
  count: number;
  costCents: number;
}

export interface ResultFigures {
  started: number;
  running: number;
  toWork: number;
  droppedOut: number;
  spentCents: number;
  /** Total spend divided by the trajectories that ended in work, in whole cents; null without a placement. */
  costPerPlacementCents: number | null;
}

/**
 * Results of a set of trajectories (an assignment, a provider): every trajectory counts as started;
 * spend is the sum of their costs, so cost per placement is what all of them cost per one that led to work.
 */
export function resultFigures(groups: readonly TrajectoryGroup[]): ResultFigures {
  let started = 0;
  let running = 0;
  let toWork = 0;
  let droppedOut = 0;
  let spentCents = 0;
  for (const g of groups) {
    started += g.count;
    spentCents += g.costCents;
    if (g.status === 'running') running += g.count;
    else if (g.outcome === 'work') toWork += g.count;
    else if (g.outcome === 'dropped_out') droppedOut += g.count;
  }
  return { started, running, toWork, droppedOut, spentCents, costPerPlacementCents: costPerPlacement(spentCents, toWork) };
}

/** Spend per placement in whole cents (half a cent rounds up); null when nothing led to work. */
export function costPerPlacement(spentCents: number, placements: number): number | null {
  return placements > 0 ? Math.round(spentCents / placements) : null;
}
