import { newId } from '../../kernel/ids.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import { CLIENT_PORTAL_ACTIVITIES } from './client-portal.activities.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { hashPassword } from '../identity/index.ts';
import * as identityRepo from '../identity/index.ts';
import type { ClientsService } from '../clients/index.ts';
import { displayName } from '../clients/index.ts';
import type { PortalAccount, PortalAccountInput, PortalAccountStatus, PortalProfile } from './client-portal.api.ts';
import * as repo from './client-portal.repo.ts';

/**
 * The client portal: a user with the werkzoekende role is linked to exactly one client file of their
 * municipality, and sees only that file's polis and PRB. Other modules call ownClientId() to find it.
 */
export class ClientPortalService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly useCase: UseCase,
    private readonly clients: ClientsService,
  ) {}

  /** The client file linked to a werkzoekende's account, inside a tenant transaction; 403 if none. */
  async ownClientId(tx: Db, actor: Actor): Promise<string> {
    const id = actor.roles.includes('werkzoekende') ? await repo.findLinkedClientId(tx, actor.userId) : null;
    if (!id) throw AppError.forbidden('Aan dit account is geen eigen dossier gekoppeld.');
    return id;
  }

  /** The linked client file, or null (for users who are not a client). */
  async linkedClientId(tx: Db, actor: Actor): Promise<string | null> {
    return actor.roles.includes('werkzoekende') ? repo.findLinkedClientId(tx, actor.userId) : null;
  }

  async profile(actor: Actor, trail: Trail): Promise<PortalProfile> {
    return this.useCase(actor, trail, { action: 'portal.profile', objectType: 'client', objectId: actor.userId }, async (tx) => {
      const clientId = await this.ownClientId(tx, actor);
      const found = await this.clients.load(tx, actor, clientId);
      await this.audit.processing(tx, actor, trail, CLIENT_PORTAL_ACTIVITIES.portalView, [found.client.bsn]);
      return { clientId, displayName: displayName(found.client), organisationName: found.organisationName };
    });
  }

  /** Whether the client has a portal account, and its login name; for the owning municipality's case manager. */
  async accountStatus(actor: Actor, clientId: string, trail: Trail): Promise<PortalAccountStatus> {
    return this.useCase(actor, trail, { action: 'portal.account.read', objectType: 'client', objectId: clientId }, async (tx) => {
      const found = await this.clients.loadOwned(tx, actor, clientId);
      const account = await repo.findAccountOfClient(tx, clientId);
      await this.audit.processing(tx, actor, trail, CLIENT_PORTAL_ACTIVITIES.portalAccountView, [found.client.bsn]);
      return { exists: account !== null, email: account?.email ?? null, linkedAt: account?.linkedAt.toISOString() ?? null };
    });
  }

  /** The case manager opens a portal account for a client: a new werkzoekende user, linked to the file. */
  async createAccount(actor: Actor, clientId: string, input: PortalAccountInput, trail: Trail): Promise<PortalAccount> {
    const userId = newId();
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.useCase(actor, trail, { action: 'portal.account.create', objectType: 'client', objectId: clientId }, async (tx) => {
        const found = await this.clients.loadOwned(tx, actor, clientId);
        if (await repo.findAccountOfClient(tx, clientId)) {
          throw new AppError('conflict', 'Deze cliënt heeft al een account voor het cliëntportaal.');
        }
        if (await identityRepo.findUserByEmail(tx, input.email)) {
          throw new AppError('conflict', 'Er bestaat al een gebruiker met dit e-mailadres.', [
            { name: 'email', code: 'duplicate', reason: 'Dit e-mailadres is al in gebruik.' },
          ]);
        }
        const c = found.client;
        const name = displayName(c);
        await identityRepo.insertUser(tx, {
          id: userId,
          email: input.email,
          name,
          organisationId: actor.organisationId,
          passwordHash,
          roles: ['werkzoekende'],
        });
        await repo.insertLink(tx, { userId, clientId, organisationId: actor.organisationId, linkedById: actor.userId });
        await this.audit.processing(tx, actor, trail, CLIENT_PORTAL_ACTIVITIES.portalAccount, [c.bsn]);
        return { userId, clientId, email: input.email };
      });
    } catch (err) {
      if (isUniqueViolation(err, 'users_email_key')) {
        throw new AppError('conflict', 'Er bestaat al een gebruiker met dit e-mailadres.', [
          { name: 'email', code: 'duplicate', reason: 'Dit e-mailadres is al in gebruik.' },
        ]);
      }
      if (isUniqueViolation(err, 'client_portal_accounts_client_key'))
        throw new AppError('conflict', 'Deze cliënt heeft al een account voor het cliëntportaal.');
      throw err;
    }
  }
}
