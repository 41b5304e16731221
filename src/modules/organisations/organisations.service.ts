import type { z } from 'zod';
import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { OrganisationKind } from '../../kernel/roles.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { Organisation, OrganisationInput, OrganisationPatch } from './organisations.api.ts';
import * as repo from './organisations.repo.ts';

type Org = z.input<typeof Organisation>;

export class OrganisationsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly useCase: UseCase,
  ) {}

  async list(): Promise<Org[]> {
    return (await repo.listOrganisations(this.db)).map(toOrganisation);
  }

  async create(actor: Actor, input: z.output<typeof OrganisationInput>, trail: Trail): Promise<Org> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'organisation.create', objectType: 'organisation', objectId: id }, async (tx) => {
      if (await repo.findOrganisationByName(tx, input.name)) throw duplicateName();
      await repo.insertOrganisation(tx, { id, name: input.name, kind: input.kind, cbsCode: input.cbsCode, region: input.region });
      return toOrganisation((await repo.findOrganisation(tx, id))!);
    });
  }

  async update(actor: Actor, id: string, patch: z.output<typeof OrganisationPatch>, trail: Trail): Promise<Org> {
    return this.useCase(actor, trail, { action: 'organisation.update', objectType: 'organisation', objectId: id }, async (tx) => {
      const org = await repo.findOrganisation(tx, id);
      if (!org) throw AppError.notFound('Organisatie niet gevonden.');
      if (patch.active === false && org.id === actor.organisationId) {
        throw AppError.invalid([{ name: 'active', code: 'self_lockout', reason: 'U kunt uw eigen organisatie niet uitschakelen.' }]);
      }
      if (patch.name && patch.name !== org.name && (await repo.findOrganisationByName(tx, patch.name))) throw duplicateName();
      await repo.updateOrganisation(tx, id, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
      return toOrganisation((await repo.findOrganisation(tx, id))!);
    });
  }
}

function duplicateName(): AppError {
  return new AppError('conflict', 'Er bestaat al een organisatie met deze naam.', [
    { name: 'name', code: 'duplicate', reason: 'Deze naam is al in gebruik.' },
  ]);
}

function toOrganisation(o: repo.OrganisationRow): Org {
  return { id: o.id, name: o.name, kind: o.kind as OrganisationKind, cbsCode: o.cbsCode, region: o.region, active: o.active };
}
