import { z } from 'zod';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { identityPolicy } from './identity.policy.ts';
import { idParams } from '../../platform/http/fields.ts';
import { clearSessionCookie, setSessionCookie, SESSION_COOKIE } from '../../platform/http/cookies.ts';
import type { Config } from '../../platform/config.ts';
import type { IdentityService } from './identity.service.ts';
import { LoginInput, Session, User, UserInput, UserListQuery, UserPatch } from './identity.api.ts';
import type { UserRecord } from './identity.repo.ts';

const toUser = (u: UserRecord): z.input<typeof User> => ({
  id: u.id,
  email: u.email,
  name: u.name,
  roles: u.roles,
  organisationId: u.organisationId,
  organisationName: u.organisationName,
  active: u.active,
  lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
});

export function identityRoutes(identity: IdentityService, config: Config): RouteSpec[] {
  return [
    route({
      method: 'POST',
      url: '/api/v1/sessions',
      operationId: 'login',
      summary: 'Inloggen met e-mailadres en wachtwoord',
      tag: 'Sessies',
      access: identityPolicy.signIn,
      body: LoginInput,
      status: 201,
      response: Session,
      errors: [400, 401, 429],
      async handler({ body, trail, request, reply }) {
        const { token, view } = await identity.login(body.email, body.password, trail, request.cookies[SESSION_COOKIE]);
        setSessionCookie(reply, request, token, config);
        return view;
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/sessions/current',
      operationId: 'getCurrentSession',
      summary: 'De huidige sessie',
      tag: 'Sessies',
      access: identityPolicy.session,
      response: Session,
      errors: [401],
      async handler({ actor }) {
        return identity.view(actor);
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/v1/sessions/current',
      operationId: 'logout',
      summary: 'Uitloggen',
      tag: 'Sessies',
      access: identityPolicy.session,
      status: 204,
      response: null,
      errors: [401, 403],
      async handler({ actor, trail, request, reply }) {
        await identity.logout(actor, trail);
        clearSessionCookie(reply, request, config);
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/users',
      operationId: 'listUsers',
      summary: 'Gebruikers van de eigen organisatie (platformbeheer: van alle organisaties)',
      tag: 'Beheer',
      access: identityPolicy.manageUsers,
      query: UserListQuery,
      response: z.array(User),
      errors: [401, 403],
      async handler({ actor, query }) {
        return (await identity.listUsers(actor, query.organisationId)).map(toUser);
      },
    }),
    route({
      method: 'POST',
      url: '/api/v1/users',
      operationId: 'createUser',
      summary: 'Gebruiker aanmaken',
      tag: 'Beheer',
      access: identityPolicy.manageUsers,
      body: UserInput,
      status: 201,
      response: User,
      errors: [400, 401, 403, 409],
      async handler({ actor, body, trail }) {
        return toUser(await identity.createUser(actor, body, trail));
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/v1/users/:id',
      operationId: 'updateUser',
      summary: 'Gebruiker wijzigen, rollen toekennen of blokkeren',
      tag: 'Beheer',
      access: identityPolicy.manageUsers,
      params: idParams,
      body: UserPatch,
      response: User,
      errors: [400, 401, 403, 404],
      async handler({ actor, params, body, trail }) {
        return toUser(await identity.updateUser(actor, params.id, body, trail));
      },
    }),
  ];
}
