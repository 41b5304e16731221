import { createHash } from 'node:crypto';
import { TIME_ZONE } from '../../kernel/dates.ts';

/** Who acts in a step of the route to work. */
export const STEP_RESPONSIBLE = ['client', 'municipality', 'provider'] as const;
export type StepResponsible = (typeof STEP_RESPONSIBLE)[number];

/** The two parties that sign a polis. */
export const POLIS_PARTIES = ['municipality', 'client'] as const;
export type PolisParty = (typeof POLIS_PARTIES)[number];

export const POLIS_STATUSES = ['draft', 'signed', 'superseded'] as const;
export type PolisStatus = (typeof POLIS_STATUSES)[number];

export const RESPONSIBLE_LABELS: Record<StepResponsible, string> = {
  client: 'Cliënt',
  municipality: 'Gemeente',
  provider: 'Re-integratiebedrijf',
};
export const PARTY_LABELS: Record<PolisParty, string> = { municipality: 'Gemeente', client: 'Cliënt' };

/** The participatieladder's six rungs (DOMAIN.md). */
export const RUNG_LABELS: Record<number, string> = {
  1: 'Geïsoleerd',
  2: 'Sociale contacten buiten de deur',
  3: 'Deelname georganiseerde activiteiten',
  4: 'Onbetaald werk',
  5: 'Betaald werk met ondersteuning',
  6: 'Betaald werk',
};

/** What both parties sign: the obligations, the goal rung and the steps. */
export interface PolisContent {
  municipalityObligations: readonly string[];
  clientObligations: readonly string[];
  goalRung: number;
  /** In the agreed order. */
  steps: readonly { description: string; trajectoryId: string | null; responsible: string; startDate: string; dueDate: string }[];
}

/**
 * Canonical JSON: object keys sorted by UTF-16 code units, arrays in order, no whitespace, strings escaped as
 * JSON.stringify does. The same value always gives the same text, whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('canonicalJson: numbers must be finite');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new Error(`canonicalJson: cannot encode a ${typeof value}`);
}

/** The content a signature covers, as canonical JSON (only the signed fields, steps in their order). */
export function canonicalContent(content: PolisContent): string {
  return canonicalJson({
    municipalityObligations: content.municipalityObligations,
    clientObligations: content.clientObligations,
    goalRung: content.goalRung,
    steps: content.steps.map((s) => ({
      description: s.description,
      trajectoryId: s.trajectoryId,
      responsible: s.responsible,
      startDate: s.startDate,
      dueDate: s.dueDate,
    })),
  });
}

/** SHA-256 (hex) of the canonical content: fixed at the first signature, named by every signature. */
export function contentHash(content: PolisContent): string {
  return createHash('sha256').update(canonicalContent(content), 'utf8').digest('hex');
}

/** A version is signed once both parties have signed it. */
export function fullySigned(parties: readonly string[]): boolean {
  return POLIS_PARTIES.every((p) => parties.includes(p));
}

/** 2026-02-01 → 01-02-2026 (how dates are written in Dutch documents). */
export function formatDateNl(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}-${m}-${y}`;
}

/** A moment as date and time in Europe/Amsterdam: 15-01-2026 10:30. */
export function formatDateTimeNl(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute}`;
}
