import type { Agent } from '../../harness.ts';
import { OCCUPATIONS, newClient } from '../vacancies/factories.ts';

/**
 * Helpers for the matching tests. Reference rows (occupations schoonmaker 9112, orderpicker 9333, lasser
 * 7212, heftruck 8344; PC4 areas 5611, 5612, 5651 Eindhoven, 5038 Tilburg, 5211 's-Hertogenbosch, 1012
 * Amsterdam) come from factories-vacancies.ts (seedReference / createVacancyTestApp).
 */

export { OCCUPATIONS };

/** A client with match facts; the defaults fit the standard cleaning vacancy in Eindhoven well. */
export async function matchClient(
  km: Agent,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; bsn: string; surname: string } & Record<string, unknown>> {
  return newClient(km, {
    surname: `Kandidaat${Math.random().toString(36).slice(2, 8)}`,
    wantedOccupationUris: [OCCUPATIONS.schoonmaker.uri],
    skills: ['Schoonmaken'],
    hoursAvailable: 24,
    educationLevel: 'mbo2',
    maxTravelKm: 15,
    address: { street: 'Kruisstraat', houseNumber: 3, houseNumberAddition: null, postcode: '5612 AB', city: 'Eindhoven' },
    ...overrides,
  });
}

export interface CandidateJson {
  clientId: string;
  displayName: string;
  score: number;
  parts: { key: string; points: number; max: number; explanation: string }[];
}

export async function candidates(agent: Agent, vacancyId: string, limit = 20): Promise<CandidateJson[]> {
  const res = await agent.get(`/api/v1/vacancies/${vacancyId}/candidates?limit=${limit}`);
  if (res.statusCode !== 200) throw new Error(`candidates ${res.statusCode} ${res.body}`);
  return res.json();
}

export interface VacancyMatchJson {
  vacancyId: string;
  title: string;
  employerName: string | null;
  score: number;
  parts: { key: string; points: number; max: number; explanation: string }[];
}

export async function vacancyMatches(agent: Agent, clientId: string, limit = 20): Promise<VacancyMatchJson[]> {
  const res = await agent.get(`/api/v1/clients/${clientId}/vacancies?limit=${limit}`);
  if (res.statusCode !== 200) throw new Error(`vacancy matches ${res.statusCode} ${res.body}`);
  return res.json();
}

/** The explanation of one part of a match, by key. */
export function part(match: { parts: { key: string; points: number; explanation: string }[] }, key: string) {
  const p = match.parts.find((x) => x.key === key);
  if (!p) throw new Error(`no part ${key}`);
  return p;
}

/** Ranked lists are ordered by score, then by id. */
export function isRanked(list: { score: number }[], id: (x: never) => string): boolean {
  return list.every(
    (x, i) => i === 0 || list[i - 1]!.score > x.score || (list[i - 1]!.score === x.score && id(list[i - 1] as never) < id(x as never)),
  );
}
