import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../kernel/dates.ts';
import { normalisePostcode, pc4 } from '../../kernel/postcode.ts';
import { FIXTURE_POSTCODES, fixtureOccupations } from '../refdata/refdata.fixtures.ts';
import { parsePostcodes } from '../refdata/refdata.files.ts';
import { MUNICIPALITIES } from './brabant.ts';
import { DEMO_REFERENCE_DATE, generateDemo } from './demo-data.ts';
import { educationSkillLevel, generateEmployment, iscoSkillLevel } from './demo-employment.ts';

const demo = generateDemo();
const occupations = fixtureOccupations();
const employment = generateEmployment(demo, occupations);
const occupationByUri = new Map(occupations.map((o) => [o.uri, o]));
const fixturePc4s = new Set(parsePostcodes(fs.readFileSync(FIXTURE_POSTCODES, 'utf8')).rows.map((r) => r.pc4));
const orgByKey = new Map(demo.organisations.map((o) => [o.key, o]));
const userKeys = new Set(demo.users.map((u) => u.key));

describe('demo employment (employers, vacancies, client match fields)', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(generateEmployment(generateDemo(), fixtureOccupations()))).toBe(JSON.stringify(employment));
    expect(JSON.stringify(generateEmployment(demo, occupations, 7))).not.toBe(JSON.stringify(employment));
  });

  it('has 10–15 Brabant employers with valid KvK, SBI, size and an address in the five cities', () => {
    const { employers } = employment;
    expect(employers.length).toBeGreaterThanOrEqual(10);
    expect(employers.length).toBeLessThanOrEqual(15);
    expect(new Set(employers.map((e) => e.kvkNumber)).size).toBe(employers.length);
    const cities = new Set(MUNICIPALITIES.map((m) => m.city));
    for (const e of employers) {
      expect(e.kvkNumber).toMatch(/^\d{8}$/);
      expect(e.sbiCode).toMatch(/^\d{2}(\d{1,3})?$/);
      expect(['1-9', '10-49', '50-249', '250+']).toContain(e.sizeClass);
      expect(normalisePostcode(e.address.postcode)).toBe(e.address.postcode);
      expect(fixturePc4s.has(pc4(e.address.postcode))).toBe(true);
      expect(cities.has(e.address.city)).toBe(true);
      expect(orgByKey.get(e.registeredByKey)?.kind).toBe('gemeente');
      expect(e.contacts.length).toBeGreaterThanOrEqual(1);
      for (const c of e.contacts) expect(c.email).toMatch(/^[a-z.]+@[a-z-]+\.example$/);
    }
    expect(new Set(employers.map((e) => e.address.city)).size).toBe(5);
  });

  it('links the three demo employer organisations to their employer for the portal', () => {
    const linked = employment.employers.filter((e) => e.portalOrganisationKey);
    expect(linked.map((e) => [e.portalOrganisationKey, e.name])).toEqual([
      ['peelland-metaal', orgByKey.get('peelland-metaal')!.name],
      ['markdal-logistiek', orgByKey.get('markdal-logistiek')!.name],
      ['korenbloem', orgByKey.get('korenbloem')!.name],
    ]);
    for (const e of linked) expect(orgByKey.get(e.portalOrganisationKey!)!.kind).toBe('werkgever');
  });

  it('gives some employers a lead account manager, contact moments and agreements that make sense', () => {
    const withLead = employment.employers.filter((e) => e.lead);
    expect(withLead.length).toBeGreaterThanOrEqual(4);
    expect(withLead.length).toBeLessThan(employment.employers.length);
    for (const e of withLead) {
      expect(userKeys.has(e.lead!.userKey)).toBe(true);
      expect(e.lead!.userKey).toBe(`${e.lead!.organisationKey}.werkgeversadviseur`);
      expect(e.lead!.since.slice(0, 10) <= DEMO_REFERENCE_DATE).toBe(true);
    }
    const moments = employment.employers.flatMap((e) => e.contactMoments);
    expect(moments.length).toBeGreaterThanOrEqual(5);
    for (const m of moments) {
      expect(userKeys.has(m.userKey)).toBe(true);
      expect(isIsoDate(m.occurredOn) && m.occurredOn <= DEMO_REFERENCE_DATE).toBe(true);
      expect(m.notes.length).toBeGreaterThan(20);
    }
    const agreements = employment.employers.flatMap((e) => e.agreements);
    expect(agreements.length).toBeGreaterThanOrEqual(2);
    for (const a of agreements) expect(a.targetPlacements > 0 && a.periodEnd >= a.periodStart).toBe(true);
  });

  it('has 30–60 vacancies over several ISCO groups with mixed visibility, all consistent with the reference data', () => {
    const { vacancies } = employment;
    expect(vacancies.length).toBeGreaterThanOrEqual(30);
    expect(vacancies.length).toBeLessThanOrEqual(60);
    expect(new Set(vacancies.map((v) => v.iscoCode.charAt(0))).size).toBeGreaterThanOrEqual(5);
    expect(new Set(vacancies.map((v) => v.iscoCode)).size).toBeGreaterThanOrEqual(20);
    const visibility = new Map<string, number>();
    for (const v of vacancies) visibility.set(v.visibility, (visibility.get(v.visibility) ?? 0) + 1);
    for (const kind of ['own', 'region', 'public']) expect(visibility.get(kind) ?? 0).toBeGreaterThanOrEqual(5);
    for (const v of vacancies) {
      expect(occupationByUri.get(v.occupationUri)?.iscoCode).toBe(v.iscoCode);
      expect(fixturePc4s.has(pc4(v.postcode))).toBe(true);
      expect(v.hoursPerWeek).toBeGreaterThanOrEqual(1);
      expect(v.hoursPerWeek).toBeLessThanOrEqual(60);
      expect(v.wageMaxCents).toBeGreaterThanOrEqual(v.wageMinCents);
      expect(v.skills.every((s) => s === s.toLowerCase())).toBe(true);
      expect(userKeys.has(v.createdByKey)).toBe(true);
      const owner = orgByKey.get(v.organisationKey)!;
      // 'region' needs a region to be seen by anyone else.
      if (v.visibility === 'region') expect(owner.region).toBeTruthy();
      expect(v.openedOn <= DEMO_REFERENCE_DATE).toBe(true);
      if (v.status === 'filled')
        expect(v.filledOn! > v.openedOn && v.filledOn! <= DEMO_REFERENCE_DATE && v.startDate! > v.filledOn!).toBe(true);
      else if (v.startDate) expect(v.startDate > DEMO_REFERENCE_DATE).toBe(true);
    }
  });

  it('gives every client 1–3 wanted fixture occupations that fit the education, skills and availability', () => {
    expect(Object.keys(employment.clientMatch).length).toBe(demo.clients.length);
    let available = 0;
    for (const c of demo.clients) {
      const m = employment.clientMatch[c.key]!;
      expect(m.wantedOccupationUris.length).toBeGreaterThanOrEqual(1);
      expect(m.wantedOccupationUris.length).toBeLessThanOrEqual(3);
      expect(new Set(m.wantedOccupationUris).size).toBe(m.wantedOccupationUris.length);
      const wanted = m.wantedOccupationUris.map((u) => occupationByUri.get(u)!);
      expect(m.wantedIscoCodes).toEqual([...new Set(wanted.map((o) => o.iscoCode))]);
      for (const o of wanted) expect(iscoSkillLevel(o.iscoCode)).toBeLessThanOrEqual(educationSkillLevel(c.educationLevel));
      expect(m.skills.every((s) => s === s.toLowerCase().trim())).toBe(true);
      if (m.availableFrom === null) available++;
      else expect(isIsoDate(m.availableFrom)).toBe(true);
    }
    expect(available).toBeGreaterThan(demo.clients.length * 0.4);
    expect(available).toBeLessThan(demo.clients.length * 0.7);
  });
});
