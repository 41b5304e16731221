import { AppError, type InvalidParam } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { addDays, amsterdamWallClock, todayInAmsterdam } from '../../kernel/dates.ts';
import type { Db } from '../../platform/db/database.ts';
import { hasRole, type Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import type { AgendaService } from '../agenda/index.ts';
import type { ClientsService } from '../clients/index.ts';
import { findUserById } from '../identity/index.ts';
import { findOrganisation, listOrganisations } from '../organisations/index.ts';
import { AFTERCARE_ACTIVITIES as P } from './aftercare.activities.ts';
import type {
  AftercareReport,
  Assessment,
  BecomeClientInput,
  DomainInput,
  HandoverInput,
  NoticeSummary,
  ProlificInput,
  ReleaseNotice,
  ReleaseNoticeInput,
  ReleaseWithoutNoticeInput,
} from './aftercare.api.ts';
import { coordinatesNotice, maySeeNotice } from './aftercare.policy.ts';
import * as repo from './aftercare.repo.ts';
import {
  ASSESSMENT_MOMENTS,
  assessmentDueFrom,
  LIFE_DOMAINS,
  notifiedInTime,
  releaseDay,
  suppress,
  SUPPRESS_BELOW,
  type AssessmentMoment,
  type LifeDomain,
  type SupportLine,
} from './aftercare.rules.ts';

/** The row of the groups too small to name. */
export const OTHER_LABEL = 'Overige (elk minder dan 10)';

const notFound = () => AppError.notFound('Nazorgmelding niet gevonden.');
/** The agenda entry of a warm handover says no more than this: no person, institution or place. */
export const HANDOVER_APPOINTMENT_TITLE = 'Warme overdracht';
const HANDOVER_MINUTES = 60;
const conflict = (param: InvalidParam) => new AppError('conflict', param.reason, [param]);
const invalid = (param: InvalidParam) => AppError.invalid([param]);

type DomainsIn = Partial<Record<LifeDomain, DomainInput>>;

/**
 * Aftercare for ex-prisoners (nazorg): release notices from penitentiary institutions, the life domains,
 * warm handovers, support for prolific offenders, and the step into the municipality's client file.
 * Criminal-justice data (GDPR art. 10) stays in this module: only the coordinator of the municipality and
 * the notifying institution's staff see a notice (policy and row-level security), the processing log
 * holds the pseudonymised BSN and the activity only, and the client file gets the basic data alone.
 */
export class AftercareService {
  constructor(
    private readonly useCase: UseCase,
    private readonly audit: AuditTrail,
    private readonly clients: ClientsService,
    private readonly agenda: AgendaService,
    private readonly today: () => string = () => todayInAmsterdam(),
  ) {}

  // Notices ---------------------------------------------------------------------------------------------

  async send(actor: Actor, input: ReleaseNoticeInput, trail: Trail): Promise<ReleaseNotice> {
    const id = newId();
    return this.useCase(actor, trail, { action: 'aftercare.notice.send', objectType: 'release_notice', objectId: id }, async (tx) => {
      if (actor.organisationKind !== 'penitentiaire_inrichting') {
        throw AppError.forbidden('Alleen een penitentiaire inrichting verstuurt een ontslagmelding.');
      }
      if (input.institutionId !== undefined && input.institutionId !== actor.organisationId) {
        throw invalid({
          name: 'institutionId',
          code: 'not_own_institution',
          reason: 'U kunt alleen namens uw eigen inrichting melden.',
        });
      }
      await requireMunicipality(tx, input.municipalityId, 'municipalityId');
      const today = this.today();
      await repo.insertNotice(tx, {
        id,
        municipalityId: input.municipalityId,
        institutionId: actor.organisationId,
        withoutNotice: false,
        bsn: input.bsn,
        firstName: input.firstName,
        surnamePrefix: input.surnamePrefix,
        surname: input.surname,
        dateOfBirth: input.dateOfBirth,
        notifiedOn: today,
        detentionStartedOn: input.detentionStartedOn,
        expectedReleaseOn: input.expectedReleaseOn,
        activities: input.activities,
        createdById: actor.userId,
        createdByName: actor.name,
      });
      const notice = (await repo.findNotice(tx, actor.organisationId, id))!;
      await this.writeDomains(tx, actor, notice, input.domains);
      await this.snapshot(tx, actor, notice, 'notice', today);
      await this.audit.processing(tx, actor, trail, P.aftercareRecord, [input.bsn]);
      return this.detail(tx, notice, actor);
    });
  }

  async registerWithoutNotice(actor: Actor, input: ReleaseWithoutNoticeInput, trail: Trail): Promise<ReleaseNotice> {
    const id = newId();
    return this.useCase(
      actor,
      trail,
      { action: 'aftercare.notice.without_notice', objectType: 'release_notice', objectId: id },
      async (tx) => {
        if (actor.organisationKind !== 'gemeente') throw AppError.forbidden('Alleen een gemeente legt een ontslag zonder melding vast.');
        if (input.institutionId !== null) {
          const inst = await findOrganisation(tx, input.institutionId);
          if (!inst || inst.kind !== 'penitentiaire_inrichting') {
            throw invalid({ name: 'institutionId', code: 'unknown_institution', reason: 'Onbekende penitentiaire inrichting.' });
          }
        }
        const today = this.today();
        await repo.insertNotice(tx, {
          id,
          municipalityId: actor.organisationId,
          institutionId: input.institutionId,
          withoutNotice: true,
          bsn: input.bsn,
          firstName: input.firstName,
          surnamePrefix: input.surnamePrefix,
          surname: input.surname,
          dateOfBirth: input.dateOfBirth,
          notifiedOn: today,
          detentionStartedOn: input.detentionStartedOn,
          expectedReleaseOn: input.releaseOn,
          releasedOn: input.releaseOn <= today ? input.releaseOn : null,
          activities: input.activities,
          createdById: actor.userId,
          createdByName: actor.name,
        });
        const notice = (await repo.findNotice(tx, actor.organisationId, id))!;
        await this.writeDomains(tx, actor, notice, input.domains);
        await this.snapshot(tx, actor, notice, notice.releasedOn ? 'release' : 'notice', today);
        await this.audit.processing(tx, actor, trail, P.aftercareRecord, [input.bsn]);
        return this.detail(tx, notice, actor);
      },
    );
  }

  async list(actor: Actor, status: 'open' | 'all', trail: Trail): Promise<NoticeSummary[]> {
    return this.useCase(actor, trail, { action: 'aftercare.notice.list', objectType: 'release_notice', objectId: null }, async (tx) => {
      const today = this.today();
      const rows = (await repo.listNotices(tx, actor.organisationId)).filter(
        (n) => maySeeNotice(actor, n) && (status === 'all' || n.releasedOn === null || addDays(n.releasedOn, 183) >= today),
      );
      const handovers = await repo.handoversOf(
        tx,
        rows.map((r) => r.id),
      );
      const names = await organisationNames(tx);
      await this.audit.processing(
        tx,
        actor,
        trail,
        P.aftercareView,
        rows.map((r) => r.bsn),
      );
      const withHandover = new Set(handovers.filter((h) => h.status === 'planned').map((h) => h.noticeId));
      return rows.map((n) => summary(n, names, withHandover.has(n.id)));
    });
  }

  async get(actor: Actor, id: string, trail: Trail): Promise<ReleaseNotice> {
    return this.useCase(actor, trail, { action: 'aftercare.notice.read', objectType: 'release_notice', objectId: id }, async (tx) => {
      const notice = await this.load(tx, actor, id);
      await this.audit.processing(tx, actor, trail, P.aftercareView, [notice.bsn]);
      return this.detail(tx, notice, actor);
    });
  }

  // Life domains, release and assessments ------------------------------------------------------------------

  async updateDomain(actor: Actor, id: string, domain: LifeDomain, input: DomainInput, trail: Trail): Promise<ReleaseNotice> {
    return this.useCase(actor, trail, { action: 'aftercare.domain.update', objectType: 'release_notice', objectId: id }, async (tx) => {
      const notice = await this.load(tx, actor, id);
      await this.writeDomains(tx, actor, notice, { [domain]: input });
      await this.audit.processing(tx, actor, trail, P.aftercareRecord, [notice.bsn]);
      return this.detail(tx, notice, actor);
    });
  }

  async recordRelease(actor: Actor, id: string, releasedOn: string, trail: Trail): Promise<ReleaseNotice> {
    return this.useCase(actor, trail, { action: 'aftercare.release.record', objectType: 'release_notice', objectId: id }, async (tx) => {
      const notice = await this.load(tx, actor, id);
      if (notice.releasedOn !== null) {
        throw conflict({ name: 'releasedOn', code: 'already_released', reason: 'Het ontslag is al vastgelegd.' });
      }
      if (releasedOn > this.today()) {
        throw invalid({ name: 'releasedOn', code: 'in_future', reason: 'Leg het ontslag vast op of na de dag zelf.' });
      }
      if (notice.detentionStartedOn !== null && releasedOn < notice.detentionStartedOn) {
        throw invalid({
          name: 'releasedOn',
          code: 'release_before_detention',
          reason: 'De ontslagdatum ligt vóór het begin van de detentie.',
        });
      }
      await repo.updateNotice(tx, id, { releasedOn });
      const updated = (await repo.findNotice(tx, actor.organisationId, id))!;
      await this.snapshot(tx, actor, updated, 'release', this.today());
      await this.audit.processing(tx, actor, trail, P.aftercareRecord, [notice.bsn]);
      return this.detail(tx, updated, actor);
    });
  }

  async recordAssessment(actor: Actor, id: string, moment: 'month3' | 'month6', trail: Trail): Promise<ReleaseNotice> {
    return this.useCase(actor, trail, { action: 'aftercare.assessment.record', objectType: 'release_notice', objectId: id }, async (tx) => {
      const notice = await this.loadCoordinated(tx, actor, id);
      if (notice.releasedOn === null) {
        throw conflict({ name: 'moment', code: 'not_released', reason: 'Leg eerst het ontslag vast.' });
      }
      const today = this.today();
      const from = assessmentDueFrom(moment, notice.releasedOn)!;
      if (today < from) {
        throw conflict({ name: 'moment', code: 'too_early', reason: `Deze meting kan vanaf ${from} worden vastgelegd.` });
      }
      if (!(await this.snapshot(tx, actor, notice, moment, today))) {
        throw conflict({ name: 'moment', code: 'already_recorded', reason: 'Deze meting is al vastgelegd.' });
      }
      await this.audit.processing(tx, actor, trail, P.aftercareRecord, [notice.bsn]);
      return this.detail(tx, notice, actor);
    });
  }

  // Warm handover -------------------------------------------------------------------------------------------

  async planHandover(actor: Actor, id: string, input: HandoverInput, trail: Trail): Promise<ReleaseNotice> {
    return this.useCase(actor, trail, { action: 'aftercare.handover.plan', objectType: 'release_notice', objectId: id }, async (tx) => {
      const notice = await this.load(tx, actor, id);
      const startsAt = new Date(input.startsAt);
      const day = amsterdamWallClock(startsAt).date;
      if (!notice.withoutNotice && day > releaseDay(notice)) {
        throw invalid({
          name: 'startsAt',
          code: 'after_release',
          reason: 'Een warme overdracht vindt plaats vóór of op de dag van ontslag.',
        });
      }
      const appointmentId = await this.handoverAppointment(tx, actor, startsAt, input.participants);
      await repo.insertHandover(tx, {
        id: newId(),
        noticeId: id,
        municipalityId: notice.municipalityId,
        institutionId: notice.institutionId,
        startsAt,
        place: input.place,
        participants: input.participants.map((p) => ({ name: p.name, organisation: p.organisation, role: p.role, userId: p.userId })),
        note: input.note,
        createdById: actor.userId,
        organisationId: actor.organisationId,
        createdByName: actor.name,
        appointmentId,
      });
      await this.audit.processing(tx, actor, trail, P.aftercareRecord, [notice.bsn]);
      return this.detail(tx, notice, actor);
    });
  }

  // Coordinator: prolific offenders, work, the client file -----------------------------------------------------

  async updateProlific(actor: Actor, id: string, input: ProlificInput, trail: Trail): Promise<ReleaseNotice> {
    return this.useCase(actor, trail, { action: 'aftercare.prolific.update', objectType: 'release_notice', objectId: id }, async (tx) => {
      const notice = await this.loadCoordinated(tx, actor, id);
      if (!input.prolificOffender && (input.supportLines.length > 0 || input.caseConferenceOn !== null)) {
        throw invalid({
          name: 'prolificOffender',
          code: 'support_without_flag',
          reason: 'Extra ondersteuning en een casusoverleg horen bij een veelpleger.',
        });
      }
      await repo.updateNotice(tx, id, {
        prolificOffender: input.prolificOffender,
        supportLines: [...new Set(input.supportLines)],
        caseConferenceOn: input.caseConferenceOn,
        caseConferenceNotes: input.caseConferenceNotes,
      });
      await this.audit.processing(tx, actor, trail, P.aftercareRecord, [notice.bsn]);
      return this.detail(tx, (await repo.findNotice(tx, actor.organisationId, id))!, actor);
    });
  }

  async recordWork(actor: Actor, id: string, workStartedOn: string | null, trail: Trail): Promise<ReleaseNotice> {
    return this.useCase(actor, trail, { action: 'aftercare.work.record', objectType: 'release_notice', objectId: id }, async (tx) => {
      const notice = await this.loadCoordinated(tx, actor, id);
      if (workStartedOn !== null && notice.detentionStartedOn !== null && workStartedOn < notice.detentionStartedOn) {
        throw invalid({ name: 'workStartedOn', code: 'before_detention', reason: 'Het werk kan niet vóór de detentie begonnen zijn.' });
      }
      await repo.updateNotice(tx, id, { workStartedOn });
      await this.audit.processing(tx, actor, trail, P.aftercareRecord, [notice.bsn]);
      return this.detail(tx, (await repo.findNotice(tx, actor.organisationId, id))!, actor);
    });
  }

  /**
   * One click: find the person's client file in the municipality by BSN, or open one with the basic data
   * (name, BSN, date of birth) and what the person consents to (address, contact). Nothing about the
   * detention goes into the client file; the notice only keeps the link.
   */
  async becomeClient(
    actor: Actor,
    id: string,
    input: BecomeClientInput,
    trail: Trail,
  ): Promise<{ noticeId: string; clientId: string; created: boolean }> {
    const notice = await this.useCase(
      actor,
      trail,
      { action: 'aftercare.client.check', objectType: 'release_notice', objectId: id },
      async (tx) => {
        const n = await this.loadCoordinated(tx, actor, id);
        return {
          bsn: n.bsn,
          firstName: n.firstName,
          surnamePrefix: n.surnamePrefix,
          surname: n.surname,
          dateOfBirth: n.dateOfBirth,
          clientId: n.clientId,
        };
      },
    );
    if (notice.clientId) return { noticeId: id, clientId: notice.clientId, created: false };
    const existing = (await this.clients.searchByBsn(actor, notice.bsn, trail)).items.find((c) => !c.shared);
    let clientId: string;
    let created = false;
    if (existing) {
      clientId = existing.id;
    } else {
      const client = await this.clients.register(
        actor,
        {
          bsn: notice.bsn,
          firstName: notice.firstName,
          surnamePrefix: notice.surnamePrefix,
          surname: notice.surname,
          dateOfBirth: notice.dateOfBirth,
          gender: input.gender,
          email: input.email,
          phone: input.phone,
          address: input.address,
          // To be completed by the klantmanager at intake; the notice carries none of this.
          educationLevel: 'geen',
          benefitType: 'geen',
          hoursAvailable: 0,
          drivingLicence: false,
          maxTravelKm: 0,
          languages: [],
          targetGroups: [],
          healthLimitations: null,
          wantedOccupationUris: [],
          skills: [],
          availableFrom: null,
        },
        trail,
      );
      clientId = client.id;
      created = true;
    }
    return this.useCase(actor, trail, { action: 'aftercare.client.link', objectType: 'release_notice', objectId: id }, async (tx) => {
      const n = await this.loadCoordinated(tx, actor, id);
      if (n.clientId && n.clientId !== clientId) return { noticeId: id, clientId: n.clientId, created: false };
      await repo.updateNotice(tx, id, { clientId });
      await this.audit.processing(tx, actor, trail, P.aftercareClient, [n.bsn]);
      return { noticeId: id, clientId, created };
    });
  }

  // Choices and report --------------------------------------------------------------------------------------

  async organisations(actor: Actor, trail: Trail) {
    return this.useCase(actor, trail, { action: 'aftercare.organisations', objectType: 'organisation', objectId: null }, async (tx) => {
      const all = (await listOrganisations(tx)).filter((o) => o.active);
      const pick = (kind: string) => all.filter((o) => o.kind === kind).map((o) => ({ id: o.id, name: o.name }));
      return { municipalities: pick('gemeente'), institutions: pick('penitentiaire_inrichting') };
    });
  }

  async report(actor: Actor, q: { from: string; to: string; scope: 'municipality' | 'region' }, trail: Trail): Promise<AftercareReport> {
    return this.useCase(actor, trail, { action: 'aftercare.report', objectType: 'report', objectId: null }, async (tx) => {
      if (actor.organisationKind !== 'gemeente') throw AppError.forbidden('De nazorgcijfers zijn er voor gemeenten.');
      if (q.scope === 'region' && !actor.organisationRegion) {
        throw invalid({ name: 'scope', code: 'no_region', reason: 'Uw gemeente hoort bij geen arbeidsmarktregio.' });
      }
      const rows = await repo.reportFigures(tx, q.from, q.to, q.scope === 'region');
      const names = await organisationNames(tx);
      let suppressed = false;
      const shown = (raw: repo.ReportGroupRow | Omit<repo.ReportGroupRow, 'municipality_id' | 'institution_id'>) => {
        const s = (n: number) => {
          const v = suppress(n);
          if (v === null) suppressed = true;
          return v;
        };
        return {
          notices: s(raw.notices),
          withoutNotice: s(raw.without_notice),
          notifiedInTime: s(raw.in_time),
          warmHandovers: s(raw.handovers),
          arrangedAtRelease: s(raw.arranged_release),
          assessedAfter6Months: s(raw.assessed_6m),
          arrangedAfter6Months: s(raw.arranged_6m),
          outflowToWork: s(raw.work),
        };
      };
      // A group with fewer than 10 notices is not named (its name alone would say someone came from there):
      // such groups are folded into one "Overige" row.
      const group = (key: (r: repo.ReportGroupRow) => string | null, none: string) => {
        const map = new Map<string | null, repo.ReportGroupRow[]>();
        for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
        const named: { key: string | null; label: string; rows: repo.ReportGroupRow[] }[] = [];
        const small: repo.ReportGroupRow[] = [];
        for (const [k, rs] of map) {
          if (sumRows(rs).notices < SUPPRESS_BELOW) small.push(...rs);
          else named.push({ key: k, label: k ? (names.get(k) ?? k) : none, rows: rs });
        }
        if (small.length > 0) suppressed = true;
        const out = named
          .sort((a, b) => a.label.localeCompare(b.label, 'nl'))
          .map((g) => ({ key: g.key, label: g.label, ...shown(sumRows(g.rows)) }));
        if (small.length > 0) out.push({ key: null, label: OTHER_LABEL, ...shown(sumRows(small)) });
        return out;
      };
      const perInstitution = group((r) => r.institution_id, 'Onbekende inrichting');
      const perMunicipality = group((r) => r.municipality_id, '');
      const total = shown(sumRows(rows));
      return {
        from: q.from,
        to: q.to,
        scope: q.scope,
        suppressedBelow: SUPPRESS_BELOW,
        suppressed,
        total,
        perInstitution,
        perMunicipality,
      };
    });
  }

  // Helpers ---------------------------------------------------------------------------------------------------

  /** A notice the actor may see (its municipality's coordinator, its institution's staff); otherwise 404. */
  private async load(tx: Db, actor: Actor, id: string): Promise<repo.NoticeRow> {
    const notice = await repo.findNotice(tx, actor.organisationId, id);
    if (!notice || !maySeeNotice(actor, notice)) throw notFound();
    return notice;
  }

  /** The municipality's side only: the institution's staff may read the notice but not do this (403). */
  private async loadCoordinated(tx: Db, actor: Actor, id: string): Promise<repo.NoticeRow> {
    const notice = await this.load(tx, actor, id);
    if (!coordinatesNotice(actor, notice)) throw AppError.forbidden('Dit doet de nazorgcoördinator van de gemeente.');
    return notice;
  }

  private async writeDomains(tx: Db, actor: Actor, notice: repo.NoticeRow, domains: DomainsIn): Promise<void> {
    const existing = new Set((await repo.domainsOf(tx, [notice.id])).map((d) => d.domain));
    for (const domain of LIFE_DOMAINS) {
      const input = domains[domain];
      if (!input && existing.has(domain)) continue;
      await repo.upsertDomain(tx, {
        noticeId: notice.id,
        municipalityId: notice.municipalityId,
        institutionId: notice.institutionId,
        domain,
        status: input?.status ?? 'in_progress',
        owner: input?.owner ?? null,
        notes: input?.notes ?? null,
        plannedOn: input?.plannedOn ?? null,
        updatedById: actor.userId,
      });
    }
  }

  /** Keep the domains' state at a moment; false when that moment was kept before. */
  private async snapshot(tx: Db, actor: Actor, notice: repo.NoticeRow, moment: AssessmentMoment, today: string): Promise<boolean> {
    const domains = await repo.domainsOf(tx, [notice.id]);
    return repo.insertAssessment(tx, {
      id: newId(),
      noticeId: notice.id,
      municipalityId: notice.municipalityId,
      institutionId: notice.institutionId,
      moment,
      domains: LIFE_DOMAINS.map((d) => ({ domain: d, status: domains.find((x) => x.domain === d)?.status ?? 'in_progress' })),
      recordedOn: today,
      recordedById: actor.userId,
    });
  }

  /**
   * The warm handover in the planner's agenda and that of the colleagues named as participants who are
   * Werkplein users (each with the municipality's aftercare role, 400 naming the participant otherwise): a
   * neutral appointment "Warme overdracht" of an hour, without client, place, note or institution, so it shows
   * in no client file, timeline or portal, and the .ics export carries no detention detail. Only the
   * municipality's coordinator keeps an agenda; an institution names its own staff without a user link.
   */
  private async handoverAppointment(
    tx: Db,
    actor: Actor,
    startsAt: Date,
    participants: HandoverInput['participants'],
  ): Promise<string | null> {
    const userIds: string[] = [];
    for (const [i, p] of participants.entries()) {
      if (p.userId === null) continue;
      const user = await findUserById(tx, p.userId);
      const fits =
        hasRole(actor, 'nazorgcoordinator') &&
        actor.organisationKind === 'gemeente' &&
        user !== null &&
        user.active &&
        user.organisationId === actor.organisationId &&
        user.roles.includes('nazorgcoordinator');
      if (!fits) {
        throw invalid({
          name: `participants.${i}.userId`,
          code: 'not_an_aftercare_colleague',
          reason: 'Koppel alleen nazorgcoördinatoren van de eigen gemeente; noem anderen met naam en organisatie.',
        });
      }
      userIds.push(p.userId);
    }
    if (!(hasRole(actor, 'nazorgcoordinator') && actor.organisationKind === 'gemeente')) return null;
    return this.agenda.planLinked(tx, actor, {
      origin: 'aftercare_handover',
      title: HANDOVER_APPOINTMENT_TITLE,
      startsAt,
      endsAt: new Date(startsAt.getTime() + HANDOVER_MINUTES * 60_000),
      participantUserIds: userIds,
    });
  }

  private async detail(tx: Db, notice: repo.NoticeRow, actor: Actor): Promise<ReleaseNotice> {
    const [domains, assessments, handovers, names] = await Promise.all([
      repo.domainsOf(tx, [notice.id]),
      repo.assessmentsOf(tx, notice.id),
      repo.handoversOf(tx, [notice.id]),
      organisationNames(tx),
    ]);
    return {
      ...summary(
        notice,
        names,
        handovers.some((h) => h.status === 'planned'),
      ),
      bsn: notice.bsn,
      firstName: notice.firstName,
      surnamePrefix: notice.surnamePrefix,
      surname: notice.surname,
      activities: notice.activities,
      domains: LIFE_DOMAINS.flatMap((d) => {
        const row = domains.find((x) => x.domain === d);
        return row
          ? [
              {
                domain: d,
                status: row.status as DomainInput['status'],
                owner: row.owner,
                notes: row.notes,
                plannedOn: row.plannedOn,
                updatedAt: row.updatedAt.toISOString(),
              },
            ]
          : [];
      }),
      assessments: [...assessments]
        .sort((a, b) => ASSESSMENT_MOMENTS.indexOf(a.moment as AssessmentMoment) - ASSESSMENT_MOMENTS.indexOf(b.moment as AssessmentMoment))
        .map((a): Assessment => ({
          moment: a.moment as AssessmentMoment,
          recordedOn: a.recordedOn,
          domains: a.domains as Assessment['domains'],
        })),
      handovers: handovers.map((h) => ({
        id: h.id,
        startsAt: h.startsAt.toISOString(),
        place: h.place,
        participants: h.participants.map((p) => ({ name: p.name, organisation: p.organisation, role: p.role, userId: p.userId ?? null })),
        note: h.note,
        plannedByName: h.createdByName,
        createdAt: h.createdAt.toISOString(),
        status: h.status as 'planned' | 'cancelled',
        plannedByOwnOrganisation: h.organisationId === actor.organisationId,
      })),
      supportLines: notice.supportLines as SupportLine[],
      caseConferenceOn: notice.caseConferenceOn,
      caseConferenceNotes: notice.caseConferenceNotes,
      workStartedOn: notice.workStartedOn,
      createdByName: notice.createdByName,
      createdAt: notice.createdAt.toISOString(),
    };
  }
}

async function requireMunicipality(tx: Db, id: string, field: string): Promise<void> {
  const org = await findOrganisation(tx, id);
  if (!org || org.kind !== 'gemeente' || !org.active) {
    throw invalid({ name: field, code: 'unknown_municipality', reason: 'Kies een bestaande gemeente.' });
  }
}

async function organisationNames(tx: Db): Promise<Map<string, string>> {
  return new Map((await listOrganisations(tx)).map((o) => [o.id, o.name]));
}

function summary(n: repo.NoticeRow, names: Map<string, string>, handoverPlanned: boolean): NoticeSummary {
  return {
    id: n.id,
    municipalityId: n.municipalityId,
    municipalityName: names.get(n.municipalityId) ?? '',
    institutionId: n.institutionId,
    institutionName: n.institutionId ? (names.get(n.institutionId) ?? null) : null,
    withoutNotice: n.withoutNotice,
    displayName: [n.firstName, n.surnamePrefix, n.surname].filter(Boolean).join(' '),
    dateOfBirth: n.dateOfBirth,
    notifiedOn: n.notifiedOn,
    detentionStartedOn: n.detentionStartedOn,
    expectedReleaseOn: n.expectedReleaseOn,
    releasedOn: n.releasedOn,
    notifiedInTime: notifiedInTime(n),
    handoverPlanned,
    prolificOffender: n.prolificOffender,
    clientId: n.clientId,
  };
}

function sumRows(rows: readonly Omit<repo.ReportGroupRow, 'municipality_id' | 'institution_id'>[]) {
  const keys = ['notices', 'without_notice', 'in_time', 'handovers', 'arranged_release', 'assessed_6m', 'arranged_6m', 'work'] as const;
  return Object.fromEntries(keys.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)])) as Record<(typeof keys)[number], number>;
}
