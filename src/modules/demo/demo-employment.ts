/**
 * The one-stop-shop part of the demo: Brabant employers (with contact persons, contact moments, a lead
 * account manager and agreements), their vacancies, and what each demo client is looking for (wanted
 * occupations, skills, availability). Pure and deterministic like generateDemo: the same demo, fixture
 * occupations and seed give the same output. Occupations come from the reference-data fixture, so every
 * URI and ISCO code used here exists in the database the demo is loaded into.
 */
import { DEMO_SEED, type DemoData, type EducationLevel } from './demo-data.ts';
import type { MunicipalityKey } from './brabant.ts';
import { createPrng } from '../../kernel/prng.ts';

export interface DemoOccupation {
  uri: string;
  iscoCode: string;
  label: string;
}

export type SizeClass = '1-9' | '10-49' | '50-249' | '250+';
export type Visibility = 'own' | 'region' | 'public';
export type ContactMomentKind = 'bezoek' | 'telefoon' | 'email';

export interface DemoEmployer {
  key: string;
  kvkNumber: string;
  name: string;
  sbiCode: string;
  sizeClass: SizeClass;
  address: { street: string; houseNumber: number; postcode: string; city: string };
  /** Organisation key of the gemeente that registered the employer. */
  registeredByKey: string;
  /** Organisation key of the employer's own portal organisation, if it has one. */
  portalOrganisationKey: string | null;
  lead: { userKey: string; organisationKey: string; since: string } | null;
  contacts: { name: string; jobTitle: string; email: string; phone: string }[];
  contactMoments: { kind: ContactMomentKind; occurredOn: string; notes: string; organisationKey: string; userKey: string }[];
  agreements: { organisationKey: string; description: string; targetPlacements: number; periodStart: string; periodEnd: string }[];
}

export interface DemoVacancy {
  key: string;
  employerKey: string;
  /** The registering organisation (owner under row-level security) and its werkgeversadviseur. */
  organisationKey: string;
  createdByKey: string;
  occupationUri: string;
  iscoCode: string;
  title: string;
  description: string;
  hoursPerWeek: number;
  /** The employer's postcode ("5705 DK"); its PC4 is in the fixture. */
  postcode: string;
  positions: number;
  educationLevel: EducationLevel | null;
  drivingLicenceRequired: boolean;
  skills: string[];
  startDate: string | null;
  /** Gross per month, in cents. */
  wageMinCents: number;
  wageMaxCents: number;
  visibility: Visibility;
  status: 'open' | 'filled';
  /** YYYY-MM-DD */
  openedOn: string;
  filledOn: string | null;
}

export interface DemoClientMatch {
  wantedOccupationUris: string[];
  wantedIscoCodes: string[];
  skills: string[];
  /** YYYY-MM-DD, or null: available now. */
  availableFrom: string | null;
}

export interface DemoEmployment {
  employers: DemoEmployer[];
  vacancies: DemoVacancy[];
  /** By client key. */
  clientMatch: Record<string, DemoClientMatch>;
}

// ---------------------------------------------------------------------------------------------
// Employers (fictional names and KvK numbers; real streets and PC4 areas)

interface EmployerDef {
  key: string;
  name: string;
  kvk: string;
  sbi: string;
  size: SizeClass;
  city: MunicipalityKey;
  street: string;
  houseNumber: number;
  postcode: string;
  portal?: string;
  /** Fixture occupation labels this employer recruits for: one vacancy each. */
  occupations: string[];
  contacts: [name: string, jobTitle: string][];
  domain: string;
  phone: string;
}

const CITY: Record<MunicipalityKey, string> = {
  shertogenbosch: "'s-Hertogenbosch",
  eindhoven: 'Eindhoven',
  tilburg: 'Tilburg',
  breda: 'Breda',
  helmond: 'Helmond',
};

export const EMPLOYER_DEFS: readonly EmployerDef[] = [
  {
    key: 'peelland-metaal',
    name: 'Peelland Metaaltechniek B.V.',
    kvk: '17284530',
    sbi: '2562',
    size: '50-249',
    city: 'helmond',
    street: 'Varenschut',
    houseNumber: 14,
    postcode: '5705 DK',
    portal: 'peelland-metaal',
    occupations: ['lasser', 'pijplasser', 'operator CNC-machine', 'assemblagetechnicus mechatronica'],
    contacts: [
      ['Ingrid Swinkels', 'HR-manager'],
      ['Marco van Dijk', 'Productieleider'],
    ],
    domain: 'peelland-metaal.example',
    phone: '0492-537 210',
  },
  {
    key: 'markdal-logistiek',
    name: 'Markdal Logistiek B.V.',
    kvk: '20119874',
    sbi: '5210',
    size: '250+',
    city: 'breda',
    street: 'Hazeldonk',
    houseNumber: 6250,
    postcode: '4836 LG',
    portal: 'markdal-logistiek',
    occupations: ['orderpicker', 'magazijnmedewerker', 'heftruckchauffeur', 'vrachtwagenchauffeur', 'inpakker met de hand'],
    contacts: [
      ['Sandra Verhoeven', 'Recruiter'],
      ['Youssef El Amrani', 'Teamleider warehouse'],
    ],
    domain: 'markdal.example',
    phone: '076-596 4400',
  },
  {
    key: 'korenbloem',
    name: 'Bakkerij De Korenbloem',
    kvk: '16047725',
    sbi: '1071',
    size: '10-49',
    city: 'shertogenbosch',
    street: 'Hinthamerstraat',
    houseNumber: 112,
    postcode: '5211 MT',
    portal: 'korenbloem',
    occupations: ['bakker', 'bakkerijmedewerker', 'verkoopmedewerker'],
    contacts: [['Kees van der Heijden', 'Eigenaar']],
    domain: 'korenbloem.example',
    phone: '073-613 2281',
  },
  {
    key: 'glansrijk',
    name: 'Schoonmaakbedrijf Glansrijk B.V.',
    kvk: '17215098',
    sbi: '8121',
    size: '250+',
    city: 'eindhoven',
    street: 'Achtseweg Zuid',
    houseNumber: 151,
    postcode: '5651 GW',
    occupations: ['schoonmaker gebouwen', 'medewerker huishoudelijke dienst'],
    contacts: [
      ['Monique Hendriks', 'Rayonmanager'],
      ['Piotr Nowak', 'Objectleider'],
    ],
    domain: 'glansrijk.example',
    phone: '040-251 7730',
  },
  {
    key: 'kempenhof',
    name: 'Zorggroep De Kempenhof',
    kvk: '41088213',
    sbi: '8710',
    size: '250+',
    city: 'eindhoven',
    street: 'Aalsterweg',
    houseNumber: 289,
    postcode: '5644 RB',
    occupations: ['thuiszorgmedewerker', 'verpleeghulp', 'algemeen verpleegkundige', 'medewerker keuken', 'receptionist'],
    contacts: [
      ['Esther Claassen', 'Adviseur werving en selectie'],
      ['Rachid Bouzid', 'Teamleider facilitair'],
    ],
    domain: 'kempenhof.example',
    phone: '040-211 9300',
  },
  {
    key: 'lumaro',
    name: 'Lumaro Mechatronics B.V.',
    kvk: '59310442',
    sbi: '2829',
    size: '50-249',
    city: 'eindhoven',
    street: 'Esp',
    houseNumber: 262,
    postcode: '5633 AC',
    occupations: ['assemblagetechnicus mechatronica', 'operator CNC-machine', 'administratief medewerker', 'magazijnmedewerker'],
    contacts: [['Jeroen Aarts', 'Operations manager']],
    domain: 'lumaro.example',
    phone: '040-304 5560',
  },
  {
    key: 'van-den-boomen',
    name: 'Installatietechniek Van den Boomen B.V.',
    kvk: '18073361',
    sbi: '4321',
    size: '50-249',
    city: 'tilburg',
    street: 'Kraaiven',
    houseNumber: 21,
    postcode: '5047 TR',
    occupations: ['monteur elektrische installaties gebouwen', 'loodgieter', 'administratief medewerker'],
    contacts: [
      ['Ton van den Boomen', 'Directeur'],
      ['Lotte Rovers', 'Personeelsadviseur'],
    ],
    domain: 'vandenboomen.example',
    phone: '013-571 2040',
  },
  {
    key: 'de-zwaan',
    name: 'Restaurant De Zwaan',
    kvk: '66412095',
    sbi: '5610',
    size: '10-49',
    city: 'shertogenbosch',
    street: 'Markt',
    houseNumber: 17,
    postcode: '5211 JV',
    occupations: ['kok', 'keukenhulp', 'ober/serveerster', 'medewerker keuken'],
    contacts: [['Femke Bakker', 'Bedrijfsleider']],
    domain: 'dezwaan.example',
    phone: '073-614 0915',
  },
  {
    key: 'van-gils',
    name: 'Supermarkt Van Gils Piushaven',
    kvk: '18054420',
    sbi: '4711',
    size: '50-249',
    city: 'tilburg',
    street: 'Piushaven',
    houseNumber: 22,
    postcode: '5017 AN',
    occupations: ['kassamedewerker', 'schappenvuller', 'winkelmedewerker', 'verkoopmedewerker', 'bakkerijmedewerker'],
    contacts: [
      ['Hans van Gils', 'Filiaalmanager'],
      ['Merve Kaya', 'Assistent-filiaalmanager'],
    ],
    domain: 'vangils-super.example',
    phone: '013-542 7118',
  },
  {
    key: 'mark-en-aa',
    name: 'Hoveniersbedrijf Mark en Aa',
    kvk: '20098156',
    sbi: '8130',
    size: '10-49',
    city: 'breda',
    street: 'Liniestraat',
    houseNumber: 30,
    postcode: '4816 BG',
    occupations: ['hovenier', 'medewerker groenvoorziening/medewerkster groenvoorziening'],
    contacts: [['Bram de Jong', 'Eigenaar']],
    domain: 'markenaa.example',
    phone: '076-521 3390',
  },
  {
    key: 'speelkwartier',
    name: 'Kinderopvang Het Speelkwartier',
    kvk: '17198843',
    sbi: '8891',
    size: '50-249',
    city: 'helmond',
    street: 'Brandevoortse Dreef',
    houseNumber: 88,
    postcode: '5708 ZK',
    occupations: ['medewerker kinderdagverblijf', 'onderwijsassistent', 'schoonmaker gebouwen'],
    contacts: [['Anouk Maas', 'Locatiemanager']],
    domain: 'speelkwartier.example',
    phone: '0492-472 801',
  },
  {
    key: 'van-dongen',
    name: 'Transportbedrijf Van Dongen & Zn.',
    kvk: '18021957',
    sbi: '4941',
    size: '50-249',
    city: 'tilburg',
    street: 'Jules Verneweg',
    houseNumber: 60,
    postcode: '5015 BM',
    occupations: ['vrachtwagenchauffeur', 'auto- en bestelwagenkoerier', 'heftruckchauffeur', 'magazijnmedewerker'],
    contacts: [
      ['Gerard van Dongen', 'Directeur'],
      ['Linda Smits', 'Planner'],
    ],
    domain: 'vandongen-transport.example',
    phone: '013-468 2255',
  },
  {
    key: 'zuidwacht',
    name: 'Beveiligingsgroep Zuidwacht B.V.',
    kvk: '58820714',
    sbi: '8010',
    size: '50-249',
    city: 'shertogenbosch',
    street: 'Rietveldenweg',
    houseNumber: 60,
    postcode: '5222 AR',
    occupations: ['beveiliger', 'coördinator beveiliging', 'receptionist', 'callcentermedewerker'],
    contacts: [['Dennis Peters', 'Manager operations']],
    domain: 'zuidwacht.example',
    phone: '073-642 5100',
  },
  {
    key: 'heijmerink',
    name: 'Bouwbedrijf Heijmerink B.V.',
    kvk: '20130478',
    sbi: '4120',
    size: '50-249',
    city: 'breda',
    street: 'Minervum',
    houseNumber: 7400,
    postcode: '4817 ZE',
    occupations: ['timmerman', 'schilder bouw', 'loodgieter', 'monteur elektrische installaties gebouwen'],
    contacts: [
      ['Wim Heijmerink', 'Directeur'],
      ['Iris van Loon', 'Hoofd personeelszaken'],
    ],
    domain: 'heijmerink.example',
    phone: '076-587 6600',
  },
];

/** Lead account managers (one per employer, across all partners) and agreements, for some employers. */
const LEADS: Record<string, { org: string; since: string }> = {
  'markdal-logistiek': { org: 'breda', since: '2025-03-10T09:30:00+01:00' },
  'peelland-metaal': { org: 'helmond', since: '2025-06-02T14:00:00+02:00' },
  korenbloem: { org: 'shertogenbosch', since: '2026-01-20T10:15:00+01:00' },
  kempenhof: { org: 'eindhoven', since: '2024-11-04T11:00:00+01:00' },
  glansrijk: { org: 'eindhoven', since: '2025-09-15T09:00:00+02:00' },
  'van-dongen': { org: 'uwv', since: '2025-05-12T13:45:00+02:00' },
  zuidwacht: { org: 'shertogenbosch', since: '2026-04-07T15:30:00+02:00' },
};

const AGREEMENTS: Record<string, DemoEmployer['agreements']> = {
  'markdal-logistiek': [
    {
      organisationKey: 'breda',
      description: '6 plaatsingen van werkzoekenden uit de Participatiewet in 2026',
      targetPlacements: 6,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    },
  ],
  kempenhof: [
    {
      organisationKey: 'eindhoven',
      description: '4 leerwerkplekken in de zorg (BBL) in 2027',
      targetPlacements: 4,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    },
  ],
  'peelland-metaal': [
    {
      organisationKey: 'helmond',
      description: '3 plaatsingen in 2027, waarvan 1 banenafspraakbaan',
      targetPlacements: 3,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
    },
  ],
};

const CONTACT_MOMENTS: Record<string, { kind: ContactMomentKind; on: string; org: string; notes: string }[]> = {
  'markdal-logistiek': [
    {
      kind: 'bezoek',
      on: '2026-02-12',
      org: 'breda',
      notes:
        'Bedrijfsbezoek met rondleiding door het distributiecentrum. Behoefte aan orderpickers en heftruckchauffeurs voor het hoogseizoen; bereid tot een proefplaatsing van twee maanden.',
    },
    {
      kind: 'telefoon',
      on: '2026-05-19',
      org: 'uwv',
      notes: 'UWV belde over WW-kandidaten met heftruckcertificaat; doorverwezen naar de accountmanager van Gemeente Breda.',
    },
    {
      kind: 'email',
      on: '2026-09-03',
      org: 'breda',
      notes: 'Tussenstand afspraak: 4 van de 6 plaatsingen gerealiseerd. Nieuwe vacatures voor orderpickers volgen in oktober.',
    },
  ],
  'peelland-metaal': [
    {
      kind: 'bezoek',
      on: '2026-03-05',
      org: 'helmond',
      notes:
        'Kennismaking met de nieuwe productieleider. Structureel tekort aan lassers; interesse in een opleidingstraject met behoud van uitkering.',
    },
    {
      kind: 'telefoon',
      on: '2026-08-27',
      org: 'helmond',
      notes: 'Afspraak gemaakt over een banenafspraakbaan in de montage, met jobcoaching vanuit Stapvoort.',
    },
  ],
  korenbloem: [
    {
      kind: 'bezoek',
      on: '2026-02-02',
      org: 'shertogenbosch',
      notes: 'Eigenaar zoekt een bakkerijmedewerker voor de vroege ochtend (vanaf 5.00 uur); goed bereikbaar met de fiets.',
    },
  ],
  kempenhof: [
    {
      kind: 'email',
      on: '2026-06-11',
      org: 'eindhoven',
      notes: 'Voorstel voor een BBL-traject helpende zorg en welzijn toegestuurd; reactie verwacht na de zomer.',
    },
    {
      kind: 'bezoek',
      on: '2026-10-08',
      org: 'eindhoven',
      notes: 'Intentieverklaring voor 4 leerwerkplekken in 2027 besproken en getekend.',
    },
  ],
  glansrijk: [
    {
      kind: 'telefoon',
      on: '2026-07-01',
      org: 'eindhoven',
      notes: 'Objectleider zoekt schoonmakers voor kantoorpanden op De Hurk, avonduren, 20 uur per week.',
    },
  ],
  'van-dongen': [
    {
      kind: 'bezoek',
      on: '2026-04-22',
      org: 'uwv',
      notes: 'Chauffeurstekort besproken; bereid om het C-rijbewijs te laten financieren bij een contract van minimaal een jaar.',
    },
    {
      kind: 'telefoon',
      on: '2026-09-16',
      org: 'tilburg',
      notes: 'Gemeente Tilburg vroeg naar plekken voor bestelwagenkoeriers; lead ligt bij UWV, afgestemd met de accountmanager daar.',
    },
  ],
  zuidwacht: [
    {
      kind: 'email',
      on: '2026-05-28',
      org: 'shertogenbosch',
      notes: 'Informatie over de subsidie voor de beveiligingsopleiding (diploma Beveiliger 2) gestuurd.',
    },
  ],
  heijmerink: [
    {
      kind: 'bezoek',
      on: '2026-03-24',
      org: 'breda',
      notes: 'Kennismaking; interesse in social return bij de nieuwbouw aan de Teteringsedijk.',
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// Vacancy texts per ISCO unit group

interface JobProfile {
  title: (label: string) => string;
  description: string;
  skills: readonly string[];
  education: EducationLevel | null;
  licence: boolean;
  hours: readonly number[];
  /** Gross hourly wage range in euros. */
  hourly: readonly [number, number];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const same = (label: string) => capitalise(label);

const PROFILES: Record<string, JobProfile> = {
  '7212': {
    title: (l) => `${capitalise(l)} MIG/MAG`,
    description: 'Je last constructies en leidingwerk volgens tekening, in dagdienst of tweeploegendienst.',
    skills: ['mig/mag-lassen', 'tig-lassen', 'tekening lezen', 'vca'],
    education: 'mbo2',
    licence: false,
    hours: [36, 38, 40],
    hourly: [16, 21],
  },
  '7223': {
    title: () => 'CNC-operator draaien/frezen',
    description: 'Je stelt CNC-draai- en freesmachines in, bewaakt de kwaliteit en doet klein onderhoud.',
    skills: ['cnc', 'meten', 'tekening lezen', 'kwaliteitscontrole'],
    education: 'mbo3',
    licence: false,
    hours: [36, 38, 40],
    hourly: [17, 22],
  },
  '8211': {
    title: () => 'Assemblagemedewerker mechatronica',
    description: 'Je bouwt modules voor hightech machines in een cleanroom en test ze volgens werkinstructie.',
    skills: ['assemblage', 'cleanroom', 'werkinstructies', 'elektrotechniek'],
    education: 'mbo2',
    licence: false,
    hours: [32, 36, 40],
    hourly: [16, 20],
  },
  '8344': {
    title: (l) => `${capitalise(l)} (reachtruck)`,
    description: 'Je laadt, lost en verplaatst pallets met de heftruck en reachtruck in het magazijn.',
    skills: ['heftruckcertificaat', 'reachtruck', 'vca', 'scanner'],
    education: null,
    licence: false,
    hours: [32, 36, 40],
    hourly: [15, 17],
  },
  '9333': {
    title: same,
    description: 'Je verzamelt orders met de scanner, pakt ze in en maakt ze klaar voor verzending.',
    skills: ['orderpicken', 'scanner', 'fysiek werk'],
    education: null,
    licence: false,
    hours: [24, 32, 36, 40],
    hourly: [14.5, 16],
  },
  '9321': {
    title: () => 'Inpakker',
    description: 'Je pakt producten met de hand in en controleert ze op beschadigingen.',
    skills: ['inpakken', 'nauwkeurig', 'fysiek werk'],
    education: null,
    licence: false,
    hours: [20, 24, 32, 36],
    hourly: [14.5, 15.5],
  },
  '8332': {
    title: () => 'Chauffeur C/CE nationaal',
    description: 'Je rijdt vaste ritten naar winkels en distributiecentra in Zuid-Nederland, zonder overnachtingen.',
    skills: ['rijbewijs c', 'code 95', 'digitale tachograaf', 'laden en lossen'],
    education: null,
    licence: true,
    hours: [40, 45],
    hourly: [16, 19],
  },
  '8322': {
    title: () => 'Bezorger bestelbus',
    description: 'Je bezorgt pakketten in de regio Tilburg met een elektrische bestelbus.',
    skills: ['klantvriendelijk', 'zelfstandig', 'scanner'],
    education: null,
    licence: true,
    hours: [24, 32, 36],
    hourly: [14.5, 16],
  },
  '9112': {
    title: (l) => capitalise(l),
    description: 'Je maakt kantoren en gemeenschappelijke ruimtes schoon, vooral in de avonduren.',
    skills: ['schoonmaken', 'zelfstandig', 'betrouwbaar'],
    education: null,
    licence: false,
    hours: [12, 16, 20, 24],
    hourly: [14.5, 15.5],
  },
  '7512': {
    title: () => 'Brood- en banketbakker',
    description: 'Je bakt brood en banket voor de winkel en de horeca, vanaf vroeg in de ochtend.',
    skills: ['bakken', 'haccp', 'vroege diensten'],
    education: 'mbo2',
    licence: false,
    hours: [32, 36, 38],
    hourly: [15, 18],
  },
  '8160': {
    title: same,
    description: 'Je helpt in de bakkerij: deeg afwegen, producten afwerken en de winkel aanvullen.',
    skills: ['haccp', 'vroege diensten', 'hygiënisch werken'],
    education: null,
    licence: false,
    hours: [16, 20, 24, 32],
    hourly: [14.5, 15.5],
  },
  '5120': {
    title: () => 'Zelfstandig werkend kok',
    description: 'Je bereidt de à-la-cartegerechten en de lunch, en werkt mee aan de menukaart.',
    skills: ['koken', 'haccp', 'stressbestendig'],
    education: 'mbo2',
    licence: false,
    hours: [32, 36, 38],
    hourly: [15.5, 19],
  },
  '9412': {
    title: (l) => capitalise(l),
    description: 'Je helpt in de keuken met voorbereiden, afwassen en schoonhouden.',
    skills: ['afwassen', 'haccp', 'teamwerk'],
    education: null,
    licence: false,
    hours: [12, 16, 20, 24, 32],
    hourly: [14.5, 15],
  },
  '5131': {
    title: () => 'Bediening restaurant',
    description: 'Je ontvangt gasten, neemt bestellingen op en serveert, ook in het weekend.',
    skills: ['gastvrij', 'kassasysteem', 'engels'],
    education: null,
    licence: false,
    hours: [16, 24, 32],
    hourly: [14.5, 16],
  },
  '5223': {
    title: (l) => capitalise(l),
    description: 'Je helpt klanten, vult de afdeling aan en houdt de winkel netjes.',
    skills: ['klantvriendelijk', 'kassasysteem', 'teamwerk'],
    education: 'vmbo',
    licence: false,
    hours: [12, 16, 24, 32],
    hourly: [14.5, 16],
  },
  '5230': {
    title: same,
    description: 'Je rekent af met klanten aan de kassa en helpt bij de zelfscankassa’s.',
    skills: ['kassasysteem', 'klantvriendelijk', 'nauwkeurig'],
    education: null,
    licence: false,
    hours: [12, 16, 20, 24],
    hourly: [14.5, 15],
  },
  '9334': {
    title: () => 'Vakkenvuller',
    description: 'Je vult de schappen, verwerkt de bevoorrading en controleert houdbaarheidsdata.',
    skills: ['fysiek werk', 'teamwerk', 'vroege diensten'],
    education: null,
    licence: false,
    hours: [12, 16, 20, 24],
    hourly: [14.5, 15],
  },
  '5322': {
    title: () => 'Helpende zorg en welzijn',
    description: 'Je ondersteunt cliënten thuis bij de persoonlijke verzorging en het huishouden.',
    skills: ['persoonlijke verzorging', 'empathisch', 'rijbewijs b'],
    education: 'mbo2',
    licence: true,
    hours: [16, 24, 28, 32],
    hourly: [15, 18],
  },
  '5321': {
    title: () => 'Verzorgende IG',
    description: 'Je verzorgt bewoners van het verpleeghuis en signaleert veranderingen in hun gezondheid.',
    skills: ['persoonlijke verzorging', 'rapporteren', 'empathisch'],
    education: 'mbo3',
    licence: false,
    hours: [24, 28, 32],
    hourly: [16, 20],
  },
  '2221': {
    title: () => 'Verpleegkundige',
    description: 'Je bent verantwoordelijk voor de verpleegkundige zorg op een afdeling met 24 bewoners.',
    skills: ['verpleegtechnische handelingen', 'big-registratie', 'rapporteren'],
    education: 'mbo4',
    licence: false,
    hours: [24, 28, 32, 36],
    hourly: [19, 26],
  },
  '6113': {
    title: (l) => capitalise(l.split('/')[0]!),
    description: 'Je onderhoudt tuinen en openbaar groen: snoeien, maaien en bestraten.',
    skills: ['groenonderhoud', 'bosmaaier', 'buitenwerk', 'vca'],
    education: null,
    licence: false,
    hours: [32, 36, 40],
    hourly: [14.5, 17],
  },
  '3343': {
    title: same,
    description: 'Je verwerkt facturen en orders, beheert de administratie en beantwoordt de telefoon.',
    skills: ['excel', 'nauwkeurig', 'administratie'],
    education: 'mbo3',
    licence: false,
    hours: [20, 24, 32, 36],
    hourly: [16, 20],
  },
  '4226': {
    title: same,
    description: 'Je ontvangt bezoekers, beantwoordt de telefoon en beheert de agenda’s.',
    skills: ['klantvriendelijk', 'telefoon', 'engels'],
    education: 'mbo2',
    licence: false,
    hours: [16, 24, 32],
    hourly: [15, 17],
  },
  '5244': {
    title: () => 'Medewerker meldkamer',
    description: 'Je neemt meldingen aan, beoordeelt ze en zet de juiste opvolging in gang, ook in de nacht.',
    skills: ['telefoon', 'stressbestendig', 'computervaardig'],
    education: 'mbo2',
    licence: false,
    hours: [24, 32, 36],
    hourly: [15, 17],
  },
  '7411': {
    title: () => 'Elektromonteur',
    description: 'Je legt elektrische installaties aan in nieuwbouw en renovatie, zelfstandig of in een team.',
    skills: ['nen 3140', 'vca', 'elektrotechniek', 'tekening lezen'],
    education: 'mbo3',
    licence: true,
    hours: [38, 40],
    hourly: [17, 23],
  },
  '7126': {
    title: () => 'Monteur loodgieterswerk',
    description: 'Je installeert en onderhoudt waterleidingen, riolering en sanitair bij klanten thuis.',
    skills: ['sanitair', 'vca', 'klantvriendelijk'],
    education: 'mbo2',
    licence: true,
    hours: [38, 40],
    hourly: [16, 22],
  },
  '7115': {
    title: same,
    description: 'Je werkt aan de afbouw van woningen: kozijnen, binnendeuren en vloeren.',
    skills: ['houtbewerking', 'vca', 'tekening lezen'],
    education: 'mbo2',
    licence: false,
    hours: [38, 40],
    hourly: [16, 21],
  },
  '7131': {
    title: () => 'Schilder',
    description: 'Je schildert binnen en buiten bij woningbouw en onderhoud.',
    skills: ['schilderen', 'vca', 'hoogwerker'],
    education: 'mbo2',
    licence: false,
    hours: [36, 38, 40],
    hourly: [15.5, 19],
  },
  '5414': {
    title: (l) => capitalise(l),
    description: 'Je beveiligt bedrijfsterreinen en evenementen en houdt toezicht op de toegang.',
    skills: ['beveiliger 2', 'alert', 'rapporteren'],
    education: 'mbo2',
    licence: false,
    hours: [24, 32, 36, 40],
    hourly: [15, 18],
  },
  '5311': {
    title: () => 'Pedagogisch medewerker kinderopvang',
    description: 'Je begeleidt een groep kinderen van 0 tot 4 jaar en houdt contact met de ouders.',
    skills: ['pedagogisch', 'vve-certificaat', 'communicatief'],
    education: 'mbo3',
    licence: false,
    hours: [20, 24, 28, 32],
    hourly: [15.5, 19],
  },
  '5312': {
    title: same,
    description: 'Je ondersteunt de leerkracht in de klas en begeleidt kleine groepen leerlingen.',
    skills: ['pedagogisch', 'geduldig', 'communicatief'],
    education: 'mbo4',
    licence: false,
    hours: [20, 24, 28],
    hourly: [16, 19],
  },
};

function profileFor(o: DemoOccupation): JobProfile {
  return (
    PROFILES[o.iscoCode] ?? {
      title: same,
      description: 'Je werkt mee in een vast team; een inwerkperiode met begeleiding hoort erbij.',
      skills: ['teamwerk', 'betrouwbaar'],
      education: null,
      licence: false,
      hours: [24, 32, 36],
      hourly: [14.5, 17],
    }
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const emailPart = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');

/** ISCO-08 skill level by major group: 9 → 1, 4–8 → 2, 3 → 3, 1–2 → 4. */
export function iscoSkillLevel(iscoCode: string): 1 | 2 | 3 | 4 {
  const major = iscoCode.charAt(0);
  if (major === '9') return 1;
  if (major === '3') return 3;
  if (major === '1' || major === '2') return 4;
  return 2;
}

/** The highest ISCO skill level a client's education fits. */
export function educationSkillLevel(e: EducationLevel): 1 | 2 | 3 | 4 {
  switch (e) {
    case 'geen':
    case 'basisonderwijs':
    case 'vmbo':
    case 'mbo1':
      return 1;
    case 'mbo2':
    case 'mbo3':
      return 2;
    case 'mbo4':
    case 'havo':
    case 'vwo':
      return 3;
    case 'hbo':
    case 'wo':
      return 4;
  }
}

// ---------------------------------------------------------------------------------------------
// Entry point

export function generateEmployment(demo: DemoData, occupations: readonly DemoOccupation[], seed: number = DEMO_SEED): DemoEmployment {
  const byLabel = new Map(occupations.map((o) => [o.label, o]));
  const occupation = (label: string): DemoOccupation => {
    const o = byLabel.get(label);
    if (!o) throw new Error(`demo: occupation "${label}" is not in the reference-data fixture`);
    return o;
  };
  const orgs = new Map(demo.organisations.map((o) => [o.key, o]));
  const adviser = (orgKey: string) => `${orgKey}.werkgeversadviseur`;
  const root = createPrng(seed).fork('employment');

  const employers: DemoEmployer[] = EMPLOYER_DEFS.map((d) => {
    const lead = LEADS[d.key];
    return {
      key: d.key,
      kvkNumber: d.kvk,
      name: d.name,
      sbiCode: d.sbi,
      sizeClass: d.size,
      address: { street: d.street, houseNumber: d.houseNumber, postcode: d.postcode, city: CITY[d.city] },
      registeredByKey: d.city,
      portalOrganisationKey: d.portal ?? null,
      lead: lead ? { userKey: adviser(lead.org), organisationKey: lead.org, since: lead.since } : null,
      contacts: d.contacts.map(([name, jobTitle], i) => ({
        name,
        jobTitle,
        email: `${emailPart(name.split(' ')[0]!)}.${emailPart(name.split(' ').slice(1).join(' '))}@${d.domain}`,
        phone: i === 0 ? d.phone : d.phone.replace(/\d{2}$/, (x) => String((Number(x) + 17) % 100).padStart(2, '0')),
      })),
      contactMoments: (CONTACT_MOMENTS[d.key] ?? []).map((m) => ({
        kind: m.kind,
        occurredOn: m.on,
        notes: m.notes,
        organisationKey: m.org,
        userKey: adviser(m.org),
      })),
      agreements: AGREEMENTS[d.key] ?? [],
    };
  });

  const vacancies: DemoVacancy[] = [];
  for (const [ei, d] of EMPLOYER_DEFS.entries()) {
    const employer = employers[ei]!;
    const ownerKey = employer.lead?.organisationKey ?? d.city;
    const owner = orgs.get(ownerKey)!;
    for (const [vi, label] of d.occupations.entries()) {
      const rng = root.fork(`vacancy:${d.key}:${vi}`);
      const o = occupation(label);
      const p = profileFor(o);
      const hours = rng.pick(p.hours);
      const monthly = (hourly: number) => Math.round((hourly * hours * 52) / 12 / 10) * 1000; // whole tens of euros, in cents
      const openedOn = addDays(demo.referenceDate, -rng.int(3, 150));
      const filled = rng.chance(0.08) && openedOn < addDays(demo.referenceDate, -40);
      const filledOn = filled ? addDays(openedOn, rng.int(18, 38)) : null;
      const visibility: Visibility = owner.region
        ? rng.weighted<Visibility>([
            ['own', 25],
            ['region', 40],
            ['public', 35],
          ])
        : rng.weighted<Visibility>([
            ['own', 40],
            ['public', 60],
          ]);
      vacancies.push({
        key: `${d.key}:${vi}`,
        employerKey: d.key,
        organisationKey: ownerKey,
        createdByKey: adviser(ownerKey),
        occupationUri: o.uri,
        iscoCode: o.iscoCode,
        title: p.title(o.label),
        description: `${d.name} zoekt een ${o.label.split('/')[0]} in ${CITY[d.city]}. ${p.description}`,
        hoursPerWeek: hours,
        postcode: d.postcode,
        positions: rng.weighted<number>([
          [1, 60],
          [2, 25],
          [3, 15],
        ]),
        educationLevel: p.education,
        drivingLicenceRequired: p.licence,
        skills: rng.shuffle(p.skills).slice(0, rng.int(2, Math.min(4, p.skills.length))),
        startDate: filledOn ? addDays(filledOn, 14) : rng.chance(0.8) ? addDays(demo.referenceDate, rng.int(7, 90)) : null,
        wageMinCents: monthly(p.hourly[0]),
        wageMaxCents: monthly(p.hourly[1]),
        visibility,
        status: filled ? 'filled' : 'open',
        openedOn,
        filledOn,
      });
    }
  }

  const clientMatch: Record<string, DemoClientMatch> = {};
  for (const c of demo.clients) {
    const rng = root.fork(`client:${c.key}`);
    const max = educationSkillLevel(c.educationLevel);
    const candidates = occupations.filter((o) => iscoSkillLevel(o.iscoCode) <= max);
    const pool = candidates.length > 0 ? candidates : occupations;
    const weighted = pool.map((o) => [o, iscoSkillLevel(o.iscoCode) === max ? 3 : 1] as const);
    const count = rng.weighted<number>([
      [1, 45],
      [2, 35],
      [3, 20],
    ]);
    const wanted: DemoOccupation[] = [];
    for (let i = 0; i < count * 4 && wanted.length < count; i++) {
      const o = rng.weighted(weighted);
      if (!wanted.includes(o)) wanted.push(o);
    }
    const skills: string[] = [];
    for (const o of wanted)
      for (const s of rng.shuffle(profileFor(o).skills).slice(0, rng.int(0, 2))) if (!skills.includes(s)) skills.push(s);
    if (c.drivingLicence && rng.chance(0.3) && !skills.includes('rijbewijs b')) skills.push('rijbewijs b');
    clientMatch[c.key] = {
      wantedOccupationUris: wanted.map((o) => o.uri),
      wantedIscoCodes: [...new Set(wanted.map((o) => o.iscoCode))],
      skills,
      availableFrom: rng.chance(0.55) ? null : addDays(demo.referenceDate, rng.int(-30, 120)),
    };
  }
  return { employers, vacancies, clientMatch };
}
