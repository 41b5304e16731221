import { PASSWORD } from '../../factories.ts';
import { moduleSamples, unique } from '../../access/sample.ts';

/** One access-table request per route of the identity module (test/integration/access-table.int.test.ts). */
export const samples = [
  moduleSamples('oidc', {
    listOidcProviders: {},
    beginOidcLogin: { params: () => ({ providerId: 'onbekend' }) },
    completeOidcLogin: { params: () => ({ providerId: 'onbekend' }) },
  }),
  moduleSamples('identity', {
    login: { body: (c) => ({ email: c.world.email(c.org, c.role), password: PASSWORD }) },
    getCurrentSession: {},
    logout: { ownSession: true },
    listUsers: {},
    createUser: {
      body: (c) => ({
        email: `nieuw-${unique()}@example.com`,
        name: 'Nieuwe Collega',
        organisationId: c.world.orgs[c.org].id,
        roles: ['klantmanager'],
        password: 'een-lang-wachtwoord',
      }),
    },
    updateUser: {
      params: async (c) => {
        const admin = await c.world.agent(c.org === 'P' ? 'P' : c.org, 'functioneel_beheerder');
        const res = await admin.post('/api/v1/users', {
          email: `doel-${unique()}@example.com`,
          name: 'Doel',
          organisationId: c.world.orgs[c.org].id,
          roles: ['jobcoach'],
          password: 'een-lang-wachtwoord',
        });
        return { id: res.json().id };
      },
      body: () => ({ name: 'Gewijzigde Naam' }),
    },
  }),
];
