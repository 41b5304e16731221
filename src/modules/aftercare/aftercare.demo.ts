import type { PgTable } from 'drizzle-orm/pg-core';
import { addDays, amsterdamInstant } from '../../kernel/dates.ts';
import { createPrng, hashString, type Prng } from '../../kernel/prng.ts';
import type { Role } from '../../kernel/roles.ts';
import { inTenant, type Db } from '../../platform/db/database.ts';
import { addMonths, LIFE_DOMAINS, SUPPORT_LINES, type DomainStatus, type LifeDomain } from './aftercare.rules.ts';
import { releaseNoticeAssessments, releaseNoticeDomains, releaseNoticeHandovers, releaseNotices } from './aftercare.schema.ts';

/** What the aftercare demo needs of the core demo (a subset of the demo seed context, src/platform/demo.ts). */
export interface AftercareDemoContext {
  db: Db;
  today: string;
  organisations: readonly { id: string; key: string; name: string; kind: string }[];
  users: readonly { id: string; name: string; organisationId: string; roles: readonly Role[] }[];
  clients: readonly { bsn: string }[];
  id(key: string): string;
}

/**
 * Ex-prisoners who settled in each city in 2004 (the seed, "Nazorg als preventie"): the demo gives each
 * municipality this many release notices in the last twelve months, so the report shows the real volumes.
 */
export const RELEASES_PER_YEAR: Readonly<Record<string, number>> = {
  eindhoven: 535,
  tilburg: 500,
  breda: 292,
  shertogenbosch: 276,
  helmond: 156,
};

/** Share of notices per institution (by demo key); Vught is the Brabant institution. */
const INSTITUTION_WEIGHTS: Readonly<Record<string, number>> = { 'pi-vught': 55, 'pi-roermond': 25, 'pi-dordrecht': 20 };
/** The emergency path: the municipality hears of the release only afterwards. */
const WITHOUT_NOTICE = 0.1;
/** Of the notices sent, this share reaches the municipality at least four weeks before release. */
const IN_TIME = 0.62;
const PROLIFIC = 0.09;

/** How an institution knows the basic conditions at notice: [status, weight] per domain. */
const AT_NOTICE: Readonly<Record<LifeDomain, readonly (readonly [DomainStatus, number])[]>> = {
  id_document: [
    ['arranged', 45],
    ['in_progress', 35],
    ['problem', 20],
  ],
  housing: [
    ['arranged', 30],
    ['in_progress', 35],
    ['problem', 35],
  ],
  income_work: [
    ['arranged', 15],
    ['in_progress', 55],
    ['problem', 30],
  ],
  debts: [
    ['arranged', 10],
    ['in_progress', 30],
    ['problem', 35],
    ['not_needed', 25],
  ],
  care: [
    ['arranged', 25],
    ['in_progress', 25],
    ['problem', 15],
    ['not_needed', 35],
  ],
  social_network: [
    ['arranged', 40],
    ['in_progress', 30],
    ['problem', 20],
    ['not_needed', 10],
  ],
};

const OWNERS: Readonly<Record<LifeDomain, readonly string[]>> = {
  id_document: ['Casemanager PI', 'Nazorgcoördinator', 'Burgerzaken'],
  housing: ['Woningcorporatie', 'Maatschappelijke opvang', 'Nazorgcoördinator', 'Reclassering Nederland'],
  income_work: ['Klantmanager Werk en Inkomen', 'Casemanager PI', 'Werkgeversservicepunt'],
  debts: ['Schuldhulpverlening gemeente', 'Wijkteam', 'Budgetcoach'],
  care: ['GGZ', 'Verslavingszorg Novadic-Kentron', 'Huisarts', 'Wijkteam'],
  social_network: ['Reclassering Nederland', 'Wijkteam', 'Maatje via Exodus'],
};

const NOTES: Readonly<Record<LifeDomain, Readonly<Partial<Record<DomainStatus, string>>>>> = {
  id_document: {
    arranged: 'Geldige ID-kaart aanwezig.',
    in_progress: 'Aanvraag ID-kaart loopt.',
    problem: 'Geen ID-bewijs; geen postadres voor de aanvraag.',
  },
  housing: {
    arranged: 'Terug naar eigen woning.',
    in_progress: 'Urgentieaanvraag ingediend.',
    problem: 'Geen woonadres na ontslag; opvang nog niet geregeld.',
  },
  income_work: {
    arranged: 'Uitkering aangevraagd op de dag van ontslag.',
    in_progress: 'Bijstandsaanvraag voorbereid met de klantmanager.',
    problem: 'Geen inkomen vanaf ontslag; aanvraag nog niet gedaan.',
  },
  debts: {
    arranged: 'Schuldregeling loopt.',
    in_progress: 'Intake schuldhulp gepland.',
    problem: 'Schulden onbekend van omvang; CJIB-boetes.',
  },
  care: {
    arranged: 'Behandeling loopt door na ontslag.',
    in_progress: 'Aanmelding bij de GGZ loopt.',
    problem: 'Zorgverzekering beëindigd tijdens detentie.',
  },
  social_network: {
    arranged: 'Steun van familie.',
    in_progress: 'Contact met familie wordt hersteld.',
    problem: 'Oud netwerk; terugval dreigt.',
  },
};

const ACTIVITIES = [
  'Arbeid in de inrichting (productiehal), 20 uur per week.',
  'Basiseducatie Nederlands en rekenen.',
  'Training Cognitieve Vaardigheden (Reclassering).',
  'VCA-certificaat behaald.',
  'Heftruckcertificaat behaald; arbeid in de logistiek van de inrichting.',
  'Leefstijltraining en sportprogramma.',
  'Arbeid in de keuken van de inrichting; hygiënecertificaat.',
  'Mbo-entree-opleiding begonnen via het Leerwerkloket.',
];

const FIRST_NAMES = [
  'Mohamed',
  'Kevin',
  'Dennis',
  'Ricardo',
  'Mark',
  'Youssef',
  'Stefan',
  'Jeroen',
  'Ahmet',
  'Patrick',
  'Danny',
  'Sander',
  'Bilal',
  'Robin',
  'Marco',
  'Tim',
  'Jordy',
  'Erik',
  'Samir',
  'Nick',
  'Rachid',
  'Bas',
  'Mustafa',
  'Ronald',
  'Jamal',
  'Sanne',
  'Priscilla',
  'Linda',
  'Fatima',
  'Naomi',
  'Kelly',
  'Sevda',
];
const SURNAMES: readonly (readonly [string | null, string])[] = [
  [null, 'Bakker'],
  ['van', 'Dijk'],
  [null, 'Jansen'],
  ['de', 'Vries'],
  [null, 'El Amrani'],
  [null, 'Yilmaz'],
  [null, 'Martens'],
  ['van den', 'Heuvel'],
  [null, 'Verhoeven'],
  [null, 'Kramer'],
  [null, 'Bouzid'],
  [null, 'Pinas'],
  [null, 'Hendriks'],
  ['van der', 'Linden'],
  [null, 'Şahin'],
  [null, 'Mulder'],
  [null, 'Schouten'],
  [null, 'Kaya'],
  [null, 'Smits'],
  [null, 'Wouters'],
  [null, 'Brouwer'],
  [null, 'Benali'],
  [null, 'Goossens'],
  ['van', 'Gils'],
  [null, 'Rasenberg'],
  [null, 'Tahiri'],
];

type NoticeRow = typeof releaseNotices.$inferInsert;
type DomainRow = typeof releaseNoticeDomains.$inferInsert;
type AssessmentRow = typeof releaseNoticeAssessments.$inferInsert;
type HandoverRow = typeof releaseNoticeHandovers.$inferInsert;

/** The rows one user writes, in one tenant transaction of their own (row-level security checks the writer). */
interface Batch {
  organisationId: string;
  userId: string;
  notices: NoticeRow[];
  domains: DomainRow[];
  assessments: AssessmentRow[];
  handovers: HandoverRow[];
}

function weighted<T>(rng: Prng, items: readonly (readonly [T, number])[]): T {
  return rng.weighted(items);
}

/** A BSN that passes the 11-test (weights 9..2 and -1), not in `used`. */
function demoBsn(rng: Prng, used: Set<string>): string {
  for (;;) {
    const digits = [rng.int(1, 9), ...Array.from({ length: 7 }, () => rng.int(0, 9))];
    const sum = digits.reduce((s, d, i) => s + d * (9 - i), 0);
    const last = sum % 11;
    if (last > 9) continue;
    const bsn = [...digits, last].join('');
    if (used.has(bsn)) continue;
    used.add(bsn);
    return bsn;
  }
}

/** A domain's next state: most unresolved domains get arranged over time, a few slip back. */
function progress(rng: Prng, status: DomainStatus, pArranged: number): DomainStatus {
  if (status === 'arranged' || status === 'not_needed') return rng.chance(0.04) ? 'problem' : status;
  if (rng.chance(pArranged)) return 'arranged';
  if (status === 'problem') return rng.chance(0.3) ? 'in_progress' : 'problem';
  return rng.chance(0.08) ? 'problem' : 'in_progress';
}

const snapshot = (state: Record<LifeDomain, DomainStatus>) => LIFE_DOMAINS.map((domain) => ({ domain, status: state[domain] }));
const at = (date: string, time: string) => amsterdamInstant(date, time);

/**
 * The aftercare demo: for each demo municipality a year's release notices (the seed's 2004 volumes per city),
 * notified over the last twelve months by the demo's three institutions — about 62% of the notices sent
 * in time (at least four weeks before release), the rest late, and one in ten releases registered by the
 * coordinator without notice. Warm handovers for most notices in time and a third of the late ones; the life
 * domains at notice, at release and after three and six months, most arranged over time; about one in eleven
 * a prolific offender with extra support lines and a case conference; a fifth of the released at work within
 * months. Each row is written as its author (institution staff or the municipality's coordinator) within
 * row-level security, in one bulk transaction per author. Dates are relative to the day the demo is loaded.
 */
export async function seedAftercareDemo(ctx: AftercareDemoContext): Promise<{ notices: number; handovers: number; assessments: number }> {
  const institutions = ctx.organisations
    .filter((o) => o.kind === 'penitentiaire_inrichting')
    .map((o) => ({ org: o, user: ctx.users.find((u) => u.organisationId === o.id && u.roles.includes('inrichtingsmedewerker')) }))
    .filter((i): i is { org: (typeof ctx.organisations)[number]; user: AftercareDemoContext['users'][number] } => i.user !== undefined);
  if (institutions.length === 0) return { notices: 0, handovers: 0, assessments: 0 };
  const institutionChoice = institutions.map((i) => [i, INSTITUTION_WEIGHTS[i.org.key] ?? 10] as const);
  const usedBsns = new Set(ctx.clients.map((c) => c.bsn));
  const batches = new Map<string, Batch>();
  const batchOf = (organisationId: string, userId: string): Batch => {
    const key = `${organisationId}:${userId}`;
    let batch = batches.get(key);
    if (!batch) {
      batch = { organisationId, userId, notices: [], domains: [], assessments: [], handovers: [] };
      batches.set(key, batch);
    }
    return batch;
  };
  const today = ctx.today;

  for (const municipality of ctx.organisations.filter((o) => o.kind === 'gemeente')) {
    const perYear = RELEASES_PER_YEAR[municipality.key];
    const coordinator = ctx.users.find((u) => u.organisationId === municipality.id && u.roles.includes('nazorgcoordinator'));
    if (!perYear || !coordinator) continue;
    const own = batchOf(municipality.id, coordinator.id);
    const root = createPrng(hashString(`aftercare:${municipality.key}`));

    for (let i = 0; i < perYear; i++) {
      const rng = root.fork(`notice:${i}`);
      const id = ctx.id(`aftercare:notice:${municipality.key}:${i}`);
      // Notified evenly over the last twelve months (today included).
      const notifiedOn = addDays(today, -Math.min(364, Math.floor(((i + rng.next()) / perYear) * 365)));
      const withoutNotice = rng.chance(WITHOUT_NOTICE);
      const inTime = !withoutNotice && rng.chance(IN_TIME);
      const lead = withoutNotice ? -rng.int(0, 10) : inTime ? rng.int(28, 100) : rng.int(0, 27);
      const releaseDay = addDays(notifiedOn, lead);
      const released = releaseDay <= today;
      const sentence = weighted(rng, [
        [rng.int(14, 90), 50],
        [rng.int(91, 365), 30],
        [rng.int(366, 1460), 20],
      ] as const);
      const detentionStartedOn = withoutNotice && rng.chance(0.3) ? null : addDays(releaseDay, -sentence);
      const institution = withoutNotice && rng.chance(0.3) ? null : weighted(rng, institutionChoice);
      const author = withoutNotice || !institution ? own : batchOf(institution.org.id, institution.user.id);
      const authorName = withoutNotice || !institution ? coordinator.name : institution.user.name;
      const [prefix, surname] = rng.pick(SURNAMES);
      const prolific = rng.chance(PROLIFIC);
      const supportLines = prolific ? SUPPORT_LINES.filter(() => rng.chance(0.6)) : [];
      const conference = prolific && rng.chance(0.8) ? addDays(releaseDay, rng.int(-7, 21)) : null;
      const workStartedOn = released && addDays(releaseDay, 60) <= today && rng.chance(0.22) ? addDays(releaseDay, rng.int(30, 150)) : null;

      // The life domains: as known at notice, then at release and after three and six months.
      let state = Object.fromEntries(
        LIFE_DOMAINS.map((d) => [
          d,
          weighted(rng, withoutNotice ? AT_NOTICE[d].map(([s, w]) => [s, s === 'problem' ? w * 2 : w] as const) : AT_NOTICE[d]),
        ]),
      ) as Record<LifeDomain, DomainStatus>;
      const moments: { moment: 'notice' | 'release' | 'month3' | 'month6'; on: string; by: Batch }[] = [];
      if (!withoutNotice) moments.push({ moment: 'notice', on: notifiedOn, by: author });
      const stateAt: Record<string, Record<LifeDomain, DomainStatus>> = { notice: state };
      if (released) {
        if (!withoutNotice)
          state = Object.fromEntries(LIFE_DOMAINS.map((d) => [d, progress(rng, state[d], inTime ? 0.5 : 0.3)])) as typeof state;
        // Without notice the coordinator records the state at release on the day of registration.
        moments.push({ moment: 'release', on: withoutNotice ? notifiedOn : releaseDay, by: own });
        stateAt.release = state;
        for (const [moment, months, p, recorded] of [
          ['month3', 3, 0.35, 0.85],
          ['month6', 6, 0.25, 0.75],
        ] as const) {
          const due = addMonths(releaseDay, months);
          if (due > today || !rng.chance(recorded)) break;
          state = Object.fromEntries(LIFE_DOMAINS.map((d) => [d, progress(rng, state[d], p)])) as typeof state;
          const on = addDays(due, rng.int(0, 14));
          moments.push({ moment, on: on > today ? today : on, by: own });
          stateAt[moment] = state;
        }
      }
      const last = moments[moments.length - 1]!;

      author.notices.push({
        id,
        municipalityId: municipality.id,
        institutionId: institution?.org.id ?? null,
        withoutNotice,
        bsn: demoBsn(rng, usedBsns),
        firstName: rng.pick(FIRST_NAMES),
        surnamePrefix: prefix,
        surname,
        dateOfBirth: addDays(
          today,
          -Math.floor(
            365.25 *
              weighted(rng, [
                [rng.int(18, 24), 25],
                [rng.int(25, 39), 50],
                [rng.int(40, 62), 25],
              ] as const),
          ) - rng.int(0, 364),
        ),
        notifiedOn,
        detentionStartedOn,
        expectedReleaseOn: releaseDay,
        releasedOn: released ? releaseDay : null,
        activities: withoutNotice || rng.chance(0.15) ? null : ACTIVITIES.filter(() => rng.chance(0.3)).join(' ') || rng.pick(ACTIVITIES),
        prolificOffender: prolific,
        supportLines,
        caseConferenceOn: conference && conference <= addDays(today, 30) ? conference : null,
        caseConferenceNotes: conference ? 'Afspraken over begeleiding en dagbesteding met Reclassering, wijkteam en politie.' : null,
        clientId: null,
        workStartedOn: workStartedOn && workStartedOn <= today ? workStartedOn : null,
        createdById: author.userId,
        createdByName: authorName,
        createdAt: at(notifiedOn, '09:30'),
        updatedAt: at(last.on, '15:00'),
      });
      for (const m of moments) {
        m.by.assessments.push({
          id: ctx.id(`aftercare:assessment:${id}:${m.moment}`),
          noticeId: id,
          municipalityId: municipality.id,
          institutionId: institution?.org.id ?? null,
          moment: m.moment,
          domains: snapshot(stateAt[m.moment]!),
          recordedOn: m.on,
          recordedById: m.by.userId,
        });
      }
      // The current state, written by whoever looked last (the institution while only the notice is there).
      for (const d of LIFE_DOMAINS) {
        const status = state[d];
        const open = status === 'in_progress' || status === 'problem';
        last.by.domains.push({
          noticeId: id,
          municipalityId: municipality.id,
          institutionId: institution?.org.id ?? null,
          domain: d,
          status,
          owner: status === 'not_needed' ? null : rng.pick(OWNERS[d]),
          notes: NOTES[d][status] ?? null,
          plannedOn: open ? addDays(last.on > releaseDay ? last.on : releaseDay, rng.int(3, 45)) : null,
          updatedById: last.by.userId,
          updatedAt: at(last.on, '15:00'),
        });
      }
      // The warm handover: before release, planned a few days after the notice.
      const room = addDays(releaseDay, -1) > addDays(notifiedOn, 2);
      const planned = !withoutNotice && room && rng.chance(inTime ? 0.72 : 0.35) && addDays(notifiedOn, 2) <= today;
      if (planned && institution) {
        const span = Math.max(0, Math.round((Date.parse(releaseDay) - Date.parse(notifiedOn)) / 86_400_000) - 3);
        const day = addDays(notifiedOn, 2 + rng.int(0, span));
        const byInstitution = rng.chance(0.4);
        const planner = byInstitution ? author : own;
        planner.handovers.push({
          id: ctx.id(`aftercare:handover:${id}`),
          noticeId: id,
          municipalityId: municipality.id,
          institutionId: institution.org.id,
          startsAt: at(day, rng.pick(['10:00', '11:00', '13:30', '14:30'])),
          place: rng.chance(0.6) ? institution.org.name : 'Videoverbinding (beveiligd)',
          participants: [
            { name: institution.user.name, organisation: institution.org.name, role: 'Casemanager' },
            { name: coordinator.name, organisation: municipality.name, role: 'Nazorgcoördinator' },
            ...(rng.chance(0.4) ? [{ name: 'Reclasseringswerker', organisation: 'Reclassering Nederland', role: null }] : []),
          ],
          note: null,
          createdById: planner.userId,
          createdByName: byInstitution ? institution.user.name : coordinator.name,
          createdAt: at(addDays(notifiedOn, 1), '11:00'),
          organisationId: byInstitution ? institution.org.id : municipality.id,
        });
      }
    }
  }

  // Notices first (the other rows' policies look them up), each author in a transaction of their own.
  const totals = { notices: 0, handovers: 0, assessments: 0 };
  for (const b of batches.values()) {
    if (b.notices.length === 0) continue;
    await inTenant(ctx.db, { organisationId: b.organisationId, userId: b.userId }, (tx) => insertMany(tx, releaseNotices, b.notices));
    totals.notices += b.notices.length;
  }
  for (const b of batches.values()) {
    await inTenant(ctx.db, { organisationId: b.organisationId, userId: b.userId }, async (tx) => {
      await insertMany(tx, releaseNoticeDomains, b.domains);
      await insertMany(tx, releaseNoticeAssessments, b.assessments);
      await insertMany(tx, releaseNoticeHandovers, b.handovers);
    });
    totals.assessments += b.assessments.length;
    totals.handovers += b.handovers.length;
  }
  return totals;
}

async function insertMany<T extends PgTable>(tx: Db, table: T, rows: readonly T['$inferInsert'][], chunk = 200): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await tx.insert(table).values(rows.slice(i, i + chunk));
}
