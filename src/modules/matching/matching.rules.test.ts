import { describe, expect, it } from 'vitest';
import {
  MAX_POINTS,
  NO_DAY,
  PART_KEYS,
  availabilityPoints,
  dayNumber,
  distanceMetres,
  distancePoints,
  educationPoints,
  explainMatch,
  hoursPoints,
  isoOfDay,
  kmText,
  occupationPoints,
  project,
  skillPoints,
  type SeekerFacts,
  type VacancyFacts,
} from './matching.rules.ts';

const EINDHOVEN = { lat: 51.4370843, lon: 5.4802261 }; // PC4 5611
const EINDHOVEN_5612 = { lat: 51.4478224, lon: 5.475826 };

function haversine(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const R = 6_371_008.8;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

function vacancy(overrides: Partial<VacancyFacts> = {}): VacancyFacts {
  return {
    occupationUri: 'esco:schoonmaker',
    iscoCode: '9112',
    location: project(EINDHOVEN.lat, EINDHOVEN.lon),
    hoursPerWeek: 36,
    educationLevel: 'vmbo',
    drivingLicenceRequired: true,
    skills: ['schoonmaken', 'zelfstandig werken', 'heftruck'],
    startDate: '2027-02-01',
    ...overrides,
  };
}

function seeker(overrides: Partial<SeekerFacts> = {}): SeekerFacts {
  return {
    occupations: [{ uri: 'esco:schoonmaker', iscoCode: '9112' }],
    location: project(EINDHOVEN_5612.lat, EINDHOVEN_5612.lon),
    maxTravelKm: 15,
    hoursAvailable: 32,
    educationLevel: 'mbo2',
    drivingLicence: true,
    skills: ['Schoonmaken', 'zelfstandig  werken'],
    availableFrom: null,
    ...overrides,
  };
}

describe('matching rules', () => {
  it('the part maxima add up to 100 and every part is explained in that order', () => {
    expect(Object.values(MAX_POINTS).reduce((a, b) => a + b, 0)).toBe(100);
    const m = explainMatch(seeker(), vacancy(), '2026-06-01');
    expect(m.parts.map((p) => p.key)).toEqual([...PART_KEYS]);
    expect(m.score).toBe(m.parts.reduce((n, p) => n + p.points, 0));
    for (const p of m.parts) expect(p.points).toBeLessThanOrEqual(p.max);
  });

  it('explains every part in plain Dutch', () => {
    const m = explainMatch(seeker(), vacancy(), '2026-06-01');
    const text = Object.fromEntries(m.parts.map((p) => [p.key, p.explanation]));
    expect(text.occupation).toBe('zelfde beroep');
    expect(text.distance).toMatch(/^1,\d km, binnen 15 km$/);
    expect(text.hours).toBe('32 van 36 uur');
    expect(text.education).toBe('mbo 2, voldoet aan vmbo');
    expect(text.drivingLicence).toBe('rijbewijs aanwezig');
    expect(text.skills).toBe('2 van 3 vaardigheden (ontbreekt: heftruck)');
    expect(text.availability).toBe('direct beschikbaar, start 1 februari 2027');
  });

  it('occupation fit: same occupation > unit group > minor > sub-major > major group > none', () => {
    const v = vacancy();
    const fit = (uri: string, iscoCode: string) => explainMatch(seeker({ occupations: [{ uri, iscoCode }] }), v, '2026-06-01').parts[0]!;
    expect(fit('esco:schoonmaker', '9112')).toMatchObject({ points: 35, explanation: 'zelfde beroep' });
    expect(fit('esco:glazenwasser', '9112')).toMatchObject({ points: 28, explanation: 'zelfde beroepsgroep (ISCO 9112)' });
    expect(fit('esco:huishoudelijk', '9111')).toMatchObject({ points: 20 });
    expect(fit('esco:autowasser', '9122')).toMatchObject({ points: 12, explanation: 'zelfde beroepenveld (ISCO 91)' });
    expect(fit('esco:orderpicker', '9333')).toMatchObject({ points: 6, explanation: 'zelfde hoofdgroep (ISCO 9)' });
    expect(fit('esco:lasser', '7212')).toMatchObject({ points: 0, explanation: 'ander beroep' });
    // The best of several wanted occupations counts.
    const two = explainMatch(
      seeker({
        occupations: [
          { uri: 'esco:lasser', iscoCode: '7212' },
          { uri: 'esco:glazenwasser', iscoCode: '9112' },
        ],
      }),
      v,
      '2026-06-01',
    );
    expect(two.parts[0]!.points).toBe(28);
    expect(explainMatch(seeker({ occupations: [] }), v, '2026-06-01').parts[0]).toMatchObject({
      points: 0,
      explanation: 'geen gewenst beroep opgegeven',
    });
    // ISCO codes with a leading zero (armed forces) stay in their own major group.
    expect(occupationPoints(-1, 110, -1, 210)).toBe(6);
    expect(occupationPoints(-1, 110, -1, 1120)).toBe(0);
  });

  it('distance: beyond the maximum excludes; within it points fall linearly; unknown scores 0 without excluding', () => {
    expect(distancePoints(0, 15_000)).toBe(20);
    expect(distancePoints(7_500, 15_000)).toBe(10);
    expect(distancePoints(15_000, 15_000)).toBe(0);
    expect(distancePoints(0, 0)).toBe(20);
    const far = explainMatch(seeker({ maxTravelKm: 5, location: project(51.5565973, 5.0787408) }), vacancy(), '2026-06-01');
    expect(far.excluded).toBe(true);
    expect(far.parts[1]!.explanation).toMatch(/km, verder dan 5 km$/);
    const unknown = explainMatch(seeker({ location: null }), vacancy(), '2026-06-01');
    expect(unknown.excluded).toBe(false);
    expect(unknown.parts[1]).toMatchObject({ points: 0, explanation: 'afstand onbekend (postcode niet gevonden)' });
  });

  it('the projection stays within 0.5% of the great-circle distance (sphere; RD follows the ellipsoid) across the Netherlands', () => {
    const places = [
      { lat: 53.2194, lon: 6.5665 }, // Groningen
      { lat: 51.4416, lon: 5.4697 }, // Eindhoven
      { lat: 50.8514, lon: 5.691 }, // Maastricht
      { lat: 52.3676, lon: 4.9041 }, // Amsterdam
      { lat: 51.4988, lon: 3.6136 }, // Middelburg
      { lat: 53.3594, lon: 6.1597 }, // north coast
      EINDHOVEN,
      EINDHOVEN_5612,
    ];
    for (const a of places) {
      for (const b of places) {
        const truth = haversine(a, b);
        if (truth < 500) continue;
        const pa = project(a.lat, a.lon);
        const pb = project(b.lat, b.lon);
        expect(Math.abs(distanceMetres(pa.x, pa.y, pb.x, pb.y) - truth) / truth).toBeLessThan(0.005);
      }
    }
  });

  it('hours, education, licence, skills and availability points', () => {
    expect(hoursPoints(40, 36)).toBe(15);
    expect(hoursPoints(32, 36)).toBe(13);
    expect(hoursPoints(0, 36)).toBe(0);
    expect(educationPoints(4, -1)).toBe(10);
    expect(educationPoints(4, 4)).toBe(10);
    expect(educationPoints(3, 4)).toBe(5);
    expect(educationPoints(2, 4)).toBe(0);
    expect(skillPoints(2, 3)).toBe(6);
    expect(skillPoints(0, 0)).toBe(10);
    const today = dayNumber('2026-06-01');
    expect(availabilityPoints(NO_DAY, NO_DAY, today)).toBe(5);
    expect(availabilityPoints(dayNumber('2026-07-01'), NO_DAY, today)).toBe(0);
    expect(availabilityPoints(dayNumber('2026-07-01'), dayNumber('2026-07-01'), today)).toBe(5);
    expect(isoOfDay(dayNumber('2027-02-28'))).toBe('2027-02-28');
    expect(kmText(4_249)).toBe('4,2 km');
    const m = explainMatch(
      seeker({ drivingLicence: false, availableFrom: '2027-03-01', educationLevel: 'geen' }),
      vacancy({ skills: [] }),
      '2026-06-01',
    );
    const text = Object.fromEntries(m.parts.map((p) => [p.key, p.explanation]));
    expect(text.drivingLicence).toBe('rijbewijs gevraagd, niet aanwezig');
    expect(text.skills).toBe('geen vaardigheden gevraagd');
    expect(text.education).toBe('geen opleiding, gevraagd vmbo');
    expect(text.availability).toBe('pas beschikbaar vanaf 1 maart 2027, start 1 februari 2027');
  });

  it('age, gender, nationality, health and criminal record are not inputs: extra attributes change nothing', () => {
    const plain = explainMatch(seeker(), vacancy(), '2026-06-01');
    const withPersonal = {
      ...seeker(),
      dateOfBirth: '1950-01-01',
      gender: 'vrouw',
      nationality: 'onbekend',
      healthLimitations: 'Rugklachten',
      criminalRecord: true,
    } as SeekerFacts;
    expect(explainMatch(withPersonal, vacancy(), '2026-06-01')).toEqual(plain);
    // The facts the rules take are exactly these (a new input would have to be added here on purpose).
    expect(Object.keys(seeker()).sort()).toEqual(
      ['availableFrom', 'drivingLicence', 'educationLevel', 'hoursAvailable', 'location', 'maxTravelKm', 'occupations', 'skills'].sort(),
    );
  });
});
