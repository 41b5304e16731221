import { AppError } from '../../kernel/errors.ts';
import { todayInAmsterdam } from '../../kernel/dates.ts';
import type { Db } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import type { AuditTrail } from '../../platform/audit/audit.ts';
import type { UseCase } from '../../platform/audit/audited.ts';
import { MATCHING_ACTIVITIES } from './matching.activities.ts';
import type { Trail } from '../../platform/audit/trail.ts';
import { displayName } from '../clients/index.ts';
import type { Candidate, VacancyMatch } from './matching.api.ts';
import { MatchIndex, Vocabulary, type EntityInput } from './matching.engine.ts';
import {
  NO_DAY,
  dayNumber,
  educationOrdinal,
  explainMatch,
  iscoNumber,
  normaliseSkill,
  project,
  type SeekerFacts,
  type VacancyFacts,
} from './matching.rules.ts';
import * as repo from './matching.repo.ts';
import { candidatesOfOwnOrganisationOnly } from './matching.policy.ts';

const P = MATCHING_ACTIVITIES;
/** Client rows changed this long before the newest change seen are fetched again (commits can land late). */
const INCREMENTAL_OVERLAP_MS = 10 * 60 * 1000;

/** The job seekers one organisation may see, in an engine index, with what is needed to keep it current. */
interface SeekerSet {
  index: MatchIndex;
  slotOf: Map<string, number>;
  idOf: string[];
  versionOf: Map<string, number>;
  versionSum: number;
  lastUpdated: Date | null;
  fingerprint: repo.ClientFingerprint;
}

interface VacancySet {
  index: MatchIndex;
  idOf: string[];
  fingerprint: string;
}

/**
 * Explainable matching. The engine (matching.engine.ts) ranks; the rules (matching.rules.ts) explain.
 *
 * Tenancy: the job-seeker index of an organisation is built from the clients that organisation may see
 * under row-level security (own clients, and others' clients with an active consent), read in the actor's
 * tenant transaction. It is cached per organisation and checked on every request against a cheap
 * fingerprint (count and version sum of the visible clients, consent grants and withdrawals, PC4 areas):
 * changed clients are applied incrementally; a changed consent rebuilds it. The listed clients are read
 * once more under row-level security before anything leaves. Vacancies likewise, per organisation and
 * labour-market region (the visibility of vacancies depends on both).
 */
export class MatchingService {
  private readonly occupations = new Vocabulary();
  private readonly skills = new Vocabulary();
  private readonly organisationIndex = new Vocabulary();
  private readonly seekerSets = new Map<string, SeekerSet>();
  private readonly vacancySets = new Map<string, VacancySet>();
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
    private readonly useCase: UseCase,
  ) {}

  /** Ranked candidates for a vacancy among the clients the actor's organisation may see. */
  async candidatesForVacancy(actor: Actor, vacancyId: string, limit: number, trail: Trail): Promise<Candidate[]> {
    return this.useCase(actor, trail, { action: 'vacancy.match_candidates', objectType: 'vacancy', objectId: vacancyId }, async (tx) => {
      const vacancy = await repo.findMatchVacancy(tx, vacancyId);
      if (!vacancy) throw AppError.notFound('Vacature niet gevonden.');
      const set = await this.seekersFor(tx, actor.organisationId);
      const todayIso = todayInAmsterdam();
      // A werkgeversadviseur (without a client-file role) sees candidates of the own organisation only.
      const ownOnly = candidatesOfOwnOrganisationOnly(actor);
      const results = set.index.topForVacancy(this.vacancyQuery(vacancy), {
        k: limit,
        today: dayNumber(todayIso),
        organisation: ownOnly ? this.organisationIndex.id(actor.organisationId) : -1,
      });
      const ids = results.map((r) => set.idOf[r.slot]!);
      // Read the listed clients again under row-level security: nothing leaves that the user may not see.
      const listed = new Map((await repo.listedClients(tx, actor.organisationId, ids)).map((c) => [c.id, c]));
      const vFacts = vacancyFacts(vacancy);
      const out: Candidate[] = [];
      const bsns: string[] = [];
      for (const id of ids) {
        const c = listed.get(id);
        if (!c) continue;
        const explained = explainMatch(seekerFacts(c), vFacts, todayIso);
        out.push({ clientId: id, displayName: displayName(c), score: explained.score, parts: explained.parts });
        bsns.push(c.bsn);
      }
      await this.audit.processing(tx, actor, trail, P.matchCandidates, bsns);
      return out;
    });
  }

  /** Ranked open vacancies the actor's organisation may see, for one client it may see. */
  async vacanciesForClient(actor: Actor, clientId: string, limit: number, trail: Trail): Promise<VacancyMatch[]> {
    return this.useCase(actor, trail, { action: 'client.match_vacancies', objectType: 'client', objectId: clientId }, async (tx) => {
      const client = await repo.findMatchClient(tx, actor.organisationId, clientId);
      if (!client) throw AppError.notFound('Cliënt niet gevonden.');
      const set = await this.vacanciesFor(tx, actor.organisationId, actor.organisationRegion ?? null);
      const todayIso = todayInAmsterdam();
      const results = set.index.topForSeeker(this.seekerInput(client, true), { k: limit, today: dayNumber(todayIso) });
      const ids = results.map((r) => set.idOf[r.slot]!);
      const rows = new Map((await repo.openVacancies(tx, ids)).map((v) => [v.id, v]));
      const sFacts = seekerFacts(client);
      const out: VacancyMatch[] = [];
      for (const id of ids) {
        const v = rows.get(id);
        if (!v) continue;
        const explained = explainMatch(sFacts, vacancyFacts(v), todayIso);
        out.push({ vacancyId: v.id, title: v.title, employerName: v.employerName, score: explained.score, parts: explained.parts });
      }
      await this.audit.processing(tx, actor, trail, P.matchVacancies, [client.bsn]);
      return out;
    });
  }

  // Job seekers ---------------------------------------------------------------------------------------

  /** The organisation's job-seeker index, brought up to date inside the actor's tenant transaction. */
  private seekersFor(tx: Db, organisationId: string): Promise<SeekerSet> {
    return this.exclusive(`seekers:${organisationId}`, async () => {
      const fp = await repo.clientFingerprint(tx, organisationId);
      let set = this.seekerSets.get(organisationId);
      if (set && sameFingerprint(set.fingerprint, fp)) return set;
      if (
        set &&
        set.fingerprint.consentEvents === fp.consentEvents &&
        set.fingerprint.postcodeAreas === fp.postcodeAreas &&
        set.lastUpdated
      ) {
        // Only clients changed or added: apply those rows, then check the result against the fingerprint.
        const since = new Date(set.lastUpdated.getTime() - INCREMENTAL_OVERLAP_MS);
        for (const row of await repo.matchClients(tx, organisationId, since)) this.upsertSeeker(set, row);
        if (set.slotOf.size === fp.count && set.versionSum === fp.versionSum) {
          set.fingerprint = fp;
          return set;
        }
      }
      set = this.buildSeekers(await repo.matchClients(tx, organisationId), fp);
      this.seekerSets.set(organisationId, set);
      return set;
    });
  }

  private buildSeekers(rows: repo.MatchClientRow[], fp: repo.ClientFingerprint): SeekerSet {
    const index = new MatchIndex('seekers', { capacity: rows.length + 16 });
    index.addAll(rows.length, (i) => this.seekerInput(rows[i]!, false));
    const set: SeekerSet = { index, slotOf: new Map(), idOf: [], versionOf: new Map(), versionSum: 0, lastUpdated: null, fingerprint: fp };
    rows.forEach((r, slot) => {
      set.slotOf.set(r.id, slot);
      set.idOf[slot] = r.id;
      set.versionOf.set(r.id, r.version);
      set.versionSum += r.version;
      if (!set.lastUpdated || r.updatedAt > set.lastUpdated) set.lastUpdated = r.updatedAt;
    });
    return set;
  }

  private upsertSeeker(set: SeekerSet, row: repo.MatchClientRow): void {
    const slot = set.slotOf.get(row.id);
    const input = this.seekerInput(row, false);
    if (slot === undefined) {
      const s = set.index.add(input);
      set.slotOf.set(row.id, s);
      set.idOf[s] = row.id;
    } else {
      if (set.versionOf.get(row.id) === row.version) return;
      set.index.update(slot, input);
    }
    set.versionSum += row.version - (set.versionOf.get(row.id) ?? 0);
    set.versionOf.set(row.id, row.version);
    if (!set.lastUpdated || row.updatedAt > set.lastUpdated) set.lastUpdated = row.updatedAt;
  }

  // Vacancies -----------------------------------------------------------------------------------------

  private vacanciesFor(tx: Db, organisationId: string, region: string | null): Promise<VacancySet> {
    const key = `${organisationId}:${region ?? ''}`;
    return this.exclusive(`vacancies:${key}`, async () => {
      const fp = await repo.vacancyFingerprint(tx);
      const cached = this.vacancySets.get(key);
      if (cached && cached.fingerprint === fp) return cached;
      const rows = await repo.openVacancies(tx);
      const index = new MatchIndex('vacancies', { capacity: rows.length + 16 });
      index.addAll(rows.length, (i) => this.vacancyInput(rows[i]!, false));
      const set: VacancySet = { index, idOf: rows.map((r) => r.id), fingerprint: fp };
      this.vacancySets.set(key, set);
      return set;
    });
  }

  // Encoding ------------------------------------------------------------------------------------------

  /** asQuery: skills nobody has stay unknown (-1) instead of growing the vocabulary. */
  private seekerInput(r: repo.MatchClientRow, asQuery: boolean): EntityInput {
    const [keyHi, keyLo] = uuidKey(r.id);
    const loc = r.lat !== null && r.lon !== null ? project(r.lat, r.lon) : null;
    return {
      keyHi,
      keyLo,
      organisation: this.organisationIndex.id(r.organisationId),
      occupations: r.wantedOccupationUris.map((u) => this.occupations.id(u)),
      iscoCodes: r.wantedOccupationUris.map((_, i) => iscoNumber(r.wantedIscoCodes[i])),
      hasLocation: loc !== null,
      x: loc?.x ?? 0,
      y: loc?.y ?? 0,
      reach: r.maxTravelKm * 1000,
      hours: r.hoursAvailable,
      education: educationOrdinal(r.educationLevel),
      licence: r.drivingLicence,
      skills: this.skillIds(r.skills, asQuery),
      day: r.availableFrom ? dayNumber(r.availableFrom) : NO_DAY,
    };
  }

  private vacancyInput(v: repo.MatchVacancyRow, asQuery: boolean): EntityInput {
    const [keyHi, keyLo] = uuidKey(v.id);
    const loc = v.lat !== null && v.lon !== null ? project(v.lat, v.lon) : null;
    return {
      keyHi,
      keyLo,
      organisation: this.organisationIndex.id(v.organisationId),
      occupations: [this.occupations.id(v.occupationUri)],
      iscoCodes: [iscoNumber(v.iscoCode)],
      hasLocation: loc !== null,
      x: loc?.x ?? 0,
      y: loc?.y ?? 0,
      reach: 0,
      hours: v.hoursPerWeek,
      education: educationOrdinal(v.educationLevel),
      licence: v.drivingLicenceRequired,
      skills: this.skillIds(v.skills, asQuery),
      day: v.startDate ? dayNumber(v.startDate) : NO_DAY,
    };
  }

  private vacancyQuery(v: repo.MatchVacancyRow): EntityInput {
    return this.vacancyInput(v, true);
  }

  private skillIds(tags: readonly string[], asQuery: boolean): number[] {
    const distinct = [...new Set(tags.map(normaliseSkill))];
    return distinct.map((t) => (asQuery ? this.skills.find(t) : this.skills.id(t)));
  }

  /** Runs fn after any earlier fn with the same key has finished (one refresh of an index at a time). */
  private exclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(key) ?? Promise.resolve();
    const next = previous.then(fn, fn);
    const settled = next.catch(() => undefined);
    this.locks.set(key, settled);
    void settled.then(() => {
      if (this.locks.get(key) === settled) this.locks.delete(key);
    });
    return next;
  }
}

function sameFingerprint(a: repo.ClientFingerprint, b: repo.ClientFingerprint): boolean {
  return (
    a.count === b.count &&
    a.versionSum === b.versionSum &&
    a.consentEvents === b.consentEvents &&
    a.postcodeAreas === b.postcodeAreas &&
    (a.lastUpdated?.getTime() ?? 0) === (b.lastUpdated?.getTime() ?? 0)
  );
}

/**
 * A UUID as two safe integers (its first 13 and next 13 hex digits): comparing them numerically orders
 * like the UUID text, which is how equal scores are ordered.
 */
export function uuidKey(id: string): [number, number] {
  const hex = id.replace(/-/g, '').toLowerCase();
  return [parseInt(hex.slice(0, 13), 16), parseInt(hex.slice(13, 26), 16)];
}

function seekerFacts(r: repo.MatchClientRow): SeekerFacts {
  return {
    occupations: r.wantedOccupationUris.map((uri, i) => ({ uri, iscoCode: r.wantedIscoCodes[i] ?? null })),
    location: r.lat !== null && r.lon !== null ? project(r.lat, r.lon) : null,
    maxTravelKm: r.maxTravelKm,
    hoursAvailable: r.hoursAvailable,
    educationLevel: r.educationLevel,
    drivingLicence: r.drivingLicence,
    skills: r.skills,
    availableFrom: r.availableFrom,
  };
}

function vacancyFacts(v: repo.MatchVacancyRow): VacancyFacts {
  return {
    occupationUri: v.occupationUri,
    iscoCode: v.iscoCode,
    location: v.lat !== null && v.lon !== null ? project(v.lat, v.lon) : null,
    hoursPerWeek: v.hoursPerWeek,
    educationLevel: v.educationLevel,
    drivingLicenceRequired: v.drivingLicenceRequired,
    skills: v.skills,
    startDate: v.startDate,
  };
}
