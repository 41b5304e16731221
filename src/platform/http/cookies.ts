import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

export const SESSION_COOKIE = 'wp_session';
export const OIDC_STATE_COOKIE = 'wp_oidc';

/** Secure when the installation is served over HTTPS (directly or behind a proxy that says so). */
export function secureCookies(request: FastifyRequest, config: Pick<Config, 'publicUrl'>): boolean {
  return request.protocol === 'https' || (config.publicUrl?.startsWith('https://') ?? false);
}

export function setSessionCookie(reply: FastifyReply, request: FastifyRequest, token: string, config: Config): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: secureCookies(request, config),
    maxAge: config.sessionAbsoluteHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookies(request, config) });
}
