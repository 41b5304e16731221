import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../kernel/bsn.ts';
import { ageOn, isIsoDate } from '../../kernel/dates.ts';
import { normalisePostcode, pc4 } from '../../kernel/postcode.ts';
import { ORGANISATION_KINDS, ROLES } from '../../kernel/roles.ts';
import { MUNICIPALITIES } from './brabant.ts';
import {
  BENEFIT_TYPES,
  DEMO_PASSWORD,
  DEMO_REFERENCE_DATE,
  EDUCATION_LEVELS,
  GENDERS,
  TARGET_GROUPS,
  generateBsn,
  generateDemo,
  toClientInput,
  type DemoClient,
} from './demo-data.ts';
import { createPrng } from '../../kernel/prng.ts';

const demo = generateDemo();
const municipalityByKey = new Map(MUNICIPALITIES.map((m) => [m.key as string, m]));

describe('prng', () => {
  it('is deterministic per seed and stays in range', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    const r = createPrng(7);
    for (let i = 0; i < 2000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = r.int(-3, 3);
      expect(Number.isInteger(n) && n >= -3 && n <= 3).toBe(true);
    }
  });

  it('helpers behave', () => {
    const r = createPrng(1);
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = r.shuffle(items);
    expect(shuffled.slice().sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (let i = 0; i < 200; i++) {
      expect(
        r.weighted([
          ['a', 0],
          ['b', 1],
        ] as const),
      ).toBe('b');
      expect(items).toContain(r.pick(items));
    }
    expect(() => r.pick([])).toThrow(RangeError);
    expect(() => r.weighted([['a', 0]])).toThrow(RangeError);
    expect(() => r.int(2, 1)).toThrow(RangeError);
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (r.chance(0.3)) hits++;
    expect(hits).toBeGreaterThan(2700);
    expect(hits).toBeLessThan(3300);
    // fork does not advance the parent and is reproducible
    const p1 = createPrng(9);
    const p2 = createPrng(9);
    p1.fork('x').next();
    expect(p1.next()).toBe(p2.next());
    expect(createPrng(9).fork('x').next()).toBe(createPrng(9).fork('x').next());
    expect(createPrng(9).fork('x').next()).not.toBe(createPrng(9).fork('y').next());
  });
});

describe('generateDemo', () => {
  it('is byte-identical for the same seed and different for another seed', () => {
    const again = JSON.stringify(generateDemo(2026, 300));
    expect(again).toBe(JSON.stringify(demo));
    const other = generateDemo(2027, 300);
    expect(JSON.stringify(other)).not.toBe(again);
    expect(other.clients.map((c) => c.bsn)).not.toEqual(demo.clients.map((c) => c.bsn));
  });

  it('does not depend on the clock', () => {
    const realNow = Date.now;
    try {
      Date.now = () => 0;
      expect(JSON.stringify(generateDemo())).toBe(JSON.stringify(demo));
    } finally {
      Date.now = realNow;
    }
  });

  it('has 300 clients by default and honours clientCount', () => {
    expect(demo.clients).toHaveLength(300);
    expect(demo.seed).toBe(2026);
    expect(demo.referenceDate).toBe(DEMO_REFERENCE_DATE);
    expect(demo.password).toBe(DEMO_PASSWORD);
    expect(generateDemo(1, 17).clients).toHaveLength(17);
    expect(generateDemo(1, 0).clients).toHaveLength(0);
    expect(() => generateDemo(1, -1)).toThrow(RangeError);
    expect(() => generateDemo(1, 10, '2026-13-01')).toThrow(RangeError);
  });

  it('spreads clients roughly in proportion to population', () => {
    const total = MUNICIPALITIES.reduce((acc, m) => acc + m.population, 0);
    for (const m of MUNICIPALITIES) {
      const n = demo.clients.filter((c) => c.owningOrganisationKey === m.key).length;
      const expected = (300 * m.population) / total;
      expect(Math.abs(n - expected)).toBeLessThanOrEqual(Math.max(2, expected * 0.1));
    }
  });

  it('has the organisations of the contract', () => {
    const kinds = demo.organisations.map((o) => o.kind);
    for (const k of kinds) expect(ORGANISATION_KINDS).toContain(k);
    expect(kinds.filter((k) => k === 'platform')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'uwv')).toHaveLength(1);
    expect(kinds.filter((k) => k === 're_integratiebedrijf')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'non_profit')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'werkgever').length).toBeGreaterThanOrEqual(2);
    expect(demo.organisations.find((o) => o.kind === 'platform')!.name).toBe('Werkplein Brabant');
    const gemeenten = demo.organisations.filter((o) => o.kind === 'gemeente');
    expect(gemeenten.map((g) => [g.name, g.cbsCode, g.region])).toEqual([
      ["Gemeente 's-Hertogenbosch", 'GM0796', 'AM27'],
      ['Gemeente Eindhoven', 'GM0772', 'AM28'],
      ['Gemeente Tilburg', 'GM0855', 'AM26'],
      ['Gemeente Breda', 'GM0758', 'AM25'],
      ['Gemeente Helmond', 'GM0794', 'AM32'],
    ]);
    expect(new Set(demo.organisations.map((o) => o.key)).size).toBe(demo.organisations.length);
    expect(new Set(demo.organisations.map((o) => o.name)).size).toBe(demo.organisations.length);
  });

  it('has one user per sensible role per organisation, with contract e-mail addresses', () => {
    const orgKeys = new Set(demo.organisations.map((o) => o.key));
    expect(demo.users.map((u) => u.email)).toContain('klantmanager@eindhoven.demo.werkplein.nl');
    expect(demo.users.map((u) => u.email)).toContain('functioneel_beheerder@platform.demo.werkplein.nl');
    expect(demo.users.map((u) => u.email)).toContain('jobcoach@stapvoort.demo.werkplein.nl');
    for (const u of demo.users) {
      expect(orgKeys.has(u.organisationKey)).toBe(true);
      expect(u.roles).toHaveLength(1);
      expect(ROLES).toContain(u.roles[0]);
      expect(u.email).toBe(`${u.roles[0]}@${u.organisationKey}.demo.werkplein.nl`);
      expect(u.email).toMatch(/^[a-z_]+@[a-z0-9-]+\.demo\.werkplein\.nl$/);
      expect(u.name).toMatch(/^\S+( \S+)+$/);
    }
    expect(new Set(demo.users.map((u) => u.email)).size).toBe(demo.users.length);
    expect(new Set(demo.users.map((u) => u.key)).size).toBe(demo.users.length);
    expect(new Set(demo.users.map((u) => u.name)).size).toBe(demo.users.length);
    const gemeenteUsers = demo.users.filter((u) => u.organisationKey === 'eindhoven').map((u) => u.roles[0]);
    expect(gemeenteUsers).toHaveLength(9); // eight staff roles and the client-portal user
    expect(gemeenteUsers).not.toContain('jobcoach');
    expect(demo.users.filter((u) => u.organisationKey === 'uwv')).toHaveLength(3);
  });

  it('has one client-portal user per gemeente, linked to a client of that gemeente and named after them', () => {
    const portal = demo.users.filter((u) => u.roles[0] === 'werkzoekende');
    expect(portal.map((u) => u.email)).toEqual(MUNICIPALITIES.map((m) => `werkzoekende@${m.key}.demo.werkplein.nl`));
    for (const u of portal) {
      const client = demo.clients.find((c) => c.key === u.clientKey)!;
      expect(client.owningOrganisationKey).toBe(u.organisationKey);
      expect(u.name).toBe([client.firstName, client.surnamePrefix, client.surname].filter(Boolean).join(' '));
      // Old enough for the 2006 PRB pilot, still on the way to work, with a ladder history.
      expect(ageOn(client.dateOfBirth, DEMO_REFERENCE_DATE)).toBeGreaterThanOrEqual(40);
      expect(client.ladderAssessments.at(-1)!.rung).toBeLessThanOrEqual(4);
      expect(client.ladderAssessments.length).toBeGreaterThanOrEqual(2);
    }
    expect(demo.users.filter((u) => u.clientKey !== undefined)).toEqual(portal);
    // Small demos: a portal user only where the gemeente has a client at all.
    expect(generateDemo(1, 0).users.filter((u) => u.roles[0] === 'werkzoekende')).toHaveLength(0);
    const small = generateDemo(1, 3);
    for (const u of small.users.filter((x) => x.roles[0] === 'werkzoekende')) {
      expect(small.clients.find((c) => c.key === u.clientKey)!.owningOrganisationKey).toBe(u.organisationKey);
    }
  });

  it('gives every client every required field with allowed values', () => {
    const userKeys = new Set(demo.users.map((u) => u.key));
    for (const c of demo.clients) {
      expect(c.bsn).toMatch(/^\d{9}$/);
      expect(c.firstName.length).toBeGreaterThan(0);
      expect(c.surname.length).toBeGreaterThan(0);
      if ('surnamePrefix' in c) expect(c.surnamePrefix).toMatch(/^[a-z' ]+$/);
      expect(isIsoDate(c.dateOfBirth)).toBe(true);
      expect(GENDERS).toContain(c.gender);
      expect(EDUCATION_LEVELS).toContain(c.educationLevel);
      expect(BENEFIT_TYPES).toContain(c.benefitType);
      expect(Number.isInteger(c.hoursAvailable) && c.hoursAvailable >= 0 && c.hoursAvailable <= 60).toBe(true);
      expect(typeof c.drivingLicence).toBe('boolean');
      expect(Number.isInteger(c.maxTravelKm) && c.maxTravelKm >= 0 && c.maxTravelKm <= 250).toBe(true);
      expect(c.languages.length).toBeGreaterThan(0);
      expect(new Set(c.languages).size).toBe(c.languages.length);
      for (const g of c.targetGroups) expect(TARGET_GROUPS).toContain(g);
      expect(new Set(c.targetGroups).size).toBe(c.targetGroups.length);
      expect(c.healthLimitations === null || (typeof c.healthLimitations === 'string' && c.healthLimitations.length <= 2000)).toBe(true);
      if (c.email !== undefined) expect(c.email).toMatch(/^[a-z0-9.]+@example\.com$/);
      if (c.phone !== undefined) expect(c.phone).toMatch(/^06-\d{8}$/);
      expect(Number.isInteger(c.address.houseNumber) && c.address.houseNumber >= 1).toBe(true);
      expect(c.address.street.length).toBeGreaterThan(0);
      expect(userKeys.has(c.caseManagerKey)).toBe(true);
      expect(c.caseManagerKey).toBe(`${c.owningOrganisationKey}.klantmanager`);
      // no undefined values anywhere (absent instead)
      expect(JSON.stringify(c)).toBe(JSON.stringify(JSON.parse(JSON.stringify(c))));
      for (const v of Object.values(c)) expect(v).not.toBeUndefined();
    }
    expect(new Set(demo.clients.map((c) => c.key)).size).toBe(300);
  });

  it('gives every client a unique valid BSN', () => {
    for (const c of demo.clients) expect(isValidBsn(c.bsn), c.bsn).toBe(true);
    expect(new Set(demo.clients.map((c) => c.bsn)).size).toBe(demo.clients.length);
    const big = generateDemo(5, 3000);
    expect(new Set(big.clients.map((c) => c.bsn)).size).toBe(3000);
    const r = createPrng(3);
    for (let i = 0; i < 1000; i++) {
      const bsn = generateBsn(r);
      expect(isValidBsn(bsn)).toBe(true);
      expect(Number(bsn[0])).toBeGreaterThanOrEqual(1);
      expect(Number(bsn[0])).toBeLessThanOrEqual(6);
    }
  });

  it('puts every address in its own municipality with a normalised postcode', () => {
    for (const c of demo.clients) {
      const m = municipalityByKey.get(c.owningOrganisationKey)!;
      expect(normalisePostcode(c.address.postcode)).toBe(c.address.postcode);
      expect(m.pc4s).toContain(pc4(c.address.postcode));
      expect(m.streets).toContain(c.address.street);
      expect(c.address.city).toBe(m.city);
    }
  });

  it('keeps ages and target groups consistent', () => {
    let health = 0;
    for (const c of demo.clients) {
      const age = ageOn(c.dateOfBirth, DEMO_REFERENCE_DATE);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(66);
      if (c.targetGroups.includes('vijftig_plus')) expect(age).toBeGreaterThanOrEqual(50);
      if (c.targetGroups.includes('jongere')) expect(age).toBeLessThan(27);
      if (c.healthLimitations) health++;
    }
    expect(health / demo.clients.length).toBeGreaterThan(0.12);
    expect(health / demo.clients.length).toBeLessThan(0.3);
    const benefits = demo.clients.map((c) => c.benefitType);
    expect(benefits.filter((b) => b === 'participatiewet').length).toBeGreaterThan(150);
    for (const b of ['ww', 'wia_wao', 'wajong'] as const) expect(benefits).toContain(b);
    expect(demo.clients.some((c) => c.languages.includes('Nederlands'))).toBe(true);
    expect(demo.clients.some((c) => !c.languages.includes('Nederlands'))).toBe(true);
  });

  it('has 1–5 ladder assessments, ascending, within three years, growthPotential >= rung', () => {
    const earliest = '2023-11-02';
    for (const c of demo.clients) {
      const la = c.ladderAssessments;
      expect(la.length).toBeGreaterThanOrEqual(1);
      expect(la.length).toBeLessThanOrEqual(5);
      for (let i = 0; i < la.length; i++) {
        const a = la[i]!;
        expect(isIsoDate(a.assessedOn)).toBe(true);
        expect(a.assessedOn >= earliest && a.assessedOn <= DEMO_REFERENCE_DATE).toBe(true);
        if (i > 0) expect(a.assessedOn > la[i - 1]!.assessedOn).toBe(true);
        expect(a.rung).toBeGreaterThanOrEqual(1);
        expect(a.rung).toBeLessThanOrEqual(6);
        expect(a.growthPotential).toBeGreaterThanOrEqual(a.rung);
        expect(a.growthPotential).toBeLessThanOrEqual(6);
        expect(a.notes.length).toBeGreaterThan(10);
        expect(a.notes.length).toBeLessThanOrEqual(4000);
        expect(a.assessorKey).toBe(c.caseManagerKey);
        expect(a.assessedOn > c.dateOfBirth).toBe(true);
      }
    }
    // drifting mostly upward
    let up = 0;
    let down = 0;
    for (const c of demo.clients) {
      const la = c.ladderAssessments;
      const delta = la[la.length - 1]!.rung - la[0]!.rung;
      if (delta > 0) up++;
      if (delta < 0) down++;
    }
    expect(up).toBeGreaterThan(down * 2);
  });

  it('gives about 10% of clients a consent to the re-integratiebedrijf or UWV', () => {
    const withConsent = demo.clients.filter((c) => c.consents.length > 0);
    expect(withConsent.length).toBeGreaterThan(15);
    expect(withConsent.length).toBeLessThan(50);
    for (const c of withConsent) {
      for (const consent of c.consents) {
        expect(['uwv', 'stapvoort']).toContain(consent.organisationKey);
        expect(consent.grantedOn <= DEMO_REFERENCE_DATE).toBe(true);
        expect(consent.grantedOn >= c.ladderAssessments[0]!.assessedOn).toBe(true);
        expect(consent.grantedByKey).toBe(c.caseManagerKey);
        expect(consent.note.length).toBeGreaterThan(0);
      }
    }
  });

  it('toClientInput keeps exactly the ClientInput fields', () => {
    const c: DemoClient = demo.clients[0]!;
    const input = toClientInput(c);
    for (const k of ['key', 'owningOrganisationKey', 'caseManagerKey', 'ladderAssessments', 'consents'])
      expect(input).not.toHaveProperty(k);
    expect(input.bsn).toBe(c.bsn);
    expect(input.address).toEqual(c.address);
    expect(input.address).not.toBe(c.address);
  });
});
