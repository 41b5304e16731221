import { and, asc, count, eq, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { loginAttempts, oidcLoginStates, sessions, userRoles, users } from './identity.schema.ts';
import { listOrganisationProfiles, organisationProfiles, type OrganisationProfile } from '../organisations/index.ts';
import type { OrganisationKind, Role } from '../../kernel/roles.ts';

export interface UserRecord {
  id: string;
  email: string;
  name: string;
  passwordHash: string | null;
  active: boolean;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  organisationActive: boolean;
  organisationRegion: string | null;
  roles: Role[];
  lastLoginAt: Date | null;
}

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  passwordHash: users.passwordHash,
  active: users.active,
  organisationId: users.organisationId,
  lastLoginAt: users.lastLoginAt,
};

type UserRow = { [K in keyof typeof userColumns]: (typeof users.$inferSelect)[K] };

/**
 * The users with their organisation (the organisations module's published read) and roles. A user whose
 * organisation is not found is left out, as the inner join this replaces did.
 */
async function withOrganisationAndRoles(db: Db, rows: UserRow[], known?: ReadonlyMap<string, OrganisationProfile>): Promise<UserRecord[]> {
  if (rows.length === 0) return [];
  const [orgs, roleRows] = await Promise.all([
    known ??
      organisationProfiles(
        db,
        rows.map((r) => r.organisationId),
      ),
    db
      .select()
      .from(userRoles)
      .where(
        inArray(
          userRoles.userId,
          rows.map((r) => r.id),
        ),
      ),
  ]);
  return rows.flatMap((r) => {
    const org = orgs.get(r.organisationId);
    if (!org) return [];
    return [
      {
        ...r,
        organisationName: org.name,
        organisationKind: org.kind as OrganisationKind,
        organisationActive: org.active,
        organisationRegion: org.region,
        roles: roleRows
          .filter((x) => x.userId === r.id)
          .map((x) => x.role as Role)
          .sort(),
      },
    ];
  });
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  const rows = await db.select(userColumns).from(users).where(eq(users.email, email));
  return (await withOrganisationAndRoles(db, rows))[0] ?? null;
}

/** The names of the given users by id (an id that is not a user is left out): for showing who did something. */
export async function userNames(db: Db, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, unique));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Which of the given users have an active account (an id that is not a user is left out). */
export async function activeUserIds(db: Db, ids: readonly (string | null)[]): Promise<Set<string>> {
  const unique = [...new Set(ids.filter((id): id is string => id !== null))];
  if (unique.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, unique), eq(users.active, true)));
  return new Set(rows.map((r) => r.id));
}

export async function findUserById(db: Db, id: string): Promise<UserRecord | null> {
  const rows = await db.select(userColumns).from(users).where(eq(users.id, id));
  return (await withOrganisationAndRoles(db, rows))[0] ?? null;
}

export async function findUserByOidc(db: Db, issuer: string, subject: string): Promise<UserRecord | null> {
  const rows = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.oidcIssuer, issuer), eq(users.oidcSubject, subject)));
  return (await withOrganisationAndRoles(db, rows))[0] ?? null;
}

/** Links a single-sign-on identity to an account that has none yet; false when it is already linked. */
export async function linkOidcIdentity(db: Db, userId: string, issuer: string, subject: string): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ oidcIssuer: issuer, oidcSubject: subject })
    .where(and(eq(users.id, userId), isNull(users.oidcIssuer)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Users by organisation name (the database's collation), then by name; of one organisation or, with null, all. */
export async function listUsers(db: Db, organisationId: string | null): Promise<UserRecord[]> {
  const q = db.select(userColumns).from(users);
  const rows = await (organisationId ? q.where(eq(users.organisationId, organisationId)) : q).orderBy(asc(users.name));
  if (organisationId) return withOrganisationAndRoles(db, rows);
  // Organisations in name order (names are unique), and a stable sort keeps each one's users by name.
  const ordered = await listOrganisationProfiles(db);
  const rank = new Map(ordered.map((o, i) => [o.id, i]));
  const records = await withOrganisationAndRoles(db, rows, new Map(ordered.map((o) => [o.id, o])));
  return records.sort((a, b) => rank.get(a.organisationId)! - rank.get(b.organisationId)!);
}

export async function insertUser(
  db: Db,
  u: { id: string; email: string; name: string; organisationId: string; passwordHash: string | null; roles: Role[] },
): Promise<void> {
  await db.insert(users).values({ id: u.id, email: u.email, name: u.name, organisationId: u.organisationId, passwordHash: u.passwordHash });
  await db.insert(userRoles).values(u.roles.map((role) => ({ userId: u.id, role })));
}

export async function updateUser(db: Db, id: string, patch: { name?: string; active?: boolean; passwordHash?: string }): Promise<void> {
  if (Object.keys(patch).length) await db.update(users).set(patch).where(eq(users.id, id));
}

export async function replaceRoles(db: Db, userId: string, roles: Role[]): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  await db.insert(userRoles).values(roles.map((role) => ({ userId, role })));
}

export async function markLogin(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, userId));
}

// Sessions -----------------------------------------------------------------------------------------

export async function insertSession(
  db: Db,
  s: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date; origin: string | null },
): Promise<void> {
  await db.insert(sessions).values(s);
}

export async function findSession(db: Db, tokenHash: string) {
  const rows = await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  return rows[0] ?? null;
}

export async function touchSession(db: Db, tokenHash: string, at: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Db, now: Date, idleCutoff: Date): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.expiresAt} < ${now} OR ${sessions.lastSeenAt} < ${idleCutoff}`);
}

// Login throttling ---------------------------------------------------------------------------------
// The `email` column holds a keyed pseudonym of the typed login name, never the text itself.

/** Serialises logins of one account within the caller's transaction. */
export async function lockAccount(db: Db, accountKey: string): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${accountKey}))`);
}

export async function recordLoginAttempt(db: Db, email: string, succeeded: boolean): Promise<void> {
  await db.insert(loginAttempts).values({ email, succeeded });
}

/** Failed attempts since the window start and since the last successful login. */
export async function countRecentFailures(db: Db, email: string, since: Date): Promise<number> {
  const lastSuccess = db
    .select({ at: sql`max(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.succeeded, true)));
  const rows = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.email, email),
        eq(loginAttempts.succeeded, false),
        gte(loginAttempts.at, since),
        sql`${loginAttempts.at} > coalesce((${lastSuccess}), '-infinity'::timestamptz)`,
      ),
    );
  return rows[0]?.n ?? 0;
}

export async function pruneLoginAttempts(db: Db, before: Date): Promise<void> {
  await db.delete(loginAttempts).where(lt(loginAttempts.at, before));
}

// Single sign-on login state -------------------------------------------------------------------------

export async function insertOidcState(db: Db, s: typeof oidcLoginStates.$inferInsert): Promise<void> {
  await db.insert(oidcLoginStates).values(s);
}

/** Reads and deletes in one go: a login state can be used once. */
export async function takeOidcState(db: Db, id: string) {
  const rows = await db.delete(oidcLoginStates).where(eq(oidcLoginStates.id, id)).returning();
  return rows[0] ?? null;
}
