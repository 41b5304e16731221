import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../kernel/errors.ts';
import { route, type RouteSpec } from '../../platform/http/route.ts';
import { oidcPolicy } from './oidc.policy.ts';
import { OIDC_STATE_COOKIE, secureCookies, setSessionCookie, SESSION_COOKIE } from '../../platform/http/cookies.ts';
import type { Config } from '../../platform/config.ts';
import type { IdentityService } from './identity.service.ts';
import type { OidcClientRegistry } from './oidc/oidc.service.ts';
import { OidcProviderInfo } from './identity.api.ts';
import { OidcLoginError } from './oidc/oidc.service.ts';

const providerParams = z.strictObject({ providerId: z.string().regex(/^[a-z0-9-]{1,40}$/) });
const STATE_PATH = '/api/v1/auth/oidc/';
const STATE_MINUTES = 10;

export function oidcRoutes(identity: IdentityService, oidc: OidcClientRegistry, config: Config): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/v1/auth/oidc/providers',
      operationId: 'listOidcProviders',
      summary: 'Ingestelde single-sign-on-aanbieders (voor de inlogpagina)',
      tag: 'Sessies',
      access: oidcPolicy.singleSignOn,
      response: z.array(OidcProviderInfo),
      handler: async () => oidc.list(),
    }),
    route({
      method: 'GET',
      url: '/api/v1/auth/oidc/:providerId/login',
      operationId: 'beginOidcLogin',
      summary: 'Inloggen via single sign-on: doorverwijzing naar de aanbieder',
      tag: 'Sessies',
      access: oidcPolicy.singleSignOn,
      params: providerParams,
      status: 302,
      response: null,
      errors: [404],
      async handler({ params, request, reply }) {
        const client = await oidc.get(params.providerId);
        const start = await client.beginLogin();
        const id = randomBytes(24).toString('base64url');
        await identity.saveOidcState({
          id,
          providerId: params.providerId,
          ...start,
          expiresAt: new Date(Date.now() + STATE_MINUTES * 60_000),
        });
        // Lax, not Strict: the callback arrives as a cross-site navigation from the provider.
        reply.setCookie(OIDC_STATE_COOKIE, id, {
          path: STATE_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure: secureCookies(request, config),
          maxAge: STATE_MINUTES * 60,
        });
        reply.redirect(start.url, 302);
      },
    }),
    route({
      method: 'GET',
      url: '/api/v1/auth/oidc/:providerId/callback',
      operationId: 'completeOidcLogin',
      summary: 'Terugkeer van de single-sign-on-aanbieder; start een sessie en verwijst naar de app',
      tag: 'Sessies',
      access: oidcPolicy.singleSignOn,
      params: providerParams,
      status: 302,
      response: null,
      async handler({ params, request, reply, trail }) {
        const stateId = request.cookies[OIDC_STATE_COOKIE];
        reply.clearCookie(OIDC_STATE_COOKIE, { path: STATE_PATH });
        try {
          // Single use: the stored state is deleted before it is checked.
          const stored = stateId ? await identity.takeOidcState(stateId) : null;
          if (!stored || stored.providerId !== params.providerId || stored.expiresAt < new Date()) {
            throw new OidcLoginError('missing_login_state', 'De inlogpoging is verlopen of onbekend. Probeer opnieuw in te loggen.');
          }
          const client = await oidc.get(params.providerId);
          const signedIn = await client.completeLogin(new URL(request.url, 'http://callback.invalid'), stored);
          const { token } = await identity.loginWithOidc(signedIn, trail, request.cookies[SESSION_COOKIE]);
          setSessionCookie(reply, request, token, config);
          // A small page instead of a 302: the Strict session cookie is sent on the next, same-site navigation.
          reply
            .code(200)
            .type('text/html')
            .send(
              `<!doctype html><meta http-equiv="refresh" content="0;url=/"><title>Werkplein</title><a href="/">Verder naar Werkplein</a>`,
            );
        } catch (err) {
          const reason = err instanceof OidcLoginError ? err.reason : err instanceof AppError ? err.code : 'internal';
          request.log.warn({ reason }, 'single sign-on failed');
          reply.redirect(`/inloggen?reason=sso_failed`, 302);
        }
      },
    }),
  ];
}
