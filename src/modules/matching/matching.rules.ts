/**
 * The matching score: pure rules, shared by the fast engine (matching.engine.ts), the explanations shown to
 * users, and the SQL baseline of the benchmark (test/bench), so that all three give the same numbers.
 *
 * Everything is integer arithmetic on integer inputs: points are whole numbers, distances whole metres
 * between projected PC4 centroids (see project()). The only non-integer step is Math.sqrt of an exact
 * integer, which IEEE 754 requires to be correctly rounded, so PostgreSQL's sqrt() gives the same result.
 *
 * What is NOT an input, on purpose: age (date of birth), gender, nationality, health, criminal record,
 * name, BSN, languages and target groups. A test changes those attributes and asserts identical results.
 *
 * Travel distance beyond the client's maximum EXCLUDES the pair (the client cannot get there); within it,
 * points fall linearly from 20 at 0 km to 0 at the maximum. An unknown location (postcode without a known
 * centroid) is not excluded but scores 0 distance points ("afstand onbekend").
 */

export const PART_KEYS = ['occupation', 'distance', 'hours', 'education', 'drivingLicence', 'skills', 'availability'] as const;
export type PartKey = (typeof PART_KEYS)[number];

export const MAX_POINTS: Readonly<Record<PartKey, number>> = {
  occupation: 35,
  distance: 20,
  hours: 15,
  education: 10,
  drivingLicence: 5,
  skills: 10,
  availability: 5,
};

/** Occupation fit, best first: same ESCO occupation, then ever wider ISCO-08 groups. */
export const OCCUPATION_POINTS = { occupation: 35, unit: 28, minor: 20, subMajor: 12, major: 6, none: 0 } as const;
export type OccupationTier = keyof typeof OCCUPATION_POINTS;

/** The most every part except occupation can add: the bound used when nothing else is known. */
export const MAX_OTHER_POINTS = 100 - MAX_POINTS.occupation;

/** Education levels (same scale as the client file), lowest first; the index is the ordinal. */
export const EDUCATION_ORDER = ['geen', 'basisonderwijs', 'vmbo', 'mbo1', 'mbo2', 'mbo3', 'mbo4', 'havo', 'vwo', 'hbo', 'wo'] as const;
export const EDUCATION_LABELS_NL: Readonly<Record<(typeof EDUCATION_ORDER)[number], string>> = {
  geen: 'geen opleiding',
  basisonderwijs: 'basisonderwijs',
  vmbo: 'vmbo',
  mbo1: 'mbo 1',
  mbo2: 'mbo 2',
  mbo3: 'mbo 3',
  mbo4: 'mbo 4',
  havo: 'havo',
  vwo: 'vwo',
  hbo: 'hbo',
  wo: 'wo',
};

export function educationOrdinal(level: string | null | undefined): number {
  if (!level) return -1;
  return EDUCATION_ORDER.indexOf(level as (typeof EDUCATION_ORDER)[number]);
}

/** "Not a day": a client without availableFrom is available now; a vacancy without a start date starts today. */
export const NO_DAY = -2147483648;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD); calendar arithmetic, no time zones. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);
}

export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

// Location ------------------------------------------------------------------------------------------

/**
 * Projects a WGS84 point to whole metres in the Dutch national grid (Rijksdriehoekscoördinaten, RD New,
 * EPSG:28992) with the standard approximation polynomials (Schreutelkamp & Strang van Hees; about 1 m
 * within the Netherlands). RD is conformal with a scale error below 0.02% in the country, so distances on
 * it are true to within a fraction of a percent (tested), and being integers they compare identically in
 * JS and SQL.
 */
export function project(lat: number, lon: number): { x: number; y: number } {
  const p = 0.36 * (lat - 52.1551744);
  const l = 0.36 * (lon - 5.38720621);
  const p2 = p * p;
  const l2 = l * l;
  const x =
    155000 +
    190094.945 * l -
    11832.228 * p * l -
    114.221 * p2 * l -
    32.391 * l2 * l -
    0.705 * p -
    2.34 * p2 * p * l -
    0.608 * p * l2 * l -
    0.008 * l2 +
    0.148 * p2 * l2 * l;
  const y =
    463000 +
    309056.544 * p +
    3638.893 * l2 +
    73.077 * p2 -
    157.984 * p * l2 +
    59.788 * p2 * p +
    0.433 * l -
    6.439 * p2 * l2 -
    0.032 * p * l +
    0.092 * l2 * l2 -
    0.054 * p * l2 * l2;
  return { x: Math.round(x), y: Math.round(y) };
}

/** Whole metres between two projected points (floor of the Euclidean distance). */
export function distanceMetres(x1: number, y1: number, x2: number, y2: number): number {
  const dx = x1 - x2;
  const dy = y1 - y2;
  return Math.floor(Math.sqrt(dx * dx + dy * dy));
}

// Points per part ------------------------------------------------------------------------------------

/** Occupation fit between one wanted occupation and the vacancy's (ISCO unit codes as integers, -1 unknown). */
export function occupationPoints(occA: number, iscoA: number, occB: number, iscoB: number): number {
  if (occA >= 0 && occA === occB) return OCCUPATION_POINTS.occupation;
  if (iscoA < 0 || iscoB < 0) return 0;
  if (iscoA === iscoB) return OCCUPATION_POINTS.unit;
  if (Math.floor(iscoA / 10) === Math.floor(iscoB / 10)) return OCCUPATION_POINTS.minor;
  if (Math.floor(iscoA / 100) === Math.floor(iscoB / 100)) return OCCUPATION_POINTS.subMajor;
  if (Math.floor(iscoA / 1000) === Math.floor(iscoB / 1000)) return OCCUPATION_POINTS.major;
  return 0;
}

/** Distance points for a distance within the client's reach (callers exclude d > reach first). */
export function distancePoints(d: number, reach: number): number {
  if (reach <= 0) return d <= 0 ? MAX_POINTS.distance : 0;
  return Math.floor((MAX_POINTS.distance * (reach - d)) / reach);
}

export function hoursPoints(available: number, asked: number): number {
  if (asked <= 0 || available >= asked) return MAX_POINTS.hours;
  return Math.floor((MAX_POINTS.hours * available) / asked);
}

/** level and minimum are ordinals (educationOrdinal); minimum -1 = no requirement. */
export function educationPoints(level: number, minimum: number): number {
  if (minimum < 0 || level >= minimum) return MAX_POINTS.education;
  if (level === minimum - 1) return MAX_POINTS.education / 2;
  return 0;
}

export function licencePoints(has: boolean, required: boolean): number {
  return !required || has ? MAX_POINTS.drivingLicence : 0;
}

export function skillPoints(covered: number, asked: number): number {
  if (asked <= 0) return MAX_POINTS.skills;
  return Math.floor((MAX_POINTS.skills * covered) / asked);
}

/** availableDay NO_DAY = available now; startDay NO_DAY = as soon as possible (today). */
export function availabilityPoints(availableDay: number, startDay: number, today: number): number {
  const start = startDay === NO_DAY ? today : startDay;
  return availableDay <= start ? MAX_POINTS.availability : 0;
}

// Explained match ------------------------------------------------------------------------------------

/** The matching-relevant facts of a client: nothing else is ever passed in. */
export interface SeekerFacts {
  occupations: readonly { uri: string; iscoCode: string | null }[];
  location: { x: number; y: number } | null;
  maxTravelKm: number;
  hoursAvailable: number;
  educationLevel: string;
  drivingLicence: boolean;
  skills: readonly string[];
  availableFrom: string | null;
}

/** The matching-relevant facts of a vacancy. */
export interface VacancyFacts {
  occupationUri: string;
  iscoCode: string | null;
  location: { x: number; y: number } | null;
  hoursPerWeek: number;
  educationLevel: string | null;
  drivingLicenceRequired: boolean;
  skills: readonly string[];
  startDate: string | null;
}

export interface MatchPart {
  key: PartKey;
  points: number;
  max: number;
  explanation: string;
}

export interface ExplainedMatch {
  /** True when the vacancy lies beyond the client's maximum travel distance (never listed). */
  excluded: boolean;
  score: number;
  parts: MatchPart[];
}

/** ISCO unit code as an integer ("0110" → 110), or -1 when absent or malformed. */
export function iscoNumber(code: string | null | undefined): number {
  return code && /^\d{4}$/.test(code) ? Number(code) : -1;
}

export function normaliseSkill(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, ' ');
}

const nlNumber1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const nlDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function kmText(metres: number): string {
  return `${nlNumber1.format(Math.floor(metres / 100) / 10)} km`;
}
function dateText(iso: string): string {
  return nlDate.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * Scores one client against one vacancy with a plain-Dutch explanation per part. The engine computes the
 * same score without the texts; a test checks they agree on random pairs.
 */
export function explainMatch(s: SeekerFacts, v: VacancyFacts, todayIso: string): ExplainedMatch {
  const parts: MatchPart[] = [];
  const part = (key: PartKey, points: number, explanation: string) => parts.push({ key, points, max: MAX_POINTS[key], explanation });

  // Occupation: the best of the client's wanted occupations.
  const vIsco = iscoNumber(v.iscoCode);
  let best = 0;
  let bestCode: string | null = null;
  for (const o of s.occupations) {
    const p = o.uri === v.occupationUri ? OCCUPATION_POINTS.occupation : occupationPoints(-1, iscoNumber(o.iscoCode), -1, vIsco);
    if (p > best) {
      best = p;
      bestCode = o.iscoCode;
    }
  }
  part('occupation', best, occupationText(best, bestCode, v.iscoCode, s.occupations.length));

  // Distance.
  const reach = s.maxTravelKm * 1000;
  let excluded = false;
  if (s.location && v.location) {
    const d = distanceMetres(s.location.x, s.location.y, v.location.x, v.location.y);
    if (d > reach) {
      excluded = true;
      part('distance', 0, `${kmText(d)}, verder dan ${s.maxTravelKm} km`);
    } else {
      part('distance', distancePoints(d, reach), `${kmText(d)}, binnen ${s.maxTravelKm} km`);
    }
  } else {
    part('distance', 0, 'afstand onbekend (postcode niet gevonden)');
  }

  part('hours', hoursPoints(s.hoursAvailable, v.hoursPerWeek), `${Math.min(s.hoursAvailable, v.hoursPerWeek)} van ${v.hoursPerWeek} uur`);

  const level = educationOrdinal(s.educationLevel);
  const minimum = educationOrdinal(v.educationLevel);
  const eduPoints = educationPoints(level, minimum);
  const levelLabel = EDUCATION_LABELS_NL[s.educationLevel as keyof typeof EDUCATION_LABELS_NL] ?? s.educationLevel;
  const minLabel = v.educationLevel
    ? (EDUCATION_LABELS_NL[v.educationLevel as keyof typeof EDUCATION_LABELS_NL] ?? v.educationLevel)
    : null;
  part(
    'education',
    eduPoints,
    minimum < 0
      ? 'geen opleidingseis'
      : eduPoints === MAX_POINTS.education
        ? `${levelLabel}, voldoet aan ${minLabel}`
        : eduPoints > 0
          ? `${levelLabel}, één niveau onder ${minLabel}`
          : `${levelLabel}, gevraagd ${minLabel}`,
  );

  part(
    'drivingLicence',
    licencePoints(s.drivingLicence, v.drivingLicenceRequired),
    !v.drivingLicenceRequired ? 'geen rijbewijs nodig' : s.drivingLicence ? 'rijbewijs aanwezig' : 'rijbewijs gevraagd, niet aanwezig',
  );

  const has = new Set(s.skills.map(normaliseSkill));
  const asked = [...new Set(v.skills.map(normaliseSkill))];
  const missing = asked.filter((t) => !has.has(t));
  const covered = asked.length - missing.length;
  part(
    'skills',
    skillPoints(covered, asked.length),
    asked.length === 0
      ? 'geen vaardigheden gevraagd'
      : `${covered} van ${asked.length} ${asked.length === 1 ? 'vaardigheid' : 'vaardigheden'}${missing.length ? ` (ontbreekt: ${missing.join(', ')})` : ''}`,
  );

  const today = dayNumber(todayIso);
  const availDay = s.availableFrom ? dayNumber(s.availableFrom) : NO_DAY;
  const startDay = v.startDate ? dayNumber(v.startDate) : NO_DAY;
  const availPoints = availabilityPoints(availDay, startDay, today);
  const startText = v.startDate && v.startDate > todayIso ? `start ${dateText(v.startDate)}` : 'start zo snel mogelijk';
  part(
    'availability',
    availPoints,
    availPoints > 0
      ? !s.availableFrom || s.availableFrom <= todayIso
        ? `direct beschikbaar, ${startText}`
        : `beschikbaar vanaf ${dateText(s.availableFrom)}, ${startText}`
      : `pas beschikbaar vanaf ${dateText(s.availableFrom!)}, ${startText}`,
  );

  return { excluded, score: parts.reduce((n, p) => n + p.points, 0), parts };
}

function occupationText(points: number, clientCode: string | null, vacancyCode: string | null, wanted: number): string {
  if (wanted === 0) return 'geen gewenst beroep opgegeven';
  switch (points) {
    case OCCUPATION_POINTS.occupation:
      return 'zelfde beroep';
    case OCCUPATION_POINTS.unit:
      return `zelfde beroepsgroep (ISCO ${vacancyCode})`;
    case OCCUPATION_POINTS.minor:
      return `verwante beroepsgroep (ISCO ${vacancyCode!.slice(0, 3)}: ${clientCode} en ${vacancyCode})`;
    case OCCUPATION_POINTS.subMajor:
      return `zelfde beroepenveld (ISCO ${vacancyCode!.slice(0, 2)})`;
    case OCCUPATION_POINTS.major:
      return `zelfde hoofdgroep (ISCO ${vacancyCode!.slice(0, 1)})`;
    default:
      return 'ander beroep';
  }
}
