/**
 * Demo data for Werkplein: a believable Brabant set of organisations, users and clients, as plain
 * objects. Pure and deterministic: the same seed, client count and reference date give byte-identical
 * output (no clock, no Math.random, no I/O). The database seeding turns these objects into rows.
 */
import { isValidBsn } from '../../kernel/bsn.ts';
import { isIsoDate } from '../../kernel/dates.ts';
import type { OrganisationKind, Role } from '../../kernel/roles.ts';
import {
  FORBIDDEN_POSTCODE_LETTER_PAIRS,
  MUNICIPALITIES,
  NAME_BACKGROUNDS,
  POSTCODE_LETTERS,
  type Municipality,
  type MunicipalityKey,
  type NameBackground,
  type Surname,
} from './brabant.ts';
import { createPrng, type Prng } from '../../kernel/prng.ts';

// ---------------------------------------------------------------------------------------------
// Constants and value types (mirroring ClientInput of the API contract)

export const DEMO_SEED = 2026;
export const DEMO_CLIENT_COUNT = 300;
/** Fixed "today" of the demo; ladder dates and ages are computed against it. */
export const DEMO_REFERENCE_DATE = '2026-11-01';
/** The one shared password of all demo users (see the contract). */
export const DEMO_PASSWORD = 'Werkplein-demo-2026';
export const DEMO_EMAIL_DOMAIN = 'demo.werkplein.nl';

export const GENDERS = ['man', 'vrouw', 'x', 'onbekend'] as const;
export type Gender = (typeof GENDERS)[number];

export const EDUCATION_LEVELS = ['geen', 'basisonderwijs', 'vmbo', 'mbo1', 'mbo2', 'mbo3', 'mbo4', 'havo', 'vwo', 'hbo', 'wo'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const BENEFIT_TYPES = ['participatiewet', 'ww', 'wia_wao', 'wajong', 'geen'] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export const TARGET_GROUPS = ['banenafspraak', 'statushouder', 'vijftig_plus', 'jongere', 'alleenstaande_ouder'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export type Rung = 1 | 2 | 3 | 4 | 5 | 6;

export const RUNG_LABELS_NL: Record<Rung, string> = {
  1: 'Geïsoleerd',
  2: 'Sociale contacten buiten de deur',
  3: 'Deelname georganiseerde activiteiten',
  4: 'Onbetaald werk',
  5: 'Betaald werk met ondersteuning',
  6: 'Betaald werk',
};

export interface DemoAddress {
  street: string;
  houseNumber: number;
  houseNumberAddition?: string;
  /** Normalised: "1234 AB". */
  postcode: string;
  city: string;
}

/** Exactly the fields of the contract's ClientInput. Optional fields are absent (never undefined) when not set. */
export interface DemoClientInput {
  bsn: string;
  firstName: string;
  surnamePrefix?: string;
  surname: string;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  gender: Gender;
  email?: string;
  phone?: string;
  address: DemoAddress;
  educationLevel: EducationLevel;
  benefitType: BenefitType;
  hoursAvailable: number;
  drivingLicence: boolean;
  maxTravelKm: number;
  languages: string[];
  targetGroups: TargetGroup[];
  healthLimitations: string | null;
}

export interface DemoLadderAssessment {
  rung: Rung;
  /** The highest rung judged reachable; always >= rung. */
  growthPotential: Rung;
  /** YYYY-MM-DD, never after the reference date. */
  assessedOn: string;
  notes: string;
  /** Key of the DemoUser who made the assessment (the client's klantmanager). */
  assessorKey: string;
}

export interface DemoConsent {
  /** Key of the partner organisation the client agreed to share the file with. */
  organisationKey: string;
  /** YYYY-MM-DD */
  grantedOn: string;
  /** Key of the DemoUser who recorded the consent. */
  grantedByKey: string;
  note: string;
}

export interface DemoClient extends DemoClientInput {
  /** Stable key within the demo, e.g. "client-0001". */
  key: string;
  owningOrganisationKey: MunicipalityKey;
  /** Key of the klantmanager user of the owning gemeente. */
  caseManagerKey: string;
  /** Oldest first; 1 to 5 entries. */
  ladderAssessments: DemoLadderAssessment[];
  /** Zero or one consent (about 10% of clients). */
  consents: DemoConsent[];
}

export interface DemoOrganisation {
  /** Stable key, also the e-mail slug of its users. */
  key: string;
  name: string;
  kind: OrganisationKind;
  cbsCode: string | null;
  /** CBS labour-market region code (e.g. "AM28") or null. */
  region: string | null;
}

export interface DemoUser {
  /** "<organisationKey>.<role>", e.g. "eindhoven.klantmanager". */
  key: string;
  organisationKey: string;
  /** "<role>@<organisationKey>.demo.werkplein.nl" */
  email: string;
  name: string;
  roles: Role[];
  /** Werkzoekende only: the key of the client whose portal account this is (the user carries the client's name). */
  clientKey?: string;
}

export interface DemoData {
  seed: number;
  referenceDate: string;
  /** Shared password of every demo user. */
  password: string;
  organisations: DemoOrganisation[];
  users: DemoUser[];
  clients: DemoClient[];
}

// ---------------------------------------------------------------------------------------------
// Organisations and users

export const PLATFORM_KEY = 'platform';
/** The demo's penitentiary institutions (key and name), for the aftercare demo. */
export const DEMO_INSTITUTIONS = [
  { key: 'pi-vught', name: 'Penitentiaire Inrichting Vught' },
  { key: 'pi-roermond', name: 'PI Zuid-Oost, locatie Roermond' },
  { key: 'pi-dordrecht', name: 'PI Zuid-West, locatie Dordrecht' },
] as const;
export const UWV_KEY = 'uwv';
export const REINTEGRATION_KEY = 'stapvoort';

const ROLES_BY_KIND: Partial<Record<OrganisationKind, readonly Role[]>> = {
  platform: ['functioneel_beheerder'],
  gemeente: [
    'klantmanager',
    'werkgeversadviseur',
    'prb_werkadviseur',
    'nazorgcoordinator',
    'uitvoeringsbureau',
    'contractmanager_social_return',
    'beleidsadviseur',
    'functioneel_beheerder',
  ],
  uwv: ['klantmanager', 'werkgeversadviseur', 'functioneel_beheerder'],
  re_integratiebedrijf: ['jobcoach', 'functioneel_beheerder'],
  werkgever: ['werkgever'],
  non_profit: ['inlener'],
  penitentiaire_inrichting: ['inrichtingsmedewerker'],
};

/** The demo roles for an organisation kind (empty for kinds the demo does not use). */
export function demoRolesFor(kind: OrganisationKind): readonly Role[] {
  return ROLES_BY_KIND[kind] ?? [];
}

export function demoUserKey(organisationKey: string, role: Role): string {
  return `${organisationKey}.${role}`;
}

export function demoUserEmail(organisationKey: string, role: Role): string {
  return `${role}@${organisationKey}.${DEMO_EMAIL_DOMAIN}`;
}

function buildOrganisations(): DemoOrganisation[] {
  return [
    { key: PLATFORM_KEY, name: 'Werkplein Brabant', kind: 'platform', cbsCode: null, region: null },
    ...MUNICIPALITIES.map((m): DemoOrganisation => ({
      key: m.key,
      name: `Gemeente ${m.city}`,
      kind: 'gemeente',
      cbsCode: m.cbsCode,
      region: m.region,
    })),
    { key: UWV_KEY, name: 'UWV Brabant', kind: 'uwv', cbsCode: null, region: null },
    { key: REINTEGRATION_KEY, name: 'Stapvoort Re-integratie', kind: 're_integratiebedrijf', cbsCode: null, region: null },
    { key: 'peelland-metaal', name: 'Peelland Metaaltechniek B.V.', kind: 'werkgever', cbsCode: null, region: 'AM32' },
    { key: 'markdal-logistiek', name: 'Markdal Logistiek B.V.', kind: 'werkgever', cbsCode: null, region: 'AM25' },
    { key: 'korenbloem', name: 'Bakkerij De Korenbloem', kind: 'werkgever', cbsCode: null, region: 'AM27' },
    { key: 'tweede-ronde', name: 'Stichting Kringloop De Tweede Ronde', kind: 'non_profit', cbsCode: null, region: 'AM28' },
    // Penitentiary institutions that notify the demo municipalities of releases (aftercare). Last in the list, so
    // the staff names drawn for them do not change anyone else's.
    ...DEMO_INSTITUTIONS.map((i): DemoOrganisation => ({ ...i, kind: 'penitentiaire_inrichting', cbsCode: null, region: null })),
  ];
}

function buildUsers(rng: Prng, organisations: readonly DemoOrganisation[]): DemoUser[] {
  const users: DemoUser[] = [];
  const usedNames = new Set<string>();
  // Staff: mostly Dutch-background names, with the city's diversity.
  const staffBackgrounds = NAME_BACKGROUNDS.map((b) => [b, b.key === 'nederlands' ? 120 : b.weight] as const);
  for (const org of organisations) {
    for (const role of demoRolesFor(org.kind)) {
      let name = '';
      for (let attempt = 0; attempt < 1000; attempt++) {
        const background = rng.weighted(staffBackgrounds);
        const female = rng.chance(0.55);
        const firstNames = female ? background.female : background.male;
        const first = rng.pick(rng.chance(0.5) ? firstNames.older : firstNames.younger);
        name = `${first} ${fullSurname(rng.pick(background.surnames))}`;
        if (!usedNames.has(name)) break;
      }
      usedNames.add(name);
      users.push({
        key: demoUserKey(org.key, role),
        organisationKey: org.key,
        email: demoUserEmail(org.key, role),
        name,
        roles: [role],
      });
    }
  }
  return users;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

function isoFromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The same calendar day `years` earlier (UTC arithmetic; no time zone involved). */
function yearsBefore(iso: string, years: number): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y - years, m - 1, d) / DAY_MS;
}

function fullSurname(s: Surname): string {
  return s.prefix ? `${s.prefix} ${s.name}` : s.name;
}

const TRANSLITERATE: Record<string, string> = { ł: 'l', Ł: 'l', ı: 'i', ß: 'ss', ø: 'o', æ: 'ae' };

/** Lower-case ASCII letters and digits only, for e-mail local parts. */
function emailSlug(value: string): string {
  return value
    .replace(/[łŁıßøæ]/g, (c) => TRANSLITERATE[c] ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Split clientCount over the municipalities in proportion to population (largest remainder). */
function allocateByPopulation(total: number): Map<MunicipalityKey, number> {
  const sum = MUNICIPALITIES.reduce((acc, m) => acc + m.population, 0);
  const shares = MUNICIPALITIES.map((m, index) => {
    const exact = (total * m.population) / sum;
    return { m, index, base: Math.floor(exact), remainder: exact - Math.floor(exact) };
  });
  let left = total - shares.reduce((acc, x) => acc + x.base, 0);
  const byRemainder = shares.slice().sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const counts = new Map<MunicipalityKey, number>(shares.map((x) => [x.m.key, x.base]));
  for (const x of byRemainder) {
    if (left <= 0) break;
    counts.set(x.m.key, (counts.get(x.m.key) ?? 0) + 1);
    left--;
  }
  return counts;
}

/** A random valid BSN: 9 digits, first digit 1–6, passing the 11-test. */
export function generateBsn(rng: Prng): string {
  for (;;) {
    const digits: number[] = [rng.int(1, 6)];
    for (let i = 1; i < 8; i++) digits.push(rng.int(0, 9));
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += digits[i]! * (9 - i);
    const check = sum % 11;
    if (check === 10) continue; // no single check digit works; draw again
    const bsn = digits.join('') + String(check);
    if (isValidBsn(bsn)) return bsn;
  }
}

function postcodeIn(rng: Prng, m: Municipality): string {
  for (;;) {
    const letters = rng.pick([...POSTCODE_LETTERS]) + rng.pick([...POSTCODE_LETTERS]);
    if (!FORBIDDEN_POSTCODE_LETTER_PAIRS.includes(letters)) return `${rng.pick(m.pc4s)} ${letters}`;
  }
}

function clampRung(n: number): Rung {
  return Math.min(6, Math.max(1, n)) as Rung;
}

// ---------------------------------------------------------------------------------------------
// Text fixtures (Dutch)

const HEALTH_GENERAL: readonly string[] = [
  'Rugklachten (hernia); kan niet zwaar tillen en niet langer dan een uur achter elkaar staan.',
  'Psychische klachten (depressie), in behandeling bij de GGZ. Werkdagen van maximaal vier uur.',
  'Diabetes type 1; heeft regelmatige pauzes nodig, verder goed belastbaar.',
  'Chronische vermoeidheid na long covid; belastbaar voor ongeveer 12 uur per week, uren in overleg opbouwen.',
  'Knieklachten; geen werk op hoogte en niet langdurig lopen of knielen.',
  'Slechthorend en draagt hoortoestellen; een lawaaiige werkomgeving vermijden.',
  "PTSS; geen nachtdiensten, voorkeur voor een kleine vaste groep collega's.",
  'Astma; geen werk met stof, rook of oplosmiddelen.',
  'Herstellend van een burn-out; rustige opbouw van uren en wekelijkse evaluatie met de jobcoach.',
  'Artrose in handen en polsen; fijn handwerk en repeterende bewegingen zijn beperkt mogelijk.',
  'Verslavingsverleden, nu ruim twee jaar abstinent; begeleiding vanuit de verslavingszorg loopt nog.',
  'Hartklachten; geen zware fysieke inspanning, wel prima inzetbaar voor licht werk.',
  'Angstklachten; reizen met het openbaar vervoer in de spits is lastig, werk dichtbij huis heeft de voorkeur.',
  'Schouderklachten na een bedrijfsongeval; niet boven schouderhoogte werken.',
];

const HEALTH_WAJONG: readonly string[] = [
  'Licht verstandelijke beperking; werkt het best met vaste taken, een vaste werkplek en een vaste begeleider.',
  'Autismespectrumstoornis; een prikkelarme werkplek en duidelijke, stapsgewijze instructies helpen.',
  'Epilepsie, goed ingesteld op medicatie; niet werken met bewegende machines of op hoogte.',
  'Lichamelijke beperking (spastische verlamming linkerarm); werk met één hand of met aangepaste hulpmiddelen.',
  'ADHD en lage frustratietolerantie; korte werkblokken en directe feedback werken goed.',
  'Slechtziend; heeft vergroting op het beeldscherm en een goed verlichte werkplek nodig.',
];

const RUNG_NOTES: Record<Rung, readonly string[]> = {
  1: [
    'Komt weinig buiten de deur en heeft nauwelijks contacten buiten het gezin.',
    'Leeft erg geïsoleerd; schulden en de woonsituatie vragen eerst aandacht.',
    'Heeft geen vaste dagstructuur en een klein sociaal netwerk.',
  ],
  2: [
    'Heeft wekelijks contact met familie en buren, maar doet nog niet mee aan georganiseerde activiteiten.',
    'Gaat regelmatig de deur uit voor boodschappen en familiebezoek; nog geen vaste activiteiten.',
    'Heeft contacten buiten de deur en toont interesse in een activiteit bij het buurthuis.',
  ],
  3: [
    'Volgt twee ochtenden per week een taalcursus en komt afspraken goed na.',
    'Neemt wekelijks deel aan dagbesteding in de wijk.',
    'Sport wekelijks bij een vereniging en volgt een cursus digitale vaardigheden.',
    'Doet mee aan een activeringstraject van drie ochtenden per week.',
  ],
  4: [
    'Doet vrijwilligerswerk bij de kringloopwinkel, drie dagdelen per week.',
    'Loopt stage in de groenvoorziening; betrouwbaar en gemotiveerd.',
    'Helpt als vrijwilliger in een zorgcentrum in de wijk; goede contacten met bewoners.',
    'Werkt met behoud van uitkering mee in een leerwerktraject in de logistiek.',
  ],
  5: [
    'Werkt met loonkostensubsidie bij een productiebedrijf; de jobcoach is betrokken.',
    'Heeft een parttime baan en ontvangt een aanvullende uitkering.',
    'Werkt in een banenafspraakbaan in de schoonmaak, met begeleiding op de werkvloer.',
    'Werkt via het sociaal uitzendbureau bij een maatschappelijke organisatie.',
  ],
  6: [
    'Heeft betaald werk zonder ondersteuning; het contact wordt afgebouwd.',
    'Werkt inmiddels 32 uur per week in de techniek, zonder subsidie; uitstroom uit de uitkering.',
    'Heeft een vast contract gekregen; nazorg loopt nog drie maanden.',
  ],
};

const CHANGE_UP: readonly string[] = [
  'Vooruitgang ten opzichte van de vorige meting.',
  'Duidelijke stap vooruit sinds het vorige gesprek.',
  'Zet goede stappen; motivatie is hoog.',
];
const CHANGE_SAME: readonly string[] = [
  'Situatie is stabiel sinds de vorige meting.',
  'Geen verandering ten opzichte van de vorige meting; afspraken blijven staan.',
];
const CHANGE_DOWN: readonly string[] = [
  'Terugval ten opzichte van de vorige meting, onder meer door gezondheidsklachten.',
  'Terugval na het wegvallen van werk; stap voor stap opnieuw opbouwen.',
  'Terugval door problemen thuis; eerst stabiliseren.',
];

function ladderNote(rng: Prng, situation: string, rung: Rung, growth: Rung, previous: Rung | null): string {
  const parts = [situation];
  if (previous === null) parts.push('Eerste meting bij de intake.');
  else if (rung > previous) parts.push(rng.pick(CHANGE_UP));
  else if (rung < previous) parts.push(rng.pick(CHANGE_DOWN));
  else parts.push(rng.pick(CHANGE_SAME));
  parts.push(
    growth > rung
      ? `Groeipotentie: trede ${growth} (${RUNG_LABELS_NL[growth].toLowerCase()}).`
      : 'De huidige trede lijkt voorlopig het haalbare maximum.',
  );
  return parts.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Clients

const EDUCATION_DEFAULT: readonly (readonly [EducationLevel, number])[] = [
  ['geen', 3],
  ['basisonderwijs', 10],
  ['vmbo', 24],
  ['mbo1', 7],
  ['mbo2', 17],
  ['mbo3', 11],
  ['mbo4', 12],
  ['havo', 6],
  ['vwo', 2],
  ['hbo', 6],
  ['wo', 2],
];
const EDUCATION_WAJONG: readonly (readonly [EducationLevel, number])[] = [
  ['basisonderwijs', 30],
  ['vmbo', 30],
  ['mbo1', 20],
  ['mbo2', 15],
  ['mbo3', 5],
];
const EDUCATION_REFUGEE: readonly (readonly [EducationLevel, number])[] = [
  ['geen', 18],
  ['basisonderwijs', 22],
  ['vmbo', 10],
  ['mbo1', 8],
  ['mbo2', 10],
  ['mbo3', 6],
  ['mbo4', 6],
  ['havo', 4],
  ['vwo', 4],
  ['hbo', 8],
  ['wo', 4],
];
const EDUCATION_WW: readonly (readonly [EducationLevel, number])[] = [
  ['vmbo', 15],
  ['mbo2', 18],
  ['mbo3', 18],
  ['mbo4', 20],
  ['havo', 6],
  ['vwo', 3],
  ['hbo', 14],
  ['wo', 6],
];

const START_RUNG: Record<BenefitType, readonly (readonly [Rung, number])[]> = {
  participatiewet: [
    [1, 12],
    [2, 30],
    [3, 30],
    [4, 18],
    [5, 8],
    [6, 2],
  ],
  // WW: recently lost work; socially active, not (yet) working.
  ww: [
    [2, 10],
    [3, 40],
    [4, 35],
    [5, 15],
  ],
  wia_wao: [
    [2, 20],
    [3, 35],
    [4, 30],
    [5, 15],
  ],
  wajong: [
    [2, 15],
    [3, 35],
    [4, 30],
    [5, 20],
  ],
  geen: [
    [2, 20],
    [3, 35],
    [4, 30],
    [5, 15],
  ],
};

const HEALTH_CHANCE: Record<BenefitType, number> = { participatiewet: 0.13, ww: 0.05, wia_wao: 0.95, wajong: 0.9, geen: 0.1 };

function pickAge(rng: Prng, background: NameBackground): number {
  if (background.refugee) return rng.int(18, 58);
  if (background.key === 'pools') return rng.int(21, 58);
  const band = rng.weighted<readonly [number, number]>([
    [[18, 26], 18],
    [[27, 34], 20],
    [[35, 44], 22],
    [[45, 54], 22],
    [[55, 66], 18],
  ]);
  return rng.int(band[0], band[1]);
}

function pickBenefit(rng: Prng, background: NameBackground, age: number): BenefitType {
  if (background.refugee)
    return rng.weighted<BenefitType>([
      ['participatiewet', 95],
      ['geen', 5],
    ]);
  if (background.key === 'pools')
    return rng.weighted<BenefitType>([
      ['participatiewet', 45],
      ['ww', 45],
      ['geen', 10],
    ]);
  return rng.weighted<BenefitType>([
    ['participatiewet', 72],
    ['ww', age < 21 ? 1 : 9],
    ['wia_wao', age < 25 ? 0 : 7],
    ['wajong', 8],
    ['geen', 4],
  ]);
}

function pickEducation(rng: Prng, background: NameBackground, benefit: BenefitType, age: number): EducationLevel {
  const table =
    benefit === 'wajong' ? EDUCATION_WAJONG : background.refugee ? EDUCATION_REFUGEE : benefit === 'ww' ? EDUCATION_WW : EDUCATION_DEFAULT;
  let level = rng.weighted(table);
  // Nobody finishes higher education before about 21, nor mbo 4 before 19.
  if (age < 22 && (level === 'hbo' || level === 'wo')) level = rng.pick(['mbo4', 'havo', 'vwo'] as const);
  if (age < 19 && level === 'mbo4') level = 'mbo2';
  return level;
}

function pickLanguages(rng: Prng, background: NameBackground): string[] {
  const chosen = background.languages.filter(([, p]) => p >= 1 || rng.chance(p)).map(([name]) => name);
  // Nederlands first when spoken, then the rest in fixture order.
  return [...chosen.filter((l) => l === 'Nederlands'), ...chosen.filter((l) => l !== 'Nederlands')];
}

/** `count` ascending dates in the three years up to the reference date, at least 45 days apart. */
function ladderDates(rng: Prng, count: number, referenceDate: string): string[] {
  const minGap = 45;
  const first = yearsBefore(referenceDate, 3) + 1;
  const slack = dayNumber(referenceDate) - first - (count - 1) * minGap;
  const offsets = Array.from({ length: count }, () => rng.int(0, slack)).sort((a, b) => a - b);
  return offsets.map((offset, i) => isoFromDayNumber(first + offset + i * minGap));
}

function buildLadder(
  rng: Prng,
  benefit: BenefitType,
  hasHealthLimitation: boolean,
  assessorKey: string,
  referenceDate: string,
): DemoLadderAssessment[] {
  const count = rng.weighted<number>([
    [1, 25],
    [2, 30],
    [3, 25],
    [4, 13],
    [5, 7],
  ]);
  const dates = ladderDates(rng, count, referenceDate);
  let rung = rng.weighted(START_RUNG[benefit]);
  if (hasHealthLimitation && rung > 1 && rng.chance(0.4)) rung = clampRung(rung - 1);
  let ceiling = clampRung(
    rung +
      (benefit === 'ww'
        ? rng.weighted<number>([
            [1, 20],
            [2, 50],
            [3, 30],
          ])
        : rng.weighted<number>([
            [0, 10],
            [1, 45],
            [2, 35],
            [3, 10],
          ])),
  );
  // One description of the situation per rung, so a client who stays on a rung keeps the same story.
  const situation = new Map<Rung, string>();
  const result: DemoLadderAssessment[] = [];
  let previous: Rung | null = null;
  for (const assessedOn of dates) {
    if (previous !== null) {
      const step = rng.weighted<number>([
        [-1, 12],
        [0, 48],
        [1, 35],
        [2, 5],
      ]);
      rung = clampRung(previous + step);
      if (rung > ceiling && rng.chance(0.7)) rung = clampRung(Math.max(previous, ceiling));
    }
    if (rung > ceiling) ceiling = rung;
    const growthPotential = clampRung(Math.max(rung, ceiling));
    if (!situation.has(rung)) situation.set(rung, rng.pick(RUNG_NOTES[rung]));
    result.push({
      rung,
      growthPotential,
      assessedOn,
      notes: ladderNote(rng, situation.get(rung)!, rung, growthPotential, previous),
      assessorKey,
    });
    previous = rung;
  }
  return result;
}

interface ClientContext {
  referenceDate: string;
  municipality: Municipality;
  caseManagerKey: string;
  usedBsns: Set<string>;
  reintegrationName: string;
  /** Age on the reference date, both inclusive; absent: the usual age spread. */
  ageRange?: readonly [number, number];
  /** Stable key; absent: "client-<index + 1>". */
  key?: string;
}

function buildClient(rng: Prng, index: number, ctx: ClientContext): DemoClient {
  const { municipality, referenceDate } = ctx;
  const background = rng.weighted(NAME_BACKGROUNDS.map((b) => [b, b.weight] as const));
  const gender = rng.weighted<Gender>([
    ['man', 49],
    ['vrouw', 49],
    ['x', 1],
    ['onbekend', 1],
  ]);
  const age = ctx.ageRange ? rng.int(ctx.ageRange[0], ctx.ageRange[1]) : pickAge(rng, background);

  // Date of birth such that the age on the reference date is exactly `age`.
  const latest = yearsBefore(referenceDate, age);
  const earliest = yearsBefore(referenceDate, age + 1) + 1;
  const dateOfBirth = isoFromDayNumber(rng.int(earliest, latest));
  const birthYear = Number(dateOfBirth.slice(0, 4));

  const female = gender === 'vrouw' || (gender !== 'man' && rng.chance(0.5));
  const names = female ? background.female : background.male;
  const firstName = rng.pick(birthYear < 1978 ? names.older : names.younger);
  const surname = rng.pick(background.surnames);

  const benefitType = pickBenefit(rng, background, age);
  const educationLevel = pickEducation(rng, background, benefitType, age);
  const hasHealth = rng.chance(HEALTH_CHANCE[benefitType]);
  const healthLimitations = hasHealth ? rng.pick(benefitType === 'wajong' ? HEALTH_WAJONG : HEALTH_GENERAL) : null;

  // Target groups, consistent with age and situation.
  const groups = new Set<TargetGroup>();
  if (benefitType === 'wajong' ? rng.chance(0.9) : hasHealth && benefitType === 'participatiewet' ? rng.chance(0.3) : rng.chance(0.01)) {
    groups.add('banenafspraak');
  }
  if (background.refugee && rng.chance(0.85)) groups.add('statushouder');
  if (age >= 50 && rng.chance(0.9)) groups.add('vijftig_plus');
  if (age < 27 && rng.chance(0.9)) groups.add('jongere');
  if (age >= 21 && age <= 55 && rng.chance(gender === 'vrouw' ? 0.2 : gender === 'man' ? 0.03 : 0.05)) {
    groups.add('alleenstaande_ouder');
  }
  const targetGroups = TARGET_GROUPS.filter((g) => groups.has(g));

  let hoursAvailable = rng.weighted<number>([
    [12, 3],
    [16, 8],
    [20, 18],
    [24, 16],
    [28, 6],
    [32, 20],
    [36, 14],
    [40, 15],
  ]);
  if (groups.has('alleenstaande_ouder'))
    hoursAvailable = Math.min(
      hoursAvailable,
      rng.weighted<number>([
        [16, 1],
        [20, 2],
        [24, 3],
        [28, 2],
        [32, 2],
      ]),
    );
  if (hasHealth)
    hoursAvailable = Math.min(
      hoursAvailable,
      rng.weighted<number>([
        [0, 1],
        [8, 2],
        [12, 3],
        [16, 4],
        [20, 4],
        [24, 3],
      ]),
    );

  let licenceChance = background.refugee ? 0.15 : background.key === 'nederlands' ? 0.65 : background.key === 'pools' ? 0.65 : 0.5;
  if (age < 21) licenceChance = Math.min(licenceChance, 0.2);
  else if (age < 27) licenceChance = Math.min(licenceChance, 0.4);
  if (benefitType === 'wajong') licenceChance = Math.min(licenceChance, 0.2);
  const drivingLicence = rng.chance(licenceChance);
  const maxTravelKm = drivingLicence
    ? rng.weighted<number>([
        [10, 2],
        [15, 3],
        [20, 4],
        [25, 3],
        [30, 4],
        [40, 2],
        [50, 2],
        [75, 1],
      ])
    : rng.weighted<number>([
        [3, 1],
        [5, 3],
        [10, 4],
        [15, 3],
        [20, 2],
        [25, 1],
      ]);

  let bsn = generateBsn(rng);
  while (ctx.usedBsns.has(bsn)) bsn = generateBsn(rng);
  ctx.usedBsns.add(bsn);

  const contact: { email?: string; phone?: string } = {};
  if (rng.chance(0.75)) {
    const suffix = rng.chance(0.4) ? String(rng.int(1, 99)) : '';
    // example.com is reserved for examples (RFC 2606): demo mail never reaches a real mailbox.
    contact.email = `${emailSlug(firstName)}.${emailSlug(fullSurname(surname))}${suffix}@example.com`;
  }
  if (rng.chance(0.9)) contact.phone = `06-${String(rng.int(10_000_000, 99_999_999))}`;

  const houseNumber = rng.weighted<readonly [number, number]>([
    [[1, 30], 50],
    [[31, 100], 35],
    [[101, 250], 15],
  ]);
  const street = rng.pick(municipality.streets);
  const houseNo = rng.int(houseNumber[0], houseNumber[1]);
  const addition = rng.chance(0.08) ? rng.pick(['A', 'B', 'C', '1', '2']) : undefined;
  const address: DemoAddress = {
    street,
    houseNumber: houseNo,
    ...(addition === undefined ? {} : { houseNumberAddition: addition }),
    postcode: postcodeIn(rng, municipality),
    city: municipality.city,
  };

  const client: DemoClient = {
    key: ctx.key ?? `client-${String(index + 1).padStart(4, '0')}`,
    owningOrganisationKey: municipality.key,
    caseManagerKey: ctx.caseManagerKey,
    bsn,
    firstName,
    ...(surname.prefix ? { surnamePrefix: surname.prefix } : {}),
    surname: surname.name,
    dateOfBirth,
    gender,
    ...contact,
    address,
    educationLevel,
    benefitType,
    hoursAvailable,
    drivingLicence,
    maxTravelKm,
    languages: pickLanguages(rng, background),
    targetGroups,
    healthLimitations,
    ladderAssessments: [],
    consents: [],
  };

  client.ladderAssessments = buildLadder(rng, benefitType, hasHealth, ctx.caseManagerKey, referenceDate);

  if (rng.chance(0.1)) {
    const toUwv = benefitType === 'ww' || benefitType === 'wia_wao' ? rng.chance(0.8) : rng.chance(0.2);
    const first = dayNumber(client.ladderAssessments[0]!.assessedOn);
    const end = dayNumber(referenceDate);
    const grantedOn = isoFromDayNumber(rng.int(Math.max(first, end - 365), end));
    client.consents.push({
      organisationKey: toUwv ? UWV_KEY : REINTEGRATION_KEY,
      grantedOn,
      grantedByKey: ctx.caseManagerKey,
      note: toUwv
        ? 'Cliënt geeft toestemming om het dossier te delen met UWV voor afstemming van de re-integratie en de uitkering.'
        : `Cliënt geeft toestemming om het dossier te delen met ${ctx.reintegrationName} voor een traject naar werk met jobcoaching.`,
    });
  }
  return client;
}

// ---------------------------------------------------------------------------------------------
// Entry point

/**
 * The complete demo. Deterministic: the same (seed, clientCount, referenceDate) give byte-identical
 * JSON. Clients are spread over the five gemeenten in proportion to population.
 */
export function generateDemo(
  seed: number = DEMO_SEED,
  clientCount: number = DEMO_CLIENT_COUNT,
  referenceDate: string = DEMO_REFERENCE_DATE,
): DemoData {
  if (!Number.isSafeInteger(seed)) throw new RangeError('seed must be a safe integer');
  if (!Number.isInteger(clientCount) || clientCount < 0 || clientCount > 100_000)
    throw new RangeError('clientCount must be an integer 0..100000');
  if (!isIsoDate(referenceDate)) throw new RangeError('referenceDate must be YYYY-MM-DD');

  const root = createPrng(seed);
  const organisations = buildOrganisations();
  const users = buildUsers(root.fork('users'), organisations);
  const reintegrationName = organisations.find((o) => o.key === REINTEGRATION_KEY)!.name;

  const counts = allocateByPopulation(clientCount);
  const assignment: Municipality[] = [];
  for (const m of MUNICIPALITIES) for (let i = 0; i < (counts.get(m.key) ?? 0); i++) assignment.push(m);
  const spread = root.fork('spread').shuffle(assignment);

  const usedBsns = new Set<string>();
  const clients = spread.map((municipality, index) =>
    buildClient(root.fork(`client:${index}`), index, {
      referenceDate,
      municipality,
      caseManagerKey: demoUserKey(municipality.key, 'klantmanager'),
      usedBsns,
      reintegrationName,
    }),
  );

  users.push(...buildPortalUsers(root.fork('portal'), clients, referenceDate));
  return { seed, referenceDate, password: DEMO_PASSWORD, organisations, users, clients };
}

/**
 * One client-portal user (role werkzoekende) per gemeente, linked to one of its clients and named after
 * them: werkzoekende@<gemeente>.demo.werkplein.nl. The client is someone on the way to work (rung 4 or
 * lower, assessed at least twice, the last time one to ten months ago) and at least 40, old enough to have
 * taken part in the 2006 PRB pilot; the criteria relax one by one when a small demo has no such client.
 */
function buildPortalUsers(rng: Prng, clients: readonly DemoClient[], referenceDate: string): DemoUser[] {
  const today = dayNumber(referenceDate);
  const last = (c: DemoClient) => c.ladderAssessments[c.ladderAssessments.length - 1]!;
  const criteria: ((c: DemoClient) => boolean)[] = [
    (c) => c.email !== undefined,
    (c) => last(c).rung <= 4,
    (c) => c.ladderAssessments.length >= 2,
    (c) => dayNumber(last(c).assessedOn) <= today - 30 && dayNumber(last(c).assessedOn) >= today - 300,
    (c) => dayNumber(c.dateOfBirth) <= yearsBefore(referenceDate, 40),
  ];
  const users: DemoUser[] = [];
  for (const m of MUNICIPALITIES) {
    const own = clients.filter((c) => c.owningOrganisationKey === m.key);
    if (own.length === 0) continue;
    let candidates: DemoClient[] = [];
    for (let dropped = 0; candidates.length === 0; dropped++) candidates = own.filter((c) => criteria.slice(dropped).every((ok) => ok(c)));
    const client = rng.pick(candidates);
    users.push({
      key: demoUserKey(m.key, 'werkzoekende'),
      organisationKey: m.key,
      email: demoUserEmail(m.key, 'werkzoekende'),
      name: demoClientName(client),
      roles: ['werkzoekende'],
      clientKey: client.key,
    });
  }
  return users;
}

/**
 * `count` further clients of one gemeente, aged `ageRange` on the reference date (e.g. the long-term clients
 * who took part in the PRB pilots of 2004–2006), built like the others: the same name pools, addresses,
 * ladder history and consents. Keys are "<keyPrefix>-0001", …; BSNs differ from every client in `data`.
 * Deterministic per (data.seed, municipality, keyPrefix).
 */
export function generateExtraClients(
  data: DemoData,
  municipalityKey: MunicipalityKey,
  count: number,
  opts: { keyPrefix: string; ageRange: readonly [number, number]; usedBsns?: Set<string> },
): DemoClient[] {
  const municipality = MUNICIPALITIES.find((m) => m.key === municipalityKey);
  if (!municipality) throw new RangeError(`unknown municipality ${municipalityKey}`);
  const usedBsns = opts.usedBsns ?? new Set(data.clients.map((c) => c.bsn));
  const reintegrationName = data.organisations.find((o) => o.key === REINTEGRATION_KEY)?.name ?? 'de re-integratiepartner';
  const root = createPrng(data.seed).fork(`extra:${municipalityKey}:${opts.keyPrefix}`);
  return Array.from({ length: count }, (_, i) =>
    buildClient(root.fork(`client:${i}`), i, {
      referenceDate: data.referenceDate,
      municipality,
      caseManagerKey: demoUserKey(municipalityKey, 'klantmanager'),
      usedBsns,
      reintegrationName,
      ageRange: opts.ageRange,
      key: `${opts.keyPrefix}-${String(i + 1).padStart(4, '0')}`,
    }),
  );
}

/** "Fatima el Amrani": the client's name as the application displays it. */
export function demoClientName(c: Pick<DemoClient, 'firstName' | 'surnamePrefix' | 'surname'>): string {
  return [c.firstName, c.surnamePrefix, c.surname].filter(Boolean).join(' ');
}

/** Only the ClientInput fields of a demo client (for POST /api/v1/clients or a repository insert). */
export function toClientInput(client: DemoClient): DemoClientInput {
  const { key: _key, owningOrganisationKey: _org, caseManagerKey: _cm, ladderAssessments: _la, consents: _c, ...input } = client;
  return { ...input, address: { ...input.address }, languages: [...input.languages], targetGroups: [...input.targetGroups] };
}
