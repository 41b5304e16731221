import { describe, expect, it } from 'vitest';
import { createPrng } from '../../kernel/prng.ts';
import { MatchIndex, type EntityInput } from './matching.engine.ts';
import {
  EDUCATION_ORDER,
  NO_DAY,
  availabilityPoints,
  distanceMetres,
  distancePoints,
  educationPoints,
  explainMatch,
  hoursPoints,
  isoOfDay,
  licencePoints,
  occupationPoints,
  skillPoints,
} from './matching.rules.ts';

const TODAY = 20_605; // 2026-06-01

/** A small population with the spread that makes ties, exclusions and every occupation tier common. */
function population(n: number, seed: number, side: 'seekers' | 'vacancies'): EntityInput[] {
  const r = createPrng(seed);
  const units = [9112, 9111, 9122, 9333, 7212, 7213, 8344, 2512, 110, 210];
  const out: EntityInput[] = [];
  for (let i = 0; i < n; i++) {
    const nOcc = side === 'vacancies' ? 1 : r.pick([0, 1, 1, 1, 2, 3]);
    const occupations: number[] = [];
    const iscoCodes: number[] = [];
    for (let j = 0; j < nOcc; j++) {
      const u = r.pick(units);
      const occ = u * 10 + r.int(0, 3);
      if (occupations.includes(occ)) continue;
      occupations.push(occ);
      // An occupation always has the same ISCO group; variant 3 of each has none (unknown).
      iscoCodes.push(occ % 10 === 3 ? -1 : u);
    }
    const skills = [...new Set(Array.from({ length: r.int(0, 5) }, () => r.int(0, 12)))];
    out.push({
      keyHi: r.int(0, n * 2), // duplicates on purpose: keyLo breaks them
      keyLo: i,
      organisation: r.int(0, 3),
      occupations,
      iscoCodes,
      hasLocation: r.next() > 0.02,
      // Two clusters 60 km apart, so that distance exclusion and every reach class occur.
      x: (r.next() < 0.7 ? 150_000 : 210_000) + r.int(-25_000, 25_000),
      y: 400_000 + r.int(-25_000, 25_000),
      reach: side === 'seekers' ? r.pick([0, 5, 10, 15, 25, 40, 120, 250]) * 1000 : 0,
      hours: side === 'seekers' ? r.pick([0, 8, 16, 24, 32, 36, 40]) : r.pick([8, 16, 24, 32, 36, 40]),
      education: side === 'seekers' ? r.int(0, 10) : r.int(-1, 10),
      licence: r.next() < 0.5,
      skills,
      day: r.next() < 0.5 ? NO_DAY : TODAY + r.int(-30, 60),
    });
  }
  return out;
}

/** The score by the rules alone (null: excluded), for a full scan. */
function bruteScore(s: EntityInput, v: EntityInput): number | null {
  let occ = 0;
  for (let i = 0; i < s.occupations.length; i++) {
    occ = Math.max(occ, occupationPoints(s.occupations[i]!, s.iscoCodes[i]!, v.occupations[0]!, v.iscoCodes[0]!));
  }
  let dist = 0;
  if (s.hasLocation && v.hasLocation) {
    const d = distanceMetres(s.x, s.y, v.x, v.y);
    if (d > s.reach) return null;
    dist = distancePoints(d, s.reach);
  }
  const asked = Array.from(v.skills);
  const covered = asked.filter((t) => Array.from(s.skills).includes(t)).length;
  return (
    occ +
    dist +
    hoursPoints(s.hours, v.hours) +
    educationPoints(s.education, v.education) +
    licencePoints(s.licence, v.licence) +
    skillPoints(covered, asked.length) +
    availabilityPoints(s.day, v.day, TODAY)
  );
}

type Row = [hi: number, lo: number, score: number];
function topByScan(pairs: { e: EntityInput; score: number | null }[], k: number, org = -1): Row[] {
  return pairs
    .filter((p) => p.score !== null && (org < 0 || p.e.organisation === org))
    .map((p): Row => [p.e.keyHi, p.e.keyLo, p.score!])
    .sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1])
    .slice(0, k);
}
const rows = (rs: { keyHi: number; keyLo: number; score: number }[]): Row[] => rs.map((r) => [r.keyHi, r.keyLo, r.score]);

describe('matching engine', () => {
  const seekers = population(4000, 1, 'seekers');
  const vacancies = population(400, 2, 'vacancies');
  const seekerIndex = new MatchIndex('seekers');
  seekerIndex.addAll(seekers.length, (i) => seekers[i]!);
  const vacancyIndex = new MatchIndex('vacancies');
  for (const v of vacancies) vacancyIndex.add(v);

  it('top k candidates for a vacancy equal a full scan (ids, scores, ties by id), for several k', () => {
    for (const [i, v] of vacancies.slice(0, 120).entries()) {
      const k = [1, 20, 100][i % 3]!;
      const scan = topByScan(
        seekers.map((e) => ({ e, score: bruteScore(e, v) })),
        k,
      );
      expect(rows(seekerIndex.topForVacancy(v, { k, today: TODAY })), `vacancy ${i}`).toEqual(scan);
    }
  });

  it('top k vacancies for a job seeker equal a full scan', () => {
    for (const [i, s] of seekers.slice(0, 200).entries()) {
      const scan = topByScan(
        vacancies.map((e) => ({ e, score: bruteScore(s, e) })),
        20,
      );
      expect(rows(vacancyIndex.topForSeeker(s, { k: 20, today: TODAY })), `seeker ${i}`).toEqual(scan);
    }
  });

  it('"own organisation only" filters candidates without changing their order', () => {
    for (const v of vacancies.slice(0, 30)) {
      const scan = topByScan(
        seekers.map((e) => ({ e, score: bruteScore(e, v) })),
        20,
        2,
      );
      expect(rows(seekerIndex.topForVacancy(v, { k: 20, today: TODAY, organisation: 2 }))).toEqual(scan);
    }
  });

  it('stays exact after updating, removing and adding job seekers one by one', () => {
    const index = new MatchIndex('seekers', { cellSize: 5000 });
    const live = population(3000, 3, 'seekers');
    index.addAll(live.length, (i) => live[i]!);
    const slots = live.map((_, i) => i);
    const changes = population(1500, 4, 'seekers');
    const r = createPrng(5);
    const alive = new Set(slots);
    for (let c = 0; c < changes.length; c++) {
      const i = r.int(0, live.length - 1);
      if (c % 5 === 0 && alive.has(i)) {
        index.remove(slots[i]!);
        alive.delete(i);
      } else if (alive.has(i)) {
        live[i] = { ...changes[c]!, keyHi: live[i]!.keyHi, keyLo: live[i]!.keyLo };
        index.update(slots[i]!, live[i]);
      } else {
        live[i] = { ...changes[c]!, keyHi: live[i]!.keyHi, keyLo: live[i]!.keyLo };
        slots[i] = index.add(live[i]);
        alive.add(i);
      }
    }
    expect(index.size).toBe(alive.size);
    for (const v of vacancies.slice(0, 60)) {
      const scan = topByScan(
        [...alive].map((i) => ({ e: live[i]!, score: bruteScore(live[i]!, v) })),
        20,
      );
      expect(rows(index.topForVacancy(v, { k: 20, today: TODAY }))).toEqual(scan);
    }
  });

  it('scores exactly what the explained rules score', () => {
    const facts = (e: EntityInput) => ({
      uris: Array.from(e.occupations).map((o) => `occ:${o}`),
      isco: Array.from(e.iscoCodes).map((c) => (c < 0 ? null : String(c).padStart(4, '0'))),
      skills: Array.from(e.skills).map((t) => `vaardigheid ${t}`),
      day: e.day === NO_DAY ? null : isoOfDay(e.day),
    });
    for (const v of vacancies.slice(0, 40)) {
      const vf = facts(v);
      for (const res of seekerIndex.topForVacancy(v, { k: 20, today: TODAY })) {
        const s = seekers[res.keyLo]!;
        const sf = facts(s);
        const explained = explainMatch(
          {
            occupations: sf.uris.map((uri, i) => ({ uri, iscoCode: sf.isco[i]! })),
            location: s.hasLocation ? { x: s.x, y: s.y } : null,
            maxTravelKm: s.reach / 1000,
            hoursAvailable: s.hours,
            educationLevel: EDUCATION_ORDER[s.education]!,
            drivingLicence: s.licence,
            skills: sf.skills,
            availableFrom: sf.day,
          },
          {
            occupationUri: vf.uris[0]!,
            iscoCode: vf.isco[0]!,
            location: v.hasLocation ? { x: v.x, y: v.y } : null,
            hoursPerWeek: v.hours,
            educationLevel: v.education < 0 ? null : EDUCATION_ORDER[v.education]!,
            drivingLicenceRequired: v.licence,
            skills: vf.skills,
            startDate: vf.day,
          },
          isoOfDay(TODAY),
        );
        expect(explained.excluded).toBe(false);
        expect(explained.score).toBe(res.score);
      }
    }
  });

  it('prunes: a top 20 of thousands visits a fraction of them', () => {
    const v = vacancies[0]!;
    seekerIndex.topForVacancy(v, { k: 20, today: TODAY });
    expect(seekerIndex.stats.membersScored).toBeLessThan(seekers.length / 2);
  });

  it('refuses values it cannot hold and handles empty indexes and k = 0', () => {
    const index = new MatchIndex('seekers');
    expect(index.topForVacancy(vacancies[0]!, { k: 20, today: TODAY })).toEqual([]);
    expect(() => index.add({ ...seekers[0]!, reach: 1500 })).toThrow();
    expect(() => index.add({ ...seekers[0]!, hours: 80 })).toThrow();
    index.add(seekers[0]!);
    expect(index.topForVacancy(vacancies[0]!, { k: 0, today: TODAY })).toEqual([]);
    expect(() => index.topForSeeker(seekers[0]!, { k: 1, today: TODAY })).toThrow();
  });
});
