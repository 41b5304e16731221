import { AppError, type InvalidParam } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { pc4 } from '../../kernel/postcode.ts';
import { inTenant, type Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { PortalVacancy, PublicVacancy, Vacancy, VacancyInput, VacancyPatch } from './vacancies.api.ts';
import * as repo from './vacancies.repo.ts';
import { statusAfterClose, wageRangeProblems } from './vacancies.rules.ts';
import { ownsVacancy } from './vacancies.policy.ts';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export class VacanciesService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly useCase: UseCase,
  ) {}

  async list(
    actor: Actor,
    query: { status?: string; employerId?: string; q?: string; page: number; pageSize: number },
    trail: Trail,
  ): Promise<Page<Vacancy>> {
    return this.useCase(actor, trail, { action: 'vacancy.list', objectType: 'vacancy', objectId: null }, async (tx) => {
      const { rows, total } = await repo.listVacancies(tx, {
        organisationId: actor.organisationId,
        regionCode: actor.organisationRegion ?? null,
        status: query.status,
        employerId: query.employerId,
        q: query.q || undefined,
        page: query.page,
        pageSize: query.pageSize,
      });
      return { items: rows.map((r) => toVacancy(r, actor)), total, page: query.page, pageSize: query.pageSize };
    });
  }

  async get(actor: Actor, id: string, trail: Trail): Promise<Vacancy> {
    return this.useCase(actor, trail, { action: 'vacancy.read', objectType: 'vacancy', objectId: id }, async (tx) =>
      toVacancy(await this.load(tx, id), actor),
    );
  }

  async create(actor: Actor, input: VacancyInput, trail: Trail): Promise<Vacancy> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'vacancy.create', objectType: 'vacancy', objectId: id }, async (tx) => {
      const problems: InvalidParam[] = [];
      if (!(await repo.findEmployer(tx, input.employerId))) {
        problems.push({ name: 'employerId', code: 'unknown_employer', reason: 'Deze werkgever is niet geregistreerd.' });
      }
      const occupation = await this.checkReferences(tx, actor, input, problems);
      if (problems.length) throw AppError.invalid(problems);
      await repo.insertVacancy(tx, {
        id,
        employerId: input.employerId,
        organisationId: actor.organisationId,
        regionCode: actor.organisationRegion ?? null,
        occupationUri: input.occupationUri,
        iscoCode: occupation!.iscoCode,
        title: input.title,
        description: input.description,
        hoursPerWeek: input.hoursPerWeek,
        postcode: input.postcode,
        positions: input.positions,
        educationLevel: input.educationLevel,
        drivingLicenceRequired: input.drivingLicenceRequired,
        skills: input.skills,
        startDate: input.startDate,
        wageMinCents: input.wageMinCents,
        wageMaxCents: input.wageMaxCents,
        visibility: input.visibility,
        status: 'open',
        createdById: actor.userId,
      });
      return toVacancy((await repo.findVacancy(tx, id))!, actor);
    });
  }

  async update(actor: Actor, id: string, patch: VacancyPatch, trail: Trail): Promise<Vacancy> {
    return this.useCase(actor, trail, { action: 'vacancy.update', objectType: 'vacancy', objectId: id }, async (tx) => {
      const found = await this.loadOwnedOpen(tx, actor, id);
      const v = found.vacancy;
      const merged = {
        occupationUri: patch.occupationUri ?? v.occupationUri,
        postcode: patch.postcode ?? v.postcode,
        visibility: patch.visibility ?? v.visibility,
        wageMinCents: patch.wageMinCents !== undefined ? patch.wageMinCents : v.wageMinCents,
        wageMaxCents: patch.wageMaxCents !== undefined ? patch.wageMaxCents : v.wageMaxCents,
      };
      const problems: InvalidParam[] = [];
      const occupation = await this.checkReferences(tx, actor, merged, problems);
      if (problems.length) throw AppError.invalid(problems);
      const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<repo.VacancyInsert>;
      await repo.updateVacancy(tx, id, actor.organisationId, {
        ...changes,
        iscoCode: occupation!.iscoCode,
        regionCode: actor.organisationRegion ?? null,
      });
      return toVacancy((await repo.findVacancy(tx, id))!, actor);
    });
  }

  async close(actor: Actor, id: string, reason: 'vervuld' | 'ingetrokken', trail: Trail): Promise<Vacancy> {
    return this.useCase(actor, trail, { action: 'vacancy.close', objectType: 'vacancy', objectId: id }, async (tx) => {
      await this.loadOwnedOpen(tx, actor, id);
      const status = statusAfterClose(reason);
      await repo.updateVacancy(tx, id, actor.organisationId, { status, filledAt: status === 'filled' ? new Date() : null });
      return toVacancy((await repo.findVacancy(tx, id))!, actor);
    });
  }

  /** The public vacancy site: no login, no tenant; only public, open vacancies, only public-safe fields. */
  async listPublic(query: { q?: string; page: number; pageSize: number }): Promise<Page<PublicVacancy>> {
    return inTenant(this.db, null, async (tx) => {
      const { rows, total } = await repo.listPublicVacancies(tx, { q: query.q || undefined, page: query.page, pageSize: query.pageSize });
      return {
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          occupationLabel: r.occupationLabel,
          employerName: r.employerName,
          city: r.city,
          hoursPerWeek: r.hoursPerWeek,
          startDate: r.startDate,
          wageMinCents: r.wageMinCents,
          wageMaxCents: r.wageMaxCents,
          description: r.description,
          publishedAt: r.openedAt.toISOString(),
        })),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    });
  }

  /** Employer portal: the vacancies of the employer this portal organisation belongs to. */
  async listForPortal(actor: Actor, trail: Trail): Promise<PortalVacancy[]> {
    return this.useCase(actor, trail, { action: 'portal.vacancies', objectType: 'vacancy', objectId: null }, async (tx) => {
      const rows = await repo.listPortalVacancies(tx, actor.organisationId);
      return rows.map((r) => ({
        id: r.vacancy.id,
        title: r.vacancy.title,
        occupationLabel: r.occupationLabel,
        hoursPerWeek: r.vacancy.hoursPerWeek,
        city: r.city,
        positions: r.vacancy.positions,
        startDate: r.vacancy.startDate,
        status: r.vacancy.status as PortalVacancy['status'],
        openedAt: r.vacancy.openedAt.toISOString(),
        filledAt: r.vacancy.filledAt?.toISOString() ?? null,
        proposals: Number(r.proposals),
      }));
    });
  }

  /** A vacancy the actor's organisation may see (own, region partner, public); otherwise 404. */
  async load(tx: Db, id: string): Promise<repo.VacancyDetailRow> {
    const found = await repo.findVacancy(tx, id);
    if (!found) throw AppError.notFound('Vacature niet gevonden.');
    return found;
  }

  /** Only the registering organisation changes a vacancy (others who see it get 403), and only while it is open. */
  private async loadOwnedOpen(tx: Db, actor: Actor, id: string): Promise<repo.VacancyDetailRow> {
    const found = await this.load(tx, id);
    if (!ownsVacancy(actor, found.vacancy)) {
      throw AppError.forbidden('Alleen de organisatie die de vacature heeft ingevoerd, kan haar wijzigen.');
    }
    if (found.vacancy.status !== 'open') throw new AppError('conflict', 'Deze vacature is gesloten en kan niet meer worden gewijzigd.');
    return found;
  }

  /** Occupation and PC4 area must exist in the reference data; 'region' needs a region; the wage range must be a range. */
  private async checkReferences(
    tx: Db,
    actor: Actor,
    v: { occupationUri: string; postcode: string; visibility: string; wageMinCents: number | null; wageMaxCents: number | null },
    problems: InvalidParam[],
  ) {
    const occupation = await repo.findOccupation(tx, v.occupationUri);
    if (!occupation)
      problems.push({ name: 'occupationUri', code: 'unknown_occupation', reason: 'Dit beroep staat niet in de beroepenlijst (ESCO).' });
    if (!(await repo.postcodeAreaExists(tx, pc4(v.postcode)))) {
      problems.push({ name: 'postcode', code: 'unknown_postcode', reason: 'Deze postcode bestaat niet.' });
    }
    if (v.visibility === 'region' && !actor.organisationRegion) {
      problems.push({
        name: 'visibility',
        code: 'no_region',
        reason: 'Uw organisatie hoort (nog) niet bij een arbeidsmarktregio. Kies "eigen organisatie" of "openbaar".',
      });
    }
    problems.push(...wageRangeProblems(v));
    return occupation;
  }
}

export function toVacancy(r: repo.VacancyDetailRow, actor: Actor): Vacancy {
  const v = r.vacancy;
  return {
    id: v.id,
    employerId: v.employerId,
    employerName: r.employerName,
    organisationId: v.organisationId,
    organisationName: r.organisationName,
    own: v.organisationId === actor.organisationId,
    regionCode: v.regionCode,
    occupationUri: v.occupationUri,
    occupationLabel: r.occupationLabel,
    iscoCode: v.iscoCode,
    title: v.title,
    description: v.description,
    hoursPerWeek: v.hoursPerWeek,
    postcode: v.postcode,
    city: r.city,
    positions: v.positions,
    educationLevel: v.educationLevel as Vacancy['educationLevel'],
    drivingLicenceRequired: v.drivingLicenceRequired,
    skills: v.skills,
    startDate: v.startDate,
    wageMinCents: v.wageMinCents,
    wageMaxCents: v.wageMaxCents,
    visibility: v.visibility as Vacancy['visibility'],
    status: v.status as Vacancy['status'],
    openedAt: v.openedAt.toISOString(),
    filledAt: v.filledAt?.toISOString() ?? null,
  };
}
