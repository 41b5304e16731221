import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Role } from '../../kernel/roles.ts';
import { inTenant, type Db } from '../../platform/db/database.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { Config } from '../../platform/config.ts';
import { findOrganisation } from '../organisations/index.ts';
import * as repo from './identity.repo.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';
import { canManageUsersOf } from './identity.rules.ts';
import type { OidcIdentity } from './oidc/oidc.service.ts';

export interface SessionView {
  user: { id: string; email: string; name: string; roles: Role[]; organisation: { id: string; name: string; kind: string } };
  csrfToken: string;
  expiresAt: string;
}

type SessionPolicy = Pick<
  Config,
  'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'loginMaxFailuresPerAccount' | 'loginFailureWindowMinutes'
>;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class IdentityService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly policy: SessionPolicy,
  ) {}

  /** Password login. Throttled per account; a new session id every time. */
  async login(emailInput: string, password: string, trail: Trail, previousToken?: string): Promise<{ token: string; view: SessionView }> {
    const email = emailInput.trim().toLowerCase();
    // Attempts are stored under a keyed pseudonym of what was typed: a password typed into the e-mail field stays out of the database.
    const accountKey = this.audit.pseudonymise(`login:${email}`);
    const windowStart = new Date(Date.now() - this.policy.loginFailureWindowMinutes * 60_000);
    // Count, verify and record under one lock per account, so parallel guesses cannot all pass the count.
    const outcome = await this.db.transaction(async (raw) => {
      const tx = raw as unknown as Db;
      await repo.lockAccount(tx, accountKey);
      const failures = await repo.countRecentFailures(tx, accountKey, windowStart);
      if (failures >= this.policy.loginMaxFailuresPerAccount) return { kind: 'throttled' as const };
      const user = await repo.findUserByEmail(tx, email);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
      if (!user || !user.passwordHash || !ok) {
        await repo.recordLoginAttempt(tx, accountKey, false);
        return { kind: 'failed' as const };
      }
      if (!user.active || !user.organisationActive) return { kind: 'disabled' as const };
      await repo.recordLoginAttempt(tx, accountKey, true);
      return { kind: 'ok' as const, user };
    });
    switch (outcome.kind) {
      case 'throttled':
        await this.auditLogin(null, trail, email, 'denied');
        throw new AppError(
          'too_many_requests',
          `Te veel mislukte inlogpogingen voor dit account. Probeer het over ${this.policy.loginFailureWindowMinutes} minuten opnieuw.`,
          [],
          this.policy.loginFailureWindowMinutes * 60,
        );
      case 'failed':
        await this.auditLogin(null, trail, email, 'failed');
        throw new AppError('invalid_credentials', 'Het e-mailadres of wachtwoord klopt niet.');
      case 'disabled':
        await this.auditLogin(null, trail, email, 'denied');
        throw new AppError('account_disabled', 'Dit account is geblokkeerd. Neem contact op met uw functioneel beheerder.');
      case 'ok':
        return this.startSession(outcome.user, trail, previousToken);
    }
  }

  /** Starts a session for a user who proved who they are (password or single sign-on). */
  async startSession(user: repo.UserRecord, trail: Trail, previousToken?: string): Promise<{ token: string; view: SessionView }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.policy.sessionAbsoluteHours * 3_600_000);
    await inTenant(this.db, { organisationId: user.organisationId, userId: user.id }, async (tx) => {
      if (previousToken) await repo.deleteSession(tx, hashToken(previousToken));
      await repo.insertSession(tx, { tokenHash: hashToken(token), userId: user.id, csrfToken, expiresAt, origin: trail.origin });
      await repo.markLogin(tx, user.id);
      await this.audit.audit(tx, actorOf(user, csrfToken, hashToken(token), expiresAt), trail, {
        action: 'login',
        objectType: 'session',
        objectId: user.id,
        result: 'success',
      });
    });
    return { token, view: sessionView(user, csrfToken, expiresAt) };
  }

  /** The actor behind a session token, or null when there is none, it expired, or the user was disabled. */
  async resolve(token: string | undefined): Promise<Actor | null> {
    if (!token) return null;
    const tokenHash = hashToken(token);
    const session = await repo.findSession(this.db, tokenHash);
    if (!session) return null;
    const now = new Date();
    const idleDeadline = new Date(session.lastSeenAt.getTime() + this.policy.sessionIdleMinutes * 60_000);
    if (session.expiresAt <= now || idleDeadline <= now) {
      await repo.deleteSession(this.db, tokenHash);
      return null;
    }
    const user = await repo.findUserById(this.db, session.userId);
    if (!user || !user.active || !user.organisationActive) {
      await repo.deleteSession(this.db, tokenHash);
      return null;
    }
    // Refresh the idle clock at most once a minute to spare the database a write per request.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) await repo.touchSession(this.db, tokenHash, now);
    return actorOf(user, session.csrfToken, tokenHash, session.expiresAt);
  }

  view(actor: Actor): SessionView {
    return {
      user: {
        id: actor.userId,
        email: actor.email,
        name: actor.name,
        roles: actor.roles,
        organisation: { id: actor.organisationId, name: actor.organisationName, kind: actor.organisationKind },
      },
      csrfToken: actor.csrfToken,
      expiresAt: actor.sessionExpiresAt.toISOString(),
    };
  }

  async logout(actor: Actor, trail: Trail): Promise<void> {
    await inTenant(this.db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
      await repo.deleteSession(tx, actor.sessionTokenHash);
      await this.audit.audit(tx, actor, trail, { action: 'logout', objectType: 'session', objectId: actor.userId, result: 'success' });
    });
  }

  /** Removes expired sessions and old login attempts; run periodically. */
  async sweep(now = new Date()): Promise<void> {
    await repo.deleteExpiredSessions(this.db, now, new Date(now.getTime() - this.policy.sessionIdleMinutes * 60_000));
    await repo.pruneLoginAttempts(this.db, new Date(now.getTime() - 24 * 3_600_000));
  }

  csrfMatches(actor: Actor, header: string | undefined): boolean {
    if (!header) return false;
    const a = Buffer.from(actor.csrfToken);
    const b = Buffer.from(header);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  // Single sign-on ------------------------------------------------------------------------------------

  async saveOidcState(state: {
    id: string;
    providerId: string;
    state: string;
    nonce: string;
    codeVerifier: string;
    expiresAt: Date;
  }): Promise<void> {
    await repo.insertOidcState(this.db, state);
  }

  takeOidcState(id: string) {
    return repo.takeOidcState(this.db, id);
  }

  /**
   * A person the provider vouched for: the account linked to (issuer, subject), or else the account with
   * the provider-verified e-mail address, which is then linked. No account is created automatically:
   * a functioneel beheerder decides who gets which roles.
   */
  async loginWithOidc(identity: OidcIdentity, trail: Trail, previousToken?: string): Promise<{ token: string; view: SessionView }> {
    let user = await repo.findUserByOidc(this.db, identity.issuer, identity.subject);
    if (!user && identity.emailVerified && identity.email) {
      const byEmail = await repo.findUserByEmail(this.db, identity.email);
      // Only an account without a single-sign-on link is linked by e-mail: an address that a provider (or a
      // recycled mailbox) vouches for must not take over an account someone else already signs in to.
      if (byEmail && (await repo.linkOidcIdentity(this.db, byEmail.id, identity.issuer, identity.subject))) user = byEmail;
    }
    if (!user) {
      await this.auditLogin(null, trail, identity.email ?? identity.subject, 'failed');
      throw new AppError(
        'oidc_failed',
        'Er is geen Werkplein-account gekoppeld aan deze inlog. Vraag uw functioneel beheerder om een account.',
      );
    }
    if (!user.active || !user.organisationActive) {
      await this.auditLogin(null, trail, user.email, 'denied');
      throw new AppError('account_disabled', 'Dit account is geblokkeerd. Neem contact op met uw functioneel beheerder.');
    }
    return this.startSession(user, trail, previousToken);
  }

  // User administration ------------------------------------------------------------------------------

  async listUsers(actor: Actor, organisationId: string | undefined): Promise<repo.UserRecord[]> {
    const orgFilter = actor.organisationKind === 'platform' ? (organisationId ?? null) : actor.organisationId;
    if (organisationId && !canManageUsersOf(actor, organisationId)) throw AppError.notFound('Organisatie niet gevonden.');
    return repo.listUsers(this.db, orgFilter);
  }

  async createUser(
    actor: Actor,
    input: { email: string; name: string; organisationId: string; roles: Role[]; password: string },
    trail: Trail,
  ): Promise<repo.UserRecord> {
    if (!canManageUsersOf(actor, input.organisationId)) {
      throw AppError.invalid([
        { name: 'organisationId', code: 'not_allowed', reason: 'U kunt alleen gebruikers van uw eigen organisatie aanmaken.' },
      ]);
    }
    const org = await findOrganisation(this.db, input.organisationId);
    if (!org) throw AppError.invalid([{ name: 'organisationId', code: 'unknown', reason: 'Deze organisatie bestaat niet.' }]);
    if (await repo.findUserByEmail(this.db, input.email)) throw duplicateEmail();
    const id = newId();
    const passwordHash = await hashPassword(input.password);
    try {
      await inTenant(this.db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
        await repo.insertUser(tx, {
          id,
          email: input.email,
          name: input.name,
          organisationId: input.organisationId,
          passwordHash,
          roles: input.roles,
        });
        await this.audit.audit(tx, actor, trail, { action: 'user.create', objectType: 'user', objectId: id, result: 'success' });
      });
    } catch (err) {
      // Two saves at once (a double click): the unique index decides, the loser gets the same 409.
      if (isUniqueViolation(err, 'users_email_key')) throw duplicateEmail();
      throw err;
    }
    return (await repo.findUserById(this.db, id))!;
  }

  async updateUser(
    actor: Actor,
    id: string,
    patch: { name?: string; roles?: Role[]; active?: boolean; password?: string },
    trail: Trail,
  ): Promise<repo.UserRecord> {
    const user = await repo.findUserById(this.db, id);
    if (!user || !canManageUsersOf(actor, user.organisationId)) throw AppError.notFound('Gebruiker niet gevonden.');
    if (id === actor.userId && (patch.active === false || (patch.roles && !patch.roles.includes('functioneel_beheerder')))) {
      throw AppError.invalid([
        {
          name: patch.active === false ? 'active' : 'roles',
          code: 'self_lockout',
          reason: 'U kunt uzelf niet blokkeren of uw eigen beheerrol afnemen.',
        },
      ]);
    }
    const passwordHash = patch.password ? await hashPassword(patch.password) : undefined;
    await inTenant(this.db, { organisationId: actor.organisationId, userId: actor.userId }, async (tx) => {
      await repo.updateUser(tx, id, {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.active !== undefined ? { active: patch.active } : {}),
        ...(passwordHash ? { passwordHash } : {}),
      });
      if (patch.roles) await repo.replaceRoles(tx, id, patch.roles);
      // Disabling a user, or changing their password or roles, ends their sessions at once.
      if (patch.active === false || passwordHash || patch.roles) await repo.deleteSessionsOfUser(tx, id);
      await this.audit.audit(tx, actor, trail, { action: 'user.update', objectType: 'user', objectId: id, result: 'success' });
    });
    return (await repo.findUserById(this.db, id))!;
  }

  private async auditLogin(actor: Actor | null, trail: Trail, email: string, result: 'failed' | 'denied'): Promise<void> {
    await inTenant(this.db, null, (tx) =>
      // The object is a keyed pseudonym of what was typed: failed logins must not put typed text (maybe a password) in the log.
      this.audit.audit(tx, actor, trail, {
        action: 'login',
        objectType: 'session',
        objectId: this.audit.pseudonymise(`login:${email}`).slice(0, 16),
        result,
      }),
    );
  }
}

function duplicateEmail(): AppError {
  return new AppError('conflict', 'Er bestaat al een gebruiker met dit e-mailadres.', [
    { name: 'email', code: 'duplicate', reason: 'Dit e-mailadres is al in gebruik.' },
  ]);
}

function actorOf(user: repo.UserRecord, csrfToken: string, sessionTokenHash: string, expiresAt: Date): Actor {
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    organisationId: user.organisationId,
    organisationName: user.organisationName,
    organisationKind: user.organisationKind,
    organisationRegion: user.organisationRegion,
    roles: user.roles,
    csrfToken,
    sessionTokenHash,
    sessionExpiresAt: expiresAt,
  };
}

function sessionView(user: repo.UserRecord, csrfToken: string, expiresAt: Date): SessionView {
  return {
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      organisation: { id: user.organisationId, name: user.organisationName, kind: user.organisationKind },
    },
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  };
}
