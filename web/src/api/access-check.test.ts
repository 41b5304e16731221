import { describe, expect, it } from 'vitest';
import { OPERATION_ACCESS } from './access.ts';
import { mayCall } from './access-check.ts';
import type { AccessUser } from './access-check.ts';
import type { OrganisationKind, Role } from './index.ts';

const user = (kind: OrganisationKind, ...roles: Role[]): AccessUser => ({ roles, organisation: { kind } });

describe('mayCall', () => {
  it('lets anyone call a public operation, signed in or not', () => {
    expect(mayCall(null, 'listPublicVacancies')).toBe(true);
    expect(mayCall(undefined, 'login')).toBe(true);
    expect(mayCall(user('gemeente', 'werkzoekende'), 'listPublicVacancies')).toBe(true);
  });

  it('refuses every signed-in operation without a user, also those for any role', () => {
    expect(mayCall(null, 'getCurrentSession')).toBe(false);
    expect(mayCall(undefined, 'listClients')).toBe(false);
  });

  it("lets every signed-in user call an operation for 'any' role", () => {
    expect(mayCall(user('werkgever', 'werkgever'), 'listOrganisations')).toBe(true);
    expect(mayCall(user('gemeente'), 'getCurrentSession')).toBe(true);
  });

  it('requires one of the listed roles', () => {
    expect(mayCall(user('gemeente', 'klantmanager'), 'registerClient')).toBe(true);
    expect(mayCall(user('gemeente', 'jobcoach'), 'registerClient')).toBe(false);
    expect(mayCall(user('gemeente', 'jobcoach'), 'listClients')).toBe(true);
    expect(mayCall(user('gemeente', 'beleidsadviseur', 'jobcoach'), 'listClients')).toBe(true);
    expect(mayCall(user('gemeente'), 'listClients')).toBe(false);
  });

  it('admits only the platform organisation to a platformOnly operation, and only with the role', () => {
    expect(mayCall(user('platform', 'functioneel_beheerder'), 'createOrganisation')).toBe(true);
    expect(mayCall(user('gemeente', 'functioneel_beheerder'), 'createOrganisation')).toBe(false);
    expect(mayCall(user('platform', 'beleidsadviseur'), 'createOrganisation')).toBe(false);
    // The same role outside the platform organisation still manages its own users.
    expect(mayCall(user('gemeente', 'functioneel_beheerder'), 'listUsers')).toBe(true);
  });

  it('admits a role only in the organisation kind the rule gives it (aftercare)', () => {
    expect(mayCall(user('penitentiaire_inrichting', 'inrichtingsmedewerker'), 'sendReleaseNotice')).toBe(true);
    expect(mayCall(user('gemeente', 'inrichtingsmedewerker'), 'sendReleaseNotice')).toBe(false);
    expect(mayCall(user('gemeente', 'nazorgcoordinator'), 'getReleaseNotice')).toBe(true);
    expect(mayCall(user('penitentiaire_inrichting', 'inrichtingsmedewerker'), 'getReleaseNotice')).toBe(true);
    expect(mayCall(user('re_integratiebedrijf', 'nazorgcoordinator'), 'getReleaseNotice')).toBe(false);
    expect(mayCall(user('gemeente', 'klantmanager'), 'getReleaseNotice')).toBe(false);
  });

  it('reads the rule from the generated table', () => {
    expect(OPERATION_ACCESS.createOrganisation).toEqual({
      kind: 'signed-in',
      roles: ['functioneel_beheerder'],
      scope: 'none',
      platformOnly: true,
    });
    expect(OPERATION_ACCESS.getClient.scope).toBe('client-read');
  });
});
