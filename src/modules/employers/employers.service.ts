import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type {
  AgreementInput,
  AgreementProgress,
  Contact,
  ContactInput,
  ContactMoment,
  ContactMomentInput,
  Employer,
  EmployerInput,
  EmployerPatch,
  EmployerSummary,
} from './employers.api.ts';
import * as repo from './employers.repo.ts';
import { leadLabel, mayReleaseLead, parseEmployerQuery } from './employers.rules.ts';

/**
 * Employer services: the employer as a client of the one-stop shop, shared by every partner organisation.
 *
 * Employer data is business data (company, sector, address, agreements), so these use cases write audit
 * lines but no processing-log lines. Contact persons are personal data of the employer's staff (name,
 * job title, business e-mail and phone), recorded for the business relationship; they carry no BSN and are
 * not data subjects of the social-security chain, so no processing-log line (which pseudonymises a BSN) is
 * written for them either; the audit line records who read or changed them.
 */
export class EmployersService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly useCase: UseCase,
  ) {}

  async list(
    actor: Actor,
    query: { page: number; pageSize: number; q?: string },
    trail: Trail,
  ): Promise<{ items: EmployerSummary[]; total: number; page: number; pageSize: number }> {
    return this.useCase(actor, trail, { action: 'employer.list', objectType: 'employer', objectId: null }, async (tx) => {
      const { rows, total } = await repo.listEmployers(tx, { ...parseEmployerQuery(query.q), page: query.page, pageSize: query.pageSize });
      return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
    });
  }

  async get(actor: Actor, id: string, trail: Trail): Promise<Employer> {
    return this.useCase(actor, trail, { action: 'employer.read', objectType: 'employer', objectId: id }, (tx) => this.load(tx, id));
  }

  async register(actor: Actor, input: EmployerInput, trail: Trail): Promise<Employer> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'employer.create', objectType: 'employer', objectId: id }, async (tx) => {
      const existing = await repo.findByKvk(tx, input.kvkNumber);
      if (existing) throw duplicateKvk(existing.name);
      try {
        await repo.insertEmployer(tx, {
          id,
          kvkNumber: input.kvkNumber,
          name: input.name,
          sbiCode: input.sbiCode,
          sizeClass: input.sizeClass,
          ...addressColumns(input.address),
          registeredByOrganisationId: actor.organisationId,
        });
      } catch (err) {
        // Two registrations of the same KvK number at once: the unique index decides, the loser gets 409.
        if (repo.isUniqueViolation(err, 'employers_kvk_key')) throw duplicateKvk(null);
        throw err;
      }
      return this.load(tx, id);
    });
  }

  async update(actor: Actor, id: string, patch: EmployerPatch, trail: Trail): Promise<Employer> {
    return this.useCase(actor, trail, { action: 'employer.update', objectType: 'employer', objectId: id }, async (tx) => {
      await this.ensureExists(tx, id);
      const columns = {
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.sbiCode !== undefined ? { sbiCode: patch.sbiCode } : {}),
        ...(patch.sizeClass !== undefined ? { sizeClass: patch.sizeClass } : {}),
        ...(patch.address !== undefined ? addressColumns(patch.address) : {}),
      };
      if (Object.keys(columns).length) await repo.updateEmployer(tx, id, columns);
      return this.load(tx, id);
    });
  }

  // Lead account manager -----------------------------------------------------------------------------

  /**
   * Become the employer's lead account manager. Exactly one across all partner organisations: the claim is
   * one conditional UPDATE, so of concurrent claims exactly one wins; the others get 409 naming the lead.
   * Claiming again while already lead changes nothing (200).
   */
  async claimLead(actor: Actor, id: string, trail: Trail): Promise<Employer> {
    return this.useCase(actor, trail, { action: 'employer.lead_claim', objectType: 'employer', objectId: id }, async (tx) => {
      await this.ensureExists(tx, id);
      const won = await repo.claimLead(tx, id, actor.userId, actor.organisationId);
      const employer = await this.load(tx, id);
      if (!won && employer.lead?.userId !== actor.userId) {
        const who = employer.lead ? leadLabel(employer.lead) : null;
        throw new AppError(
          'conflict',
          who
            ? `${who} is al accountmanager van ${employer.name}. Neem contact op met ${employer.lead!.userName} voordat u deze werkgever benadert.`
            : `Iemand anders werd tegelijk accountmanager van ${employer.name}. Laad de pagina opnieuw.`,
          [{ name: 'lead', code: 'lead_taken', reason: who ? `Accountmanager is al ${who}.` : 'Er is al een accountmanager.' }],
        );
      }
      return employer;
    });
  }

  /** Give up the lead: the lead themself, or a functioneel beheerder of the lead's organisation. */
  async releaseLead(actor: Actor, id: string, trail: Trail): Promise<Employer> {
    return this.useCase(actor, trail, { action: 'employer.lead_release', objectType: 'employer', objectId: id }, async (tx) => {
      const found = await repo.findEmployer(tx, id);
      if (!found) throw AppError.notFound('Werkgever niet gevonden.');
      const e = found.employer;
      if (!e.leadUserId) throw new AppError('conflict', `${e.name} heeft geen accountmanager.`);
      if (!mayReleaseLead(actor, e)) {
        const who = leadLabel({ userName: found.leadUserName ?? '', organisationName: found.leadOrganisationName ?? '' });
        throw AppError.forbidden(
          `Alleen de accountmanager zelf (${who}) of een functioneel beheerder van diens organisatie kan het accountmanagerschap beëindigen.`,
        );
      }
      if (!(await repo.releaseLead(tx, id, e.leadUserId))) {
        throw new AppError('conflict', 'De accountmanager van deze werkgever is intussen gewijzigd. Laad de pagina opnieuw.');
      }
      return this.load(tx, id);
    });
  }

  // Contact persons ----------------------------------------------------------------------------------

  async addContact(actor: Actor, employerId: string, input: ContactInput, trail: Trail): Promise<Contact> {
    return this.useCase(actor, trail, { action: 'employer.contact_add', objectType: 'employer', objectId: employerId }, async (tx) => {
      await this.ensureExists(tx, employerId);
      // Personal data of employer staff, no BSN: audited, no processing-log line (see the class comment).
      const row = await repo.insertContact(tx, { id: newId(), employerId, ...input });
      return toContact(row);
    });
  }

  // Contact moments ----------------------------------------------------------------------------------

  async listContactMoments(actor: Actor, employerId: string, trail: Trail): Promise<ContactMoment[]> {
    return this.useCase(
      actor,
      trail,
      { action: 'employer.contact_moment_list', objectType: 'employer', objectId: employerId },
      async (tx) => {
        await this.ensureExists(tx, employerId);
        return (await repo.listContactMoments(tx, employerId)).map(toContactMoment);
      },
    );
  }

  async recordContactMoment(actor: Actor, employerId: string, input: ContactMomentInput, trail: Trail): Promise<ContactMoment> {
    const id = newId();
    return this.useCase(
      actor,
      trail,
      { action: 'employer.contact_moment_record', objectType: 'employer', objectId: employerId },
      async (tx) => {
        await this.ensureExists(tx, employerId);
        await repo.insertContactMoment(tx, {
          id,
          employerId,
          organisationId: actor.organisationId,
          userId: actor.userId,
          kind: input.kind,
          occurredOn: input.occurredOn,
          notes: input.notes,
        });
        const moment = (await repo.listContactMoments(tx, employerId)).find((m) => m.moment.id === id)!;
        return toContactMoment(moment);
      },
    );
  }

  // Agreements ---------------------------------------------------------------------------------------

  async addAgreement(actor: Actor, employerId: string, input: AgreementInput, trail: Trail): Promise<AgreementProgress> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'employer.agreement_add', objectType: 'employer', objectId: employerId }, async (tx) => {
      await this.ensureExists(tx, employerId);
      await repo.insertAgreement(tx, { id, employerId, organisationId: actor.organisationId, ...input });
      const [row] = await repo.listAgreements(tx, employerId, id);
      return toAgreement(row!);
    });
  }

  // ----------------------------------------------------------------------------------------------------

  private async ensureExists(tx: Db, id: string): Promise<void> {
    if (!(await repo.employerExists(tx, id))) throw AppError.notFound('Werkgever niet gevonden.');
  }

  private async load(tx: Db, id: string): Promise<Employer> {
    const found = await repo.findEmployer(tx, id);
    if (!found) throw AppError.notFound('Werkgever niet gevonden.');
    const e = found.employer;
    const [contacts, agreements] = [await repo.listContacts(tx, id), await repo.listAgreements(tx, id)];
    return {
      ...toSummary(found),
      address: { street: e.street, houseNumber: e.houseNumber, postcode: e.postcode, city: e.city },
      contacts: contacts.map(toContact),
      agreements: agreements.map(toAgreement),
      registeredByOrganisationName: found.registeredByName,
      createdAt: e.createdAt.toISOString(),
    };
  }
}

function duplicateKvk(existingName: string | null): AppError {
  return new AppError(
    'conflict',
    existingName ? `Er is al een werkgever met dit KvK-nummer: ${existingName}.` : 'Er is al een werkgever met dit KvK-nummer.',
    [{ name: 'kvkNumber', code: 'duplicate', reason: 'Dit KvK-nummer is al geregistreerd.' }],
  );
}

function addressColumns(a: { street: string; houseNumber: number; postcode: string; city: string }) {
  return { street: a.street, houseNumber: a.houseNumber, postcode: a.postcode, city: a.city };
}

function toSummary(r: repo.EmployerWithLead): EmployerSummary {
  const e = r.employer;
  return {
    id: e.id,
    name: e.name,
    kvkNumber: e.kvkNumber,
    sbiCode: e.sbiCode,
    sizeClass: e.sizeClass as EmployerSummary['sizeClass'],
    city: e.city,
    lead:
      e.leadUserId && e.leadOrganisationId && e.leadSince
        ? {
            userId: e.leadUserId,
            userName: r.leadUserName ?? '',
            organisationId: e.leadOrganisationId,
            organisationName: r.leadOrganisationName ?? '',
            since: e.leadSince.toISOString(),
          }
        : null,
  };
}

function toContact(c: Awaited<ReturnType<typeof repo.listContacts>>[number]): Contact {
  return { id: c.id, name: c.name, jobTitle: c.jobTitle, email: c.email, phone: c.phone };
}

function toContactMoment(r: Awaited<ReturnType<typeof repo.listContactMoments>>[number]): ContactMoment {
  const m = r.moment;
  return {
    id: m.id,
    kind: m.kind as ContactMoment['kind'],
    occurredOn: m.occurredOn,
    notes: m.notes,
    organisationId: m.organisationId,
    organisationName: r.organisationName,
    userId: m.userId,
    userName: r.userName,
    createdAt: m.createdAt.toISOString(),
  };
}

function toAgreement(r: Awaited<ReturnType<typeof repo.listAgreements>>[number]): AgreementProgress {
  const a = r.agreement;
  return {
    id: a.id,
    description: a.description,
    targetPlacements: a.targetPlacements,
    periodStart: a.periodStart,
    periodEnd: a.periodEnd,
    placements: Number(r.placements),
    organisationId: a.organisationId,
    organisationName: r.organisationName,
  };
}
