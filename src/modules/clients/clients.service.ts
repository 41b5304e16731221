import { AppError } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { maskBsn } from '../../kernel/bsn.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import { CLIENTS_ACTIVITIES } from './clients.activities.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import { findOrganisation } from '../organisations/index.ts';
import { latestAssessment } from '../ladder/index.ts';
import { toLadderAssessment } from '../ladder/index.ts';
import type { Client, ClientInput, ClientPatch, ClientSummary, Consent } from './clients.api.ts';
import * as repo from './clients.repo.ts';
import { consentInForce, displayName, mayViewHealth, renewalCheck, searchName } from './clients.rules.ts';
import { dutchDate, todayInAmsterdam } from '../../kernel/dates.ts';
import { ownsClient } from './clients.policy.ts';

const P = CLIENTS_ACTIVITIES;

export class ClientsService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly useCase: UseCase,
  ) {}

  async list(
    actor: Actor,
    query: { page: number; pageSize: number; q?: string; postcode?: string },
    trail: Trail,
  ): Promise<{ items: ClientSummary[]; total: number; page: number; pageSize: number }> {
    return this.useCase(actor, trail, { action: 'client.list', objectType: 'client', objectId: null }, async (tx) => {
      const { rows, total } = await repo.listClients(tx, {
        organisationId: actor.organisationId,
        nameQuery: query.q || undefined,
        postcodePrefix: query.postcode?.replace(/^(\d{4}) ?/, '$1 ').trim() || undefined,
        page: query.page,
        pageSize: query.pageSize,
      });
      await this.audit.processing(
        tx,
        actor,
        trail,
        P.clientList,
        rows.map((r) => r.bsn),
      );
      return { items: rows.map((r) => toSummary(r, actor)), total, page: query.page, pageSize: query.pageSize };
    });
  }

  async searchByBsn(actor: Actor, bsn: string, trail: Trail) {
    return this.useCase(actor, trail, { action: 'client.search_bsn', objectType: 'client', objectId: null }, async (tx) => {
      const { rows, total } = await repo.listClients(tx, { organisationId: actor.organisationId, bsn, page: 1, pageSize: 100 });
      await this.audit.processing(
        tx,
        actor,
        trail,
        P.clientSearchBsn,
        rows.map((r) => r.bsn),
      );
      return { items: rows.map((r) => toSummary(r, actor)), total, page: 1, pageSize: 100 };
    });
  }

  async get(actor: Actor, id: string, trail: Trail): Promise<Client> {
    return this.useCase(actor, trail, { action: 'client.read', objectType: 'client', objectId: id }, async (tx) => {
      const found = await this.load(tx, actor, id);
      await this.audit.processing(tx, actor, trail, P.clientView, [found.client.bsn]);
      return this.toClient(tx, actor, found);
    });
  }

  async register(actor: Actor, input: ClientInput, trail: Trail): Promise<Client> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'client.create', objectType: 'client', objectId: id }, async (tx) => {
      if (await repo.bsnTaken(tx, actor.organisationId, input.bsn)) throw duplicateBsn();
      const wantedIscoCodes = await wantedIscoCodesOf(tx, input.wantedOccupationUris);
      await repo.insertClient(tx, {
        id,
        organisationId: actor.organisationId,
        caseManagerId: actor.userId,
        ...toColumns(input),
        wantedIscoCodes,
      });
      await this.audit.processing(tx, actor, trail, P.clientRegister, [input.bsn]);
      return this.toClient(tx, actor, (await repo.findClient(tx, actor.organisationId, id))!);
    });
  }

  async update(actor: Actor, id: string, patch: ClientPatch, trail: Trail): Promise<Client> {
    return this.useCase(actor, trail, { action: 'client.update', objectType: 'client', objectId: id }, async (tx) => {
      const found = await this.loadOwned(tx, actor, id);
      const { version, ...fields } = patch;
      if (fields.bsn && fields.bsn !== found.client.bsn && (await repo.bsnTaken(tx, actor.organisationId, fields.bsn, id)))
        throw duplicateBsn();
      if (fields.healthLimitations !== undefined && !mayViewHealth(actor.roles)) {
        throw AppError.forbidden('U mag gezondheidsbeperkingen niet wijzigen.');
      }
      const merged = { ...fromRow(found.client), ...stripUndefined(fields) };
      // Wanted occupations are checked (and their ISCO groups derived) only when the patch changes them.
      const wantedIscoCodes =
        fields.wantedOccupationUris !== undefined ? await wantedIscoCodesOf(tx, merged.wantedOccupationUris) : found.client.wantedIscoCodes;
      const ok = await repo.updateClient(tx, id, actor.organisationId, version, { ...toColumns(merged), wantedIscoCodes });
      if (!ok) {
        throw new AppError(
          'conflict',
          'Dit dossier is intussen door iemand anders gewijzigd. Laad de pagina opnieuw en probeer het nog eens.',
          [{ name: 'version', code: 'stale', reason: 'Verouderde versie.' }],
        );
      }
      await this.audit.processing(tx, actor, trail, P.clientUpdate, [merged.bsn]);
      return this.toClient(tx, actor, (await repo.findClient(tx, actor.organisationId, id))!);
    });
  }

  // Consents -----------------------------------------------------------------------------------------

  async listConsents(actor: Actor, clientId: string, trail: Trail): Promise<Consent[]> {
    return this.useCase(actor, trail, { action: 'consent.list', objectType: 'client', objectId: clientId }, async (tx) => {
      const found = await this.load(tx, actor, clientId);
      await this.audit.processing(tx, actor, trail, P.consentView, [found.client.bsn]);
      const rows = await repo.listConsents(tx, clientId);
      // A partner organisation sees only its own consent, not which other partners the client chose.
      const visible =
        found.client.organisationId === actor.organisationId ? rows : rows.filter((r) => r.consent.organisationId === actor.organisationId);
      return visible.map(toConsent);
    });
  }

  async grantConsent(
    actor: Actor,
    clientId: string,
    input: { organisationId: string; note: string | null; validUntil: string | null },
    trail: Trail,
  ): Promise<Consent> {
    const consentId = newId();
    return this.useCase(actor, trail, { action: 'consent.grant', objectType: 'client', objectId: clientId }, async (tx) => {
      const found = await this.loadOwned(tx, actor, clientId);
      const partner = await findOrganisation(tx, input.organisationId);
      if (!partner || !partner.active)
        throw AppError.invalid([{ name: 'organisationId', code: 'unknown', reason: 'Deze organisatie bestaat niet.' }]);
      if (partner.id === actor.organisationId) {
        throw AppError.invalid([
          { name: 'organisationId', code: 'own_organisation', reason: 'Het dossier is al van uw eigen organisatie.' },
        ]);
      }
      const renewal = renewalCheck(await repo.consentsInForceFor(tx, clientId, partner.id), input.validUntil);
      if (renewal === 'already_granted') {
        throw new AppError('conflict', `Er is al toestemming om te delen met ${partner.name}.`, [
          { name: 'organisationId', code: 'already_granted', reason: 'Hiervoor is al toestemming vastgelegd.' },
        ]);
      }
      if (renewal !== 'ok') {
        throw new AppError('conflict', `Er is al toestemming om te delen met ${partner.name} tot en met ${dutchDate(renewal.until)}.`, [
          { name: 'validUntil', code: 'not_later', reason: 'Een verlenging moet later eindigen dan de toestemming die er al is.' },
        ]);
      }
      await repo.insertConsent(tx, {
        id: consentId,
        clientId,
        ownerOrganisationId: actor.organisationId,
        organisationId: partner.id,
        note: input.note,
        grantedById: actor.userId,
        validUntil: input.validUntil,
      });
      await this.audit.processing(tx, actor, trail, P.consentChange, [found.client.bsn]);
      const rows = await repo.listConsents(tx, clientId);
      return toConsent(rows.find((r) => r.consent.id === consentId)!);
    });
  }

  async withdrawConsent(actor: Actor, clientId: string, consentId: string, trail: Trail): Promise<Consent> {
    return this.useCase(actor, trail, { action: 'consent.withdraw', objectType: 'client', objectId: clientId }, async (tx) => {
      const found = await this.loadOwned(tx, actor, clientId);
      const consent = await repo.findConsent(tx, consentId, clientId);
      if (!consent) throw AppError.notFound('Toestemming niet gevonden.');
      if (consent.withdrawnAt) throw new AppError('conflict', 'Deze toestemming is al ingetrokken.');
      await repo.withdrawConsent(tx, consentId, clientId, actor.userId);
      await this.audit.processing(tx, actor, trail, P.consentChange, [found.client.bsn]);
      const rows = await repo.listConsents(tx, clientId);
      return toConsent(rows.find((r) => r.consent.id === consentId)!);
    });
  }

  /** A client file the actor's organisation may see (own, or shared by consent); otherwise 404. */
  async load(tx: Db, actor: Actor, id: string) {
    const found = await repo.findClient(tx, actor.organisationId, id);
    if (!found) throw AppError.notFound('Cliënt niet gevonden.');
    return found;
  }

  /** A client file the actor's organisation owns: a partner with consent may read, not change (403). */
  async loadOwned(tx: Db, actor: Actor, id: string) {
    const found = await this.load(tx, actor, id);
    if (!ownsClient(actor, found.client)) {
      throw AppError.forbidden('Dit dossier is met uw organisatie gedeeld om in te zien; wijzigen kan alleen de eigen gemeente.');
    }
    return found;
  }

  private async toClient(tx: Db, actor: Actor, found: NonNullable<Awaited<ReturnType<typeof repo.findClient>>>): Promise<Client> {
    const c = found.client;
    const latest = await latestAssessment(tx, c.id);
    return {
      id: c.id,
      organisationId: c.organisationId,
      organisationName: found.organisationName,
      shared: c.organisationId !== actor.organisationId,
      bsn: c.bsn,
      firstName: c.firstName,
      surnamePrefix: c.surnamePrefix,
      surname: c.surname,
      displayName: displayName(c),
      dateOfBirth: c.dateOfBirth,
      gender: c.gender as Client['gender'],
      email: c.email,
      phone: c.phone,
      address: {
        street: c.street,
        houseNumber: c.houseNumber,
        houseNumberAddition: c.houseNumberAddition,
        postcode: c.postcode,
        city: c.city,
      },
      educationLevel: c.educationLevel as Client['educationLevel'],
      benefitType: c.benefitType as Client['benefitType'],
      hoursAvailable: c.hoursAvailable,
      drivingLicence: c.drivingLicence,
      maxTravelKm: c.maxTravelKm,
      languages: c.languages,
      targetGroups: c.targetGroups as Client['targetGroups'],
      // Special-category data leaves only for roles that need it; for others the key is absent.
      ...(mayViewHealth(actor.roles) ? { healthLimitations: c.healthLimitations } : {}),
      wantedOccupationUris: c.wantedOccupationUris,
      wantedIscoCodes: c.wantedIscoCodes,
      skills: c.skills,
      availableFrom: c.availableFrom,
      caseManager: c.caseManagerId && found.caseManagerName ? { id: c.caseManagerId, name: found.caseManagerName } : null,
      latestLadder: latest ? toLadderAssessment(latest) : null,
      version: c.version,
      createdAt: c.createdAt.toISOString(),
      updatedAt: c.updatedAt.toISOString(),
    };
  }
}

/**
 * The ISCO-08 unit group of each wanted occupation, in order; an unknown occupation is a 400 naming
 * wantedOccupationUris.N.
 */
async function wantedIscoCodesOf(tx: Db, uris: string[]): Promise<string[]> {
  const found = new Map((await repo.findOccupations(tx, [...new Set(uris)])).map((o) => [o.uri, o.iscoCode]));
  const problems = uris.flatMap((uri, i) =>
    found.has(uri)
      ? []
      : [{ name: `wantedOccupationUris.${i}`, code: 'unknown_occupation', reason: 'Dit beroep staat niet in de beroepenlijst (ESCO).' }],
  );
  if (problems.length > 0) throw AppError.invalid(problems);
  return uris.map((uri) => found.get(uri)!);
}

function duplicateBsn(): AppError {
  return new AppError('duplicate_bsn', 'Er staat al een cliënt met dit BSN in het bestand van uw organisatie.', [
    { name: 'bsn', code: 'duplicate', reason: 'Dit BSN is al geregistreerd bij uw organisatie.' },
  ]);
}

function toSummary(r: Awaited<ReturnType<typeof repo.listClients>>['rows'][number], actor: Actor): ClientSummary {
  return {
    id: r.id,
    displayName: displayName(r),
    dateOfBirth: r.dateOfBirth,
    postcode: r.postcode,
    city: r.city,
    benefitType: r.benefitType as ClientSummary['benefitType'],
    bsnMasked: maskBsn(r.bsn),
    latestRung: r.latestRung === null ? null : Number(r.latestRung),
    organisationName: r.organisationName,
    shared: r.organisationId !== actor.organisationId,
  };
}

function toConsent(r: Awaited<ReturnType<typeof repo.listConsents>>[number]): Consent {
  return {
    id: r.consent.id,
    organisationId: r.consent.organisationId,
    organisationName: r.organisationName,
    grantedAt: r.consent.grantedAt.toISOString(),
    grantedBy: r.grantedBy,
    withdrawnAt: r.consent.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: r.withdrawnBy,
    validUntil: r.consent.validUntil,
    inForce: consentInForce(r.consent, todayInAmsterdam()),
    note: r.consent.note,
  };
}

function toColumns(i: ClientInput) {
  return {
    bsn: i.bsn,
    firstName: i.firstName,
    surnamePrefix: i.surnamePrefix,
    surname: i.surname,
    searchName: searchName(i),
    dateOfBirth: i.dateOfBirth,
    gender: i.gender,
    email: i.email,
    phone: i.phone,
    street: i.address.street,
    houseNumber: i.address.houseNumber,
    houseNumberAddition: i.address.houseNumberAddition,
    postcode: i.address.postcode,
    city: i.address.city,
    educationLevel: i.educationLevel,
    benefitType: i.benefitType,
    hoursAvailable: i.hoursAvailable,
    drivingLicence: i.drivingLicence,
    maxTravelKm: i.maxTravelKm,
    languages: i.languages,
    targetGroups: i.targetGroups,
    healthLimitations: i.healthLimitations,
    wantedOccupationUris: i.wantedOccupationUris,
    skills: i.skills,
    availableFrom: i.availableFrom,
  };
}

function fromRow(c: repo.ClientRow): ClientInput {
  return {
    bsn: c.bsn,
    firstName: c.firstName,
    surnamePrefix: c.surnamePrefix,
    surname: c.surname,
    dateOfBirth: c.dateOfBirth,
    gender: c.gender as ClientInput['gender'],
    email: c.email,
    phone: c.phone,
    address: {
      street: c.street,
      houseNumber: c.houseNumber,
      houseNumberAddition: c.houseNumberAddition,
      postcode: c.postcode,
      city: c.city,
    },
    educationLevel: c.educationLevel as ClientInput['educationLevel'],
    benefitType: c.benefitType as ClientInput['benefitType'],
    hoursAvailable: c.hoursAvailable,
    drivingLicence: c.drivingLicence,
    maxTravelKm: c.maxTravelKm,
    languages: c.languages,
    targetGroups: c.targetGroups as ClientInput['targetGroups'],
    healthLimitations: c.healthLimitations,
    wantedOccupationUris: c.wantedOccupationUris,
    skills: c.skills,
    availableFrom: c.availableFrom,
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
