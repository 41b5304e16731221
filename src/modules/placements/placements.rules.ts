import type { InvalidParam } from '../../kernel/errors.ts';
import type { ProposalPatch, ProposalStatus } from './placements.api.ts';

/** From a proposal to an outcome: proposed → interview | placed | rejected; interview → placed | rejected. */
export const TRANSITIONS: Readonly<Record<ProposalStatus, readonly ProposalStatus[]>> = {
  proposed: ['interview', 'placed', 'rejected'],
  interview: ['placed', 'rejected'],
  placed: [],
  rejected: [],
};

export const STATUS_LABELS_NL: Readonly<Record<ProposalStatus, string>> = {
  proposed: 'voorgesteld',
  interview: 'op gesprek',
  placed: 'geplaatst',
  rejected: 'afgewezen',
};

export function transitionAllowed(from: ProposalStatus, to: ProposalStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A rejection needs a reason and a placement its details; neither belongs to another status. */
export function patchProblems(patch: ProposalPatch): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (patch.status === 'rejected' && !patch.rejectionReason) {
    problems.push({ name: 'rejectionReason', code: 'required', reason: 'Geef de reden van de afwijzing op.' });
  }
  if (patch.status !== 'rejected' && patch.rejectionReason) {
    problems.push({ name: 'rejectionReason', code: 'not_applicable', reason: 'Een reden hoort alleen bij een afwijzing.' });
  }
  if (patch.status === 'placed' && !patch.placement) {
    problems.push({
      name: 'placement',
      code: 'required',
      reason: 'Vul de gegevens van de plaatsing in (contract, uren, startdatum, subsidie, jobcoaching).',
    });
  }
  if (patch.status !== 'placed' && patch.placement) {
    problems.push({ name: 'placement', code: 'not_applicable', reason: 'Plaatsingsgegevens horen alleen bij de status geplaatst.' });
  }
  return problems;
}

/** YYYY-MM-DD plus whole months; the day is clamped to the end of a shorter month (31 Jan + 1 → 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** A check "after 6 months" can be recorded from 6 months after the start of the work. */
export function earliestCheckDate(startDate: string, months: 6 | 12): string {
  return addMonths(startDate, months);
}

/** "Kandidaat 4821": a stable pseudonym from a keyed hash (hex), meaningless outside this installation. */
export function candidateLabel(keyedHashHex: string): string {
  return `Kandidaat ${(parseInt(keyedHashHex.slice(0, 8), 16) % 9000) + 1000}`;
}
