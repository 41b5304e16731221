import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { newId } from '../../../src/kernel/ids.ts';
import type { Role } from '../../../src/kernel/roles.ts';
import { inTenant, type Db } from '../../../src/platform/db/database.ts';
import type { AdminSql } from '../../../src/platform/db/admin.ts';
import type { Config } from '../../../src/platform/config.ts';
import { employers } from '../../../src/modules/employers/employers.schema.ts';
import { organisations } from '../../../src/modules/organisations/organisations.schema.ts';
import { createTestApp, type Agent, type TestApp } from '../../harness.ts';
import { clientInput, type World } from '../../factories.ts';

/**
 * Helpers for the vacancies, proposals, placements and results tests. Reference data (occupations, PC4
 * areas) may only be written by the schema owner, so it goes in before the application opens the database.
 */

export const OCCUPATIONS = {
  schoonmaker: {
    uri: 'http://data.europa.eu/esco/occupation/303a1e34-cb16-4054-b323-81e5eec17397',
    code: '9112.2',
    iscoCode: '9112',
    label: 'schoonmaker gebouwen',
    alt: ['schoonmaakster', 'schoonmaker'],
  },
  lasser: {
    uri: 'http://data.europa.eu/esco/occupation/7aedaa07-3884-4c5b-88f9-80997b2aa54b',
    code: '7212.3',
    iscoCode: '7212',
    label: 'lasser',
    alt: ['gaslasster', 'staallasster'],
  },
  heftruck: {
    uri: 'http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755',
    code: '8344.1',
    iscoCode: '8344',
    label: 'heftruckchauffeur',
    alt: ['chauffeur vorkheftruck', 'bestuurder heftruck'],
  },
  orderpicker: {
    uri: 'http://data.europa.eu/esco/occupation/cd94def5-3442-4c2e-ae3d-0761a3008bcb',
    code: '9333.8.1',
    iscoCode: '9333',
    label: 'orderpicker',
    alt: ['orderverzamelaar'],
  },
} as const;

const ISCO_GROUPS: [string, string][] = [
  ['9', 'Elementaire beroepen'],
  ['91', 'Huishoudelijke hulpen en schoonmakers'],
  ['911', 'Huishoudelijke hulpen en schoonmakers in huishoudens, hotels en kantoren'],
  ['9112', 'Schoonmakers in hotels, kantoren e.d.'],
  ['93', 'Ongeschoolde arbeiders in de mijnbouw, de bouwnijverheid, de industrie en het vervoer'],
  ['933', 'Ongeschoolde arbeiders op het gebied van vervoer en opslag'],
  ['9333', 'Laders en lossers'],
  ['7', 'Ambachtslieden'],
  ['72', 'Metaalarbeiders, machinemonteurs e.d.'],
  ['721', 'Plaat- en constructiewerkers, metaalgieters en lassers e.d.'],
  ['7212', 'Lassers en snijders'],
  ['8', 'Bedieningspersoneel van machines en installaties, assembleurs'],
  ['83', 'Bestuurders van voertuigen en bedieningspersoneel van mobiele installaties'],
  ['834', 'Bedieningspersoneel van mobiele installaties'],
  ['8344', 'Heftruckbestuurders'],
];

/** PC4 centroids (4pp.csv): pc4, place, municipality, lat, lon. */
export const POSTCODE_AREAS: [string, string, string, number, number][] = [
  ['5611', 'Eindhoven', 'Eindhoven', 51.4370843, 5.4802261],
  ['5612', 'Eindhoven', 'Eindhoven', 51.4478224, 5.475826],
  ['5651', 'Eindhoven', 'Eindhoven', 51.457903, 5.42896],
  ['5038', 'Tilburg', 'Tilburg', 51.5565973, 5.0787408],
  ['5211', "'s-Hertogenbosch", "'s-Hertogenbosch", 51.6880132, 5.3003778],
  ['1012', 'Amsterdam', 'Amsterdam', 52.3733862, 4.8940639],
];

/** Inserts the few reference rows these tests need (idempotent, so it can run after another fixture). */
export async function seedReference(admin: AdminSql): Promise<void> {
  for (const [code, label] of ISCO_GROUPS) {
    await admin.query('INSERT INTO isco_groups (code, level, label_nl) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING', [
      code,
      code.length,
      label,
    ]);
  }
  for (const o of Object.values(OCCUPATIONS)) {
    await admin.query(
      'INSERT INTO occupations (uri, code, isco_code, label_nl, alt_labels_nl, search_text) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (uri) DO NOTHING',
      [o.uri, o.code, o.iscoCode, o.label, o.alt, [o.label, ...o.alt].join('\n').toLowerCase()],
    );
  }
  for (const [pc4, place, municipality, lat, lon] of POSTCODE_AREAS) {
    await admin.query(
      'INSERT INTO postcode_areas (pc4, lat, lon, place, municipality_name) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (pc4) DO NOTHING',
      [pc4, lat, lon, place, municipality],
    );
  }
}

/** A test app whose database holds the reference rows above. */
export function createVacancyTestApp(config: Partial<Config> = {}): Promise<TestApp> {
  return createTestApp(config, { beforeOpen: seedReference });
}

/** Each test file has a database of its own; a random base keeps KvK numbers apart from other factories'. */
const KVK_BASE = 40_000_000 + Math.floor(Math.random() * 500) * 100_000;
let kvkSeq = 0;
/** An employer row, written directly (the employers module has its own tests). */
export async function createEmployer(
  db: Db,
  registeredByOrganisationId: string,
  overrides: { name?: string; portalOrganisationId?: string | null } = {},
): Promise<{ id: string; name: string }> {
  const id = newId();
  const name = overrides.name ?? `Schoonmaakbedrijf Blinkend ${newId().slice(0, 6)}`;
  const kvk = String(KVK_BASE + kvkSeq++);
  await inTenant(db, null, (tx) =>
    tx.insert(employers).values({
      id,
      kvkNumber: kvk,
      name,
      sbiCode: '8121',
      sizeClass: '50-249',
      street: 'Fuutlaan',
      houseNumber: 12,
      postcode: '5613 AB',
      city: 'Eindhoven',
      portalOrganisationId: overrides.portalOrganisationId ?? null,
      registeredByOrganisationId,
    }),
  );
  return { id, name };
}

/** Puts an organisation in a labour-market region (region-wide visibility and results depend on it). */
export async function setRegion(db: Db, organisationId: string, region: string | null): Promise<void> {
  await inTenant(db, null, (tx) => tx.update(organisations).set({ region }).where(eq(organisations.id, organisationId)));
}

/** A valid vacancy body; overrides may be invalid on purpose. */
export function vacancyInput(employerId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    employerId,
    occupationUri: OCCUPATIONS.schoonmaker.uri,
    title: 'Schoonmaker kantoren (avond)',
    description: 'Kantoren schoonmaken in het centrum van Eindhoven, maandag tot en met vrijdag.',
    hoursPerWeek: 24,
    postcode: '5611',
    positions: 2,
    educationLevel: 'vmbo',
    drivingLicenceRequired: false,
    skills: ['Schoonmaken', 'zelfstandig werken'],
    startDate: '2027-01-04',
    wageMinCents: 1_400_000,
    wageMaxCents: 1_650_000,
    visibility: 'own',
    ...overrides,
  };
}

const BSN_BASE = 47_000_000;
let bsnSeq = 0;
/** Unique valid BSNs for these tests (the general factory's sequence can repeat one). */
export function nextBsn(): string {
  for (;;) {
    const digits = String(BSN_BASE + bsnSeq++);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
    if (sum % 11 < 10) return digits + String(sum % 11);
  }
}

export async function newClient(km: Agent, overrides: Record<string, unknown> = {}): Promise<{ id: string; bsn: string; surname: string }> {
  const res = await km.post('/api/v1/clients', clientInput({ bsn: nextBsn(), ...overrides }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function newVacancy(
  agent: Agent,
  employerId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const res = await agent.post('/api/v1/vacancies', vacancyInput(employerId, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function propose(
  km: Agent,
  vacancyId: string,
  clientId: string,
  introductionConsent = false,
): Promise<{ id: string } & Record<string, unknown>> {
  const res = await km.post(`/api/v1/vacancies/${vacancyId}/proposals`, { clientId, introductionConsent });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export const PLACEMENT = { contractType: 'tijdelijk', hours: 24, startDate: '2026-01-05', wageSubsidy: true, jobCoaching: false } as const;

// Access table: per organisation, the things a sample request needs -----------------------------------

type OrgKey = 'A' | 'B' | 'R' | 'P';
interface SampleCtx {
  t: TestApp;
  world: World;
  org: OrgKey;
  role: Role;
}

/** An id for a caller whose role the route refuses anyway (403 comes before the id is looked at). */
const REFUSED = '00000000-0000-4000-8000-000000000000';

const employerOf = new WeakMap<TestApp, Promise<string>>();
const vacancyOf = new WeakMap<TestApp, Map<OrgKey, Promise<string>>>();

/** One employer per test app for the vacancy samples. */
export function vacancyEmployerFor(c: SampleCtx): Promise<string> {
  if (!employerOf.has(c.t))
    employerOf.set(
      c.t,
      createEmployer(c.t.services.database.db, c.world.orgs.A.id).then((e) => e.id),
    );
  return employerOf.get(c.t)!;
}

/** A fresh open vacancy of the caller's organisation. */
export async function freshVacancyFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (roles && !roles.includes(c.role)) return REFUSED;
  const wga = await c.world.agent(c.org, 'werkgeversadviseur');
  return (await newVacancy(wga, await vacancyEmployerFor(c), { positions: 1000 })).id;
}

/** One open vacancy per organisation, reused by the samples that only read, change or propose. */
export function vacancyFor(c: SampleCtx): Promise<string> {
  if (!vacancyOf.has(c.t)) vacancyOf.set(c.t, new Map());
  const perOrg = vacancyOf.get(c.t)!;
  if (!perOrg.has(c.org)) perOrg.set(c.org, freshVacancyFor(c));
  return perOrg.get(c.org)!;
}

/** A new client of the caller's organisation (for callers the route admits). */
export async function clientFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (roles && !roles.includes(c.role)) return REFUSED;
  return (await newClient(await c.world.agent(c.org, 'klantmanager'), { surname: `Kandidaat${newId().slice(0, 6)}` })).id;
}

/** A client of the caller's organisation, proposed for that organisation's vacancy. */
export async function proposalFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (roles && !roles.includes(c.role)) return REFUSED;
  const km = await c.world.agent(c.org, 'klantmanager');
  return (await propose(km, await vacancyFor(c), await clientFor(c))).id;
}

/** As proposalFor, then placed (start 2026-01-05, so the 6-month check can be recorded). */
export async function placedProposalFor(c: SampleCtx, roles?: readonly Role[]): Promise<string> {
  if (roles && !roles.includes(c.role)) return REFUSED;
  const id = await proposalFor(c);
  const res = await (
    await c.world.agent(c.org, 'klantmanager')
  ).patch(`/api/v1/proposals/${id}`, { status: 'placed', placement: PLACEMENT });
  expect(res.statusCode, res.body).toBe(200);
  return id;
}
