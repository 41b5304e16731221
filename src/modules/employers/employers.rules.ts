import type { Role } from '../../kernel/roles.ts';

/** Roles that change employer data: the employer account managers. */
export const EMPLOYER_WRITE_ROLES = ['werkgeversadviseur'] as const satisfies readonly Role[];
/**
 * Roles that see employers (name, lead, contact persons, contact history, agreements): the account managers,
 * case managers and job coaches who approach employers for their clients, and the administrators. Not the
 * beleidsadviseur (aggregates only) nor the portal roles (werkzoekende, werkgever, inlener).
 */
export const EMPLOYER_READ_ROLES = [
  'werkgeversadviseur',
  'klantmanager',
  'jobcoach',
  'functioneel_beheerder',
] as const satisfies readonly Role[];

export interface LeadHolder {
  leadUserId: string | null;
  leadOrganisationId: string | null;
}

export interface Releaser {
  userId: string;
  organisationId: string;
  roles: readonly Role[];
}

/**
 * Who may give up the lead of an employer: the lead account manager themself, or a functioneel beheerder of
 * the lead's organisation (when the lead left or is away). Nobody else: the lead is not taken over, it is
 * released first and then claimed.
 */
export function mayReleaseLead(actor: Releaser, employer: LeadHolder): boolean {
  if (!employer.leadUserId) return false;
  if (employer.leadUserId === actor.userId) return true;
  return actor.roles.includes('functioneel_beheerder') && employer.leadOrganisationId === actor.organisationId;
}

/** "Jan de Vries (Gemeente Eindhoven)": how the lead is named in messages. */
export function leadLabel(lead: { userName: string; organisationName: string }): string {
  return `${lead.userName} (${lead.organisationName})`;
}

/**
 * The employer list search: the text is looked for in the name; when it is digits only (after removing
 * spaces and dots) it also finds the employers whose KvK number starts with them.
 */
export function parseEmployerQuery(q: string | undefined): { name?: string; kvkPrefix?: string } {
  const trimmed = q?.trim();
  if (!trimmed) return {};
  const digits = trimmed.replace(/[\s.]/g, '');
  return /^\d{1,8}$/.test(digits) ? { name: trimmed, kvkPrefix: digits } : { name: trimmed };
}
