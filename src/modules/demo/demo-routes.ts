/**
 * The "routes to work" part of the demo: each gemeente's catalogue of re-integration instruments, its
 * assignment to the re-integration company Stapvoort (clients, budget, targets), about a hundred trajectories
 * with outcomes that agree with the clients' ladder history, progress reports by Stapvoort's jobcoach, a
 * client-portal account with a signed polis per gemeente, and the PRB programmes of the pilot years with the
 * seed's figures (Eindhoven 2004–2005: 57 admitted, 14 closed with work, 12 closed otherwise, 31 running;
 * Breda 2005: 21 admitted, 5 in work, 4 dropped out, 12 running; Eindhoven 2006: proposals in every status).
 *
 * Pure and deterministic like generateDemo: the same demo gives byte-identical output. Dates are YYYY-MM-DD;
 * moments are "YYYY-MM-DDTHH:MM:00+01:00" (the demo's convention). Ids are made from the keys when seeding.
 */
import {
  REINTEGRATION_KEY,
  demoClientName,
  demoUserKey,
  generateExtraClients,
  type DemoClient,
  type DemoData,
  type Rung,
} from './demo-data.ts';
import type { MunicipalityKey } from './brabant.ts';
import { MUNICIPALITIES } from './brabant.ts';
import { createPrng, type Prng } from '../../kernel/prng.ts';
import type { CbsCategory, ContractType, InstrumentKind, Outcome } from '../trajectories/trajectories.rules.ts';
import type { CostCategory, ProposalStatus } from '../prb/prb.rules.ts';
import type { StepResponsible } from '../polis/polis.rules.ts';

// ---------------------------------------------------------------------------------------------
// Types

export interface DemoInstrument {
  /** "<organisationKey>:<catalogue key>", e.g. "eindhoven:jobcoaching". */
  key: string;
  organisationKey: string;
  name: string;
  kind: InstrumentKind;
  cbsCategory: CbsCategory | null;
  description: string;
}

export interface DemoProgressReport {
  reportedOn: string;
  text: string;
  authorKey: string;
  authorOrganisationKey: string;
}

export interface DemoTrajectory {
  key: string;
  /** The gemeente that owns the trajectory (and the client file). */
  organisationKey: string;
  clientKey: string;
  instrumentKey: string;
  providerKey: string | null;
  assignmentKey: string | null;
  prbParticipantKey: string | null;
  startDate: string;
  plannedEndDate: string;
  costCents: number;
  goalRung: Rung;
  /** The rung of the client's latest ladder assessment on or before the start (null: none yet). */
  rungBefore: Rung | null;
  status: 'running' | 'closed';
  endDate: string | null;
  outcome: Outcome | null;
  outcomeHours: number | null;
  outcomeContractType: ContractType | null;
  outcomeReason: string | null;
  /** The rung of the latest assessment on or before the end (null while running). */
  rungAfter: Rung | null;
  createdByKey: string;
  closedByKey: string | null;
  progressReports: DemoProgressReport[];
}

export interface DemoAssignmentClient {
  clientKey: string;
  trajectoryKey: string;
  assignedOn: string;
  /** Set when the trajectory ended: the provider no longer sees the file. */
  endedOn: string | null;
}

export interface DemoAssignment {
  key: string;
  organisationKey: string;
  providerKey: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  budgetCents: number;
  targetStarted: number;
  targetToWork: number;
  targetMaxDropOutPercent: number | null;
  createdByKey: string;
  createdOn: string;
  clients: DemoAssignmentClient[];
}

export interface DemoPolisStep {
  description: string;
  trajectoryKey: string | null;
  responsible: StepResponsible;
  startDate: string;
  dueDate: string;
}

export interface DemoPolisSignature {
  party: 'client' | 'municipality';
  signerKey: string;
  signerName: string;
  signedAt: string;
}

export interface DemoPolisVersion {
  versionNumber: number;
  status: 'draft' | 'signed' | 'superseded';
  municipalityObligations: string[];
  clientObligations: string[];
  goalRung: Rung;
  changeNote: string | null;
  steps: DemoPolisStep[];
  createdByKey: string;
  createdAt: string;
  signatures: DemoPolisSignature[];
  /** When the second signature made it binding; null for a draft. */
  signedAt: string | null;
}

export interface DemoPolis {
  key: string;
  organisationKey: string;
  clientKey: string;
  createdByKey: string;
  createdAt: string;
  /** Oldest first. */
  versions: DemoPolisVersion[];
}

export interface DemoPrbInvoice {
  invoiceNumber: string;
  invoiceDate: string;
  amountCents: number;
}

export interface DemoPrbCostLine {
  category: CostCategory;
  supplier: string;
  description: string;
  amountCents: number;
  /** Only for the lines of an approved proposal: the commitment and what was invoiced against it. */
  commitment: { paidCents: number; invoices: DemoPrbInvoice[] } | null;
}

export interface DemoPrbProposal {
  key: string;
  goal: string;
  status: ProposalStatus;
  createdByKey: string;
  createdAt: string;
  submittedAt: string | null;
  submittedByKey: string | null;
  decidedAt: string | null;
  decidedByKey: string | null;
  decisionReason: string | null;
  costLines: DemoPrbCostLine[];
}

export interface DemoPrbParticipant {
  key: string;
  clientKey: string;
  clientDisplayName: string;
  advisorKey: string | null;
  trajectoryKey: string;
  intakeNote: string;
  budgetCents: number;
  /** Sum of the approved proposals' lines. */
  committedCents: number;
  /** Sum of the invoices. */
  paidCents: number;
  admittedOn: string;
  admittedByKey: string;
  /** Oldest first. */
  proposals: DemoPrbProposal[];
}

export interface DemoPrbProgramme {
  key: string;
  organisationKey: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  cohortSize: number;
  maxBudgetPerClientCents: number;
  instrumentKey: string;
  createdByKey: string;
  createdOn: string;
  advisors: { userKey: string; addedOn: string }[];
  participants: DemoPrbParticipant[];
}

export interface DemoPortalAccount {
  userKey: string;
  clientKey: string;
  organisationKey: string;
  linkedAt: string;
  linkedByKey: string;
}

export interface DemoRoutes {
  /**
   * Long-term clients added for the PRB pilots: the 2004–2006 cohorts need adults of that time, more than a
   * gemeente's share of the (mostly younger) demo clients holds. Seeded like the other clients.
   */
  extraClients: DemoClient[];
  instruments: DemoInstrument[];
  assignments: DemoAssignment[];
  /** Every trajectory, the PRB participants' included. */
  trajectories: DemoTrajectory[];
  prbProgrammes: DemoPrbProgramme[];
  portalAccounts: DemoPortalAccount[];
  polisses: DemoPolis[];
}

// ---------------------------------------------------------------------------------------------
// The instrument catalogue (the same in every gemeente)

interface CatalogueEntry {
  key: string;
  name: string;
  kind: InstrumentKind;
  cbsCategory: CbsCategory | null;
  description: string;
  /** Planned duration in days, and cost in whole euros (min, max); null for PRB (the budget decides). */
  days: readonly [number, number];
  euros: readonly [number, number];
  /** Run by the re-integration company under the assignment. */
  byProvider: boolean;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  {
    key: 'scholing',
    name: 'Scholing',
    kind: 'training',
    cbsCategory: 'scholing',
    description:
      'Een korte vakopleiding of erkend certificaat (VCA, heftruck, helpende zorg, taal op de werkvloer) die de kans op werk direct vergroot.',
    days: [120, 270],
    euros: [1200, 4500],
    byProvider: false,
  },
  {
    key: 'jobcoaching',
    name: 'Jobcoaching',
    kind: 'job_coaching',
    cbsCategory: 'jobcoaching',
    description: 'Begeleiding naar en op de werkplek door een jobcoach van de re-integratiepartner, tot het werk stabiel is.',
    days: [180, 365],
    euros: [2400, 4200],
    byProvider: true,
  },
  {
    key: 'work-first',
    name: 'Work First',
    kind: 'work_first',
    cbsCategory: 'werkervaringsplaats',
    description: 'Meteen aan de slag in een werkervaringsproject, met sollicitatietraining: werken staat voorop, vanaf de eerste week.',
    days: [60, 120],
    euros: [1200, 2200],
    byProvider: true,
  },
  {
    key: 'loonkostensubsidie',
    name: 'Loonkostensubsidie',
    kind: 'wage_cost_subsidy',
    cbsCategory: 'loonkostensubsidie_pw',
    description:
      'Subsidie aan de werkgever voor het verschil tussen de loonwaarde en het wettelijk minimumloon (Participatiewet, art. 10d).',
    days: [365, 365],
    euros: [6000, 14000],
    byProvider: false,
  },
  {
    key: 'vrijwilligerswerk',
    name: 'Vrijwilligerswerk met behoud van uitkering',
    kind: 'volunteering',
    cbsCategory: null,
    description:
      'Onbetaald werk bij een maatschappelijke organisatie om werkritme, contacten en ervaring op te doen; de uitkering loopt door.',
    days: [180, 180],
    euros: [0, 300],
    byProvider: false,
  },
  {
    key: 'schuldhulpverlening',
    name: 'Schuldhulpverlening',
    kind: 'debt_support',
    cbsCategory: null,
    description: 'Schulden stabiliseren en budgetbeheer, zodat er rust is om de stap naar werk te zetten.',
    days: [270, 365],
    euros: [600, 1800],
    byProvider: false,
  },
  {
    key: 'prb',
    name: 'Persoonsgebonden re-integratiebudget (PRB)',
    kind: 'prb',
    cbsCategory: null,
    description:
      'Een eigen budget (maximaal EUR 5.000) waarmee de cliënt, geholpen door een onafhankelijke PRB-werkadviseur, zelf een traject samenstelt.',
    days: [365, 365],
    euros: [0, 0],
    byProvider: false,
  },
  {
    key: 'sociale-activering',
    name: 'Sociale activering',
    kind: 'other',
    cbsCategory: 'sociale_activering',
    description: 'Activiteiten voor zelfredzaamheid en meedoen in de wijk, als opstap naar vrijwilligerswerk of werk.',
    days: [120, 240],
    euros: [400, 1200],
    byProvider: false,
  },
];

const catalogue = (key: string): CatalogueEntry => CATALOGUE.find((c) => c.key === key)!;

/** Which instruments suit a client on a rung (weights). */
const INSTRUMENTS_BY_RUNG: Record<Rung, readonly (readonly [string, number])[]> = {
  1: [
    ['schuldhulpverlening', 50],
    ['sociale-activering', 50],
  ],
  2: [
    ['sociale-activering', 40],
    ['vrijwilligerswerk', 35],
    ['schuldhulpverlening', 25],
  ],
  3: [
    ['vrijwilligerswerk', 25],
    ['scholing', 25],
    ['work-first', 25],
    ['jobcoaching', 25],
  ],
  4: [
    ['scholing', 25],
    ['work-first', 20],
    ['jobcoaching', 35],
    ['loonkostensubsidie', 20],
  ],
  5: [
    ['jobcoaching', 60],
    ['loonkostensubsidie', 40],
  ],
  6: [['jobcoaching', 100]],
};

// ---------------------------------------------------------------------------------------------
// The PRB programmes (the seed's figures)

type PrbPlan = 'work' | Exclude<Outcome, 'work'> | 'running';

/** 2006 scenarios: the latest proposal in every status; 'portal' is the gemeente's portal client. */
type Scenario2006 =
  'portal' | 'draft' | 'submitted' | 'approved_invoiced' | 'approved' | 'returned' | 'rejected' | 'approved_then_submitted';

export interface PrbProgrammeSpec {
  key: string;
  organisationKey: MunicipalityKey;
  name: string;
  periodStart: string;
  periodEnd: string;
  cohortSize: number;
  maxBudgetPerClientCents: number;
  /** Admissions fall between periodStart (+ two weeks) and this date. */
  intakeUntil: string;
  /** One entry per participant: closed with an outcome, or running. */
  plans: readonly PrbPlan[];
  scenarios?: readonly Scenario2006[];
  /** Advisors (prb_werkadviseur of these organisations). */
  advisorOrganisations: readonly string[];
}

const repeat = <T>(value: T, n: number): T[] => Array.from({ length: n }, () => value);

export const PRB_PROGRAMME_SPECS: readonly PrbProgrammeSpec[] = [
  {
    key: 'eindhoven-2004',
    organisationKey: 'eindhoven',
    name: 'PRB Eindhoven 2004–2005',
    periodStart: '2004-01-01',
    periodEnd: '2005-12-31',
    cohortSize: 60,
    maxBudgetPerClientCents: 500_000,
    intakeUntil: '2005-06-30',
    plans: [
      ...repeat<PrbPlan>('work', 14),
      ...repeat<PrbPlan>('dropped_out', 5),
      ...repeat<PrbPlan>('no_result', 4),
      ...repeat<PrbPlan>('education', 2),
      'other_instrument',
      ...repeat<PrbPlan>('running', 31),
    ],
    advisorOrganisations: ['eindhoven'],
  },
  {
    key: 'breda-2005',
    organisationKey: 'breda',
    name: 'PRB Breda 2005',
    periodStart: '2005-01-01',
    periodEnd: '2005-12-31',
    cohortSize: 25,
    maxBudgetPerClientCents: 500_000,
    intakeUntil: '2005-09-30',
    plans: [...repeat<PrbPlan>('work', 5), ...repeat<PrbPlan>('dropped_out', 4), ...repeat<PrbPlan>('running', 12)],
    advisorOrganisations: ['breda'],
  },
  {
    key: 'eindhoven-2006',
    organisationKey: 'eindhoven',
    name: 'PRB Eindhoven 2006',
    periodStart: '2006-01-01',
    periodEnd: '2006-12-31',
    cohortSize: 30,
    maxBudgetPerClientCents: 500_000,
    intakeUntil: '2006-06-30',
    plans: repeat<PrbPlan>('running', 8),
    scenarios: ['portal', 'draft', 'submitted', 'approved_invoiced', 'approved', 'returned', 'rejected', 'approved_then_submitted'],
    // An independent advisor from another organisation works alongside Eindhoven's own.
    advisorOrganisations: ['eindhoven', 'helmond'],
  },
];

/** What a proposal is for and what it costs (amounts in cents; varied a little per client). */
const PRB_THEMES: readonly { goal: string; lines: readonly (readonly [CostCategory, string, string, number])[] }[] = [
  {
    goal: 'Werk als heftruckchauffeur in de logistiek',
    lines: [
      ['training', 'Opleidingscentrum Transport & Logistiek Brabant', 'Cursus heftruckchauffeur met certificaat', 95_000],
      ['training', 'Opleidingscentrum Transport & Logistiek Brabant', 'VCA-basis, cursus en examen', 32_500],
      ['tools', 'Werkkledingcentrum Zuid', 'Veiligheidsschoenen en werkkleding', 18_000],
      ['coaching', 'Coachpraktijk Nieuwe Wegen', 'Sollicitatietraining (vijf bijeenkomsten)', 60_000],
    ],
  },
  {
    goal: 'Werk als helpende in de zorg',
    lines: [
      ['training', 'Zorgacademie Brabant', 'Opleiding Helpende Zorg en Welzijn (mbo 2, beroepsbegeleidend)', 240_000],
      ['travel', 'Openbaar vervoer', 'OV-abonnement naar de opleiding (zes maanden)', 54_000],
      ['childcare', 'Kinderopvang Het Speelhuis', 'Kinderopvang op de lesdagen (drie maanden)', 90_000],
    ],
  },
  {
    goal: 'Een eigen schildersbedrijf beginnen',
    lines: [
      ['training', 'Ondernemersacademie Zuid', 'Cursus ondernemersvaardigheden en boekhouden', 120_000],
      ['tools', 'Bouwmaterialenhandel De Kempen', 'Ladders, steigermateriaal en gereedschap', 145_000],
      ['coaching', 'Starterscoach Brabant', 'Begeleiding bij het ondernemingsplan (zes gesprekken)', 75_000],
    ],
  },
  {
    goal: 'Administratief werk op een kantoor',
    lines: [
      ['training', 'Computeropleidingen Eindhoven', 'Cursus Word, Excel en Outlook', 65_000],
      ['training', 'Taalschool Samen Verder', 'Cursus zakelijk Nederlands (niveau B1)', 85_000],
      ['tools', 'Computerwinkel Centrum', 'Laptop voor de opleiding', 60_000],
    ],
  },
  {
    goal: 'Werk als beveiliger',
    lines: [
      ['training', 'Beveiligingsopleidingen Zuid-Nederland', 'Opleiding Beveiliger 2 met examen', 165_000],
      ['tools', 'Werkkledingcentrum Zuid', 'Schoenen en uniformonderdelen', 12_000],
    ],
  },
  {
    goal: 'Werk als bezorger of chauffeur',
    lines: [
      ['training', 'Rijschool De Rechte Lijn', 'Rijlessen en praktijkexamen rijbewijs B', 185_000],
      ['training', 'Rijschool De Rechte Lijn', 'Theorie-examen rijbewijs B', 4_500],
    ],
  },
  {
    goal: 'Werk als kok in een restaurant of instelling',
    lines: [
      ['training', 'Horecavakschool Brabant', 'Opleiding zelfstandig werkend kok', 210_000],
      ['tools', 'Horeca Groothandel Zuid', 'Koksmessen en koksbuizen', 22_000],
    ],
  },
  {
    goal: 'Werk in de groenvoorziening',
    lines: [
      ['training', 'Groencentrum De Kempen', 'Opleiding medewerker groen (niveau 2)', 180_000],
      ['training', 'Groencentrum De Kempen', 'Certificaat bosmaaier en kettingzaag', 45_000],
      ['travel', 'Openbaar vervoer', 'Reiskosten naar de praktijklessen', 21_000],
    ],
  },
  {
    goal: 'Terug naar werk na een lange periode thuis',
    lines: [
      ['coaching', 'Coachpraktijk Nieuwe Wegen', 'Loopbaancoaching (tien gesprekken)', 125_000],
      ['training', 'Taalschool Samen Verder', 'Cursus digitale vaardigheden', 35_000],
      ['travel', 'Openbaar vervoer', 'Reiskosten naar de stageplek (drie maanden)', 27_000],
    ],
  },
  {
    goal: 'Werk in de schoonmaak met een vakdiploma',
    lines: [
      ['training', 'Schoonmaakopleidingen Zuid', 'Vakdiploma schoonmaak, cursus en examen', 55_000],
      ['coaching', 'Coachpraktijk Nieuwe Wegen', 'Persoonlijke coaching bij de start (tien gesprekken)', 125_000],
      ['other', 'Stichting Werkplaats Brabant', 'Proefplaatsing met begeleiding (vier weken)', 80_000],
    ],
  },
];

const PRB_INTAKE_NOTES: readonly string[] = [
  'Laagdrempelige intake. Wil zelf bepalen welke opleiding past; heeft hulp nodig bij het begroten van de kosten.',
  'Laagdrempelige intake. Gemotiveerd, heeft een duidelijk beroepsbeeld en wil snel aan de slag.',
  'Laagdrempelige intake. Twijfelt nog tussen twee richtingen; de PRB-werkadviseur helpt bij het kiezen.',
  'Laagdrempelige intake. Lang niet gewerkt; wil eerst werkritme opdoen en daarna een vakopleiding volgen.',
  'Laagdrempelige intake. Heeft ervaring uit het land van herkomst en zoekt erkenning en aanvullende scholing.',
];

const RETURN_REASONS: readonly string[] = [
  'Graag een offerte van de opleider toevoegen en de reiskosten apart begroten.',
  'Het doel is nog te algemeen: beschrijf welk werk je na de opleiding zoekt en bij welk soort werkgever.',
  'De laptop is duur; vergelijk graag een tweede offerte en pas het bedrag aan.',
];

const REJECT_REASONS: readonly string[] = [
  'De opleiding duurt drie jaar en leidt niet binnen de looptijd van het programma tot werk; een kortere vakopleiding ligt meer voor de hand.',
  'Deze kosten vallen onder een voorliggende voorziening (studiefinanciering); het PRB kan ze niet vergoeden.',
];

const DROP_OUT_REASONS: readonly string[] = [
  'Langdurig ziek geworden; het traject is op dit moment niet haalbaar.',
  'Verhuisd naar een andere gemeente.',
  'Niet meer verschenen ondanks herhaalde uitnodigingen.',
  'Mantelzorg voor een ouder ging voor; wil later opnieuw instromen.',
  'Zwanger; het traject wordt na het verlof opnieuw bekeken.',
];

const OUTCOME_NOTES: Record<Exclude<Outcome, 'dropped_out' | 'work'>, readonly string[]> = {
  education: [
    'Gestart met een beroepsbegeleidende opleiding op mbo-niveau 2.',
    'Ingeschreven voor een voltijdopleiding; uitkering beëindigd.',
  ],
  other_instrument: [
    'Vervolg met een ander instrument dat beter aansluit.',
    'Overgestapt naar een traject dat beter bij de huidige situatie past.',
  ],
  no_result: [
    'Doel niet gehaald; afspraken over een nieuwe aanpak in het volgende gesprek.',
    'Traject afgerond zonder de beoogde stap; de situatie wordt opnieuw bekeken.',
  ],
};

const WORK_NOTES: readonly string[] = [
  'Arbeidsovereenkomst bij een werkgever in de regio; nazorg door de jobcoach.',
  'Aan het werk via een uitzendbureau, met uitzicht op een contract bij de inlener.',
  'In dienst genomen na de proefplaatsing.',
];

// ---------------------------------------------------------------------------------------------
// Helpers

const DAY_MS = 86_400_000;
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const iso = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
const addDays = (date: string, n: number): string => iso(day(date) + n);
const min = (a: string, b: string): string => (a < b ? a : b);
const max = (a: string, b: string): string => (a > b ? a : b);
/** A moment on a date at a (local) time, in the demo's fixed offset. */
export const at = (date: string, hour: number, minute = 0): string =>
  `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+01:00`;
const clampRung = (n: number): Rung => Math.min(6, Math.max(1, n)) as Rung;
const roundTo = (cents: number, step: number): number => Math.max(step, Math.round(cents / step) * step);

/** The rung of the latest assessment on or before a date; null when there was none yet. */
export function rungOn(client: DemoClient, date: string): Rung | null {
  let rung: Rung | null = null;
  for (const a of client.ladderAssessments) if (a.assessedOn <= date) rung = a.rung;
  return rung;
}

function ageOn(dateOfBirth: string, on: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const klantmanager = (org: string): string => demoUserKey(org, 'klantmanager');
const JOBCOACH = demoUserKey(REINTEGRATION_KEY, 'jobcoach');

// ---------------------------------------------------------------------------------------------
// Trajectories outside PRB

/** Share of the demo clients that get a trajectory (some get a follow-up after "other instrument"). */
const TRAJECTORY_SHARE = 0.3;

interface Planned {
  startDate: string;
  plannedEndDate: string;
  endDate: string | null;
  rungBefore: Rung | null;
  rungAfter: Rung | null;
  goalRung: Rung;
}

/**
 * When a trajectory starting on `startDate` ends: at the next ladder assessment (the evaluation at the end of a
 * trajectory, so rungAfter is that assessment's rung), or later without a new assessment (rung unchanged), or
 * not yet (running, when it started less than ten months ago).
 */
function planFrom(
  rng: Prng,
  client: DemoClient,
  startDate: string,
  entry: CatalogueEntry,
  referenceDate: string,
  forceRunning: boolean,
): Planned {
  const rungBefore = rungOn(client, startDate);
  const growth =
    [...client.ladderAssessments].reverse().find((a) => a.assessedOn <= startDate)?.growthPotential ?? clampRung((rungBefore ?? 2) + 1);
  const rb = rungBefore ?? 2;
  const goalRung = rb >= 6 ? 6 : clampRung(Math.min(rb + 2, Math.max(rb + 1, growth)));
  const plannedEndDate = addDays(startDate, rng.int(entry.days[0], entry.days[1]));
  const next = client.ladderAssessments.findIndex((a) => day(a.assessedOn) >= day(startDate) + 45);
  // Running: the planned end lies ahead (a running trajectory past its planned end would be overdue).
  const running = (): Planned => ({
    startDate,
    plannedEndDate: max(plannedEndDate, addDays(referenceDate, rng.int(14, 90))),
    endDate: null,
    rungBefore,
    rungAfter: null,
    goalRung,
  });
  if (forceRunning) return running();
  if (next >= 0 && rng.chance(0.85)) {
    const evaluation = client.ladderAssessments[next]!;
    const following = client.ladderAssessments[next + 1]?.assessedOn ?? addDays(referenceDate, 1);
    const room = Math.min(14, day(following) - day(evaluation.assessedOn) - 1, day(referenceDate) - day(evaluation.assessedOn));
    const endDate = addDays(evaluation.assessedOn, rng.int(0, Math.max(0, room)));
    return { startDate, plannedEndDate, endDate, rungBefore, rungAfter: rungOn(client, endDate), goalRung };
  }
  if (day(startDate) >= day(referenceDate) - 300) return running();
  let endDate = addDays(startDate, rng.int(60, day(plannedEndDate) - day(startDate) + 60));
  if (next >= 0) endDate = min(endDate, addDays(client.ladderAssessments[next]!.assessedOn, -1));
  endDate = min(endDate, addDays(referenceDate, -1));
  return { startDate, plannedEndDate, endDate, rungBefore, rungAfter: rungOn(client, endDate), goalRung };
}

/** An outcome that agrees with the rung change: work only on rung 5 or 6, going down means dropping out or no result. */
function pickOutcome(rng: Prng, before: Rung | null, after: Rung | null): Outcome {
  const b = before ?? 2;
  const a = after ?? b;
  if (a >= 5 && a > b)
    return rng.weighted<Outcome>([
      ['work', 90],
      ['education', 10],
    ]);
  if (a >= 5)
    return rng.weighted<Outcome>([
      ['work', 55],
      ['no_result', 25],
      ['other_instrument', 20],
    ]);
  if (a > b)
    return rng.weighted<Outcome>([
      ['education', 25],
      ['other_instrument', 45],
      ['no_result', 30],
    ]);
  if (a === b)
    return rng.weighted<Outcome>([
      ['no_result', 35],
      ['dropped_out', 30],
      ['other_instrument', 35],
    ]);
  return rng.weighted<Outcome>([
    ['dropped_out', 65],
    ['no_result', 35],
  ]);
}

function contractFor(rng: Prng, entryKey: string): ContractType {
  if (entryKey === 'loonkostensubsidie')
    return rng.weighted<ContractType>([
      ['temporary', 60],
      ['permanent', 40],
    ]);
  if (entryKey === 'work-first')
    return rng.weighted<ContractType>([
      ['temporary', 50],
      ['on_call', 40],
      ['permanent', 10],
    ]);
  return rng.weighted<ContractType>([
    ['temporary', 50],
    ['permanent', 25],
    ['on_call', 20],
    ['self_employed', 5],
  ]);
}

const PROGRESS_OPENING: Record<string, readonly string[]> = {
  jobcoaching: [
    'Kennismakingsgesprek gehad; doelen, beschikbaarheid en vervoer besproken. Start met wekelijkse coaching.',
    'Intake afgerond. Cv bijgewerkt en drie passende vacatures geselecteerd om op te solliciteren.',
  ],
  'work-first': [
    'Eerste week in het werkervaringsproject: op tijd aanwezig en gemotiveerd.',
    'Gestart in het werkervaringsproject (orderpicken); werkhouding goed, tempo groeit.',
  ],
};

const PROGRESS_MIDDLE: readonly string[] = [
  'Twee sollicitatiegesprekken gevoerd; oefent met de jobcoach op het vertellen over eigen sterke punten.',
  'Proefplaatsing gestart bij een werkgever in de regio; stiptheid blijft een aandachtspunt.',
  'Eén week verzuim (ziek gemeld volgens de afspraken). Daarna de draad goed weer opgepakt.',
  'Sollicitatietraining afgerond; solliciteert nu zelfstandig, twee keer per week.',
  'Werkgever is tevreden over inzet en samenwerking; gesprek over een contract gepland.',
];

function progressFor(rng: Prng, t: DemoTrajectory, entry: CatalogueEntry, referenceDate: string): DemoProgressReport[] {
  const until = t.endDate ?? referenceDate;
  const span = day(until) - day(t.startDate);
  if (span < 14) return [];
  const count = Math.min(rng.int(1, 3), Math.max(1, Math.floor(span / 30)));
  const dates = Array.from({ length: count }, (_, i) => addDays(t.startDate, Math.round(((i + 1) * span) / (count + 1))));
  const texts: string[] = [rng.pick(PROGRESS_OPENING[entry.key] ?? PROGRESS_MIDDLE)];
  const middle = rng.shuffle(PROGRESS_MIDDLE);
  for (let i = 1; i < count; i++) texts.push(middle[i - 1]!);
  if (t.status === 'closed' && count >= 2) {
    texts[count - 1] =
      t.outcome === 'work'
        ? `Eindrapportage: aan het werk, ${t.outcomeHours} uur per week. Nazorg gedurende drie maanden.`
        : t.outcome === 'dropped_out'
          ? `Eindrapportage: traject voortijdig beëindigd. ${t.outcomeReason}`
          : 'Eindrapportage: traject afgerond; advies over het vervolg gedeeld met de klantmanager.';
    dates[count - 1] = t.endDate!;
  }
  return dates.map((reportedOn, i) => ({ reportedOn, text: texts[i]!, authorKey: JOBCOACH, authorOrganisationKey: REINTEGRATION_KEY }));
}

function buildTrajectory(
  rng: Prng,
  client: DemoClient,
  key: string,
  entry: CatalogueEntry,
  plan: Planned,
  referenceDate: string,
  assignmentKey: string,
): DemoTrajectory {
  const closed = plan.endDate !== null;
  const outcome = closed ? pickOutcome(rng, plan.rungBefore, plan.rungAfter) : null;
  const base = rng.int(entry.euros[0], entry.euros[1]) * 100;
  const fullCost = entry.euros[1] === 0 ? 0 : roundTo(base, 5_000);
  const costCents = outcome === 'dropped_out' ? Math.round((fullCost * rng.int(40, 70)) / 100 / 100) * 100 : fullCost;
  const hours = client.hoursAvailable > 0 ? client.hoursAvailable : 12;
  const org = client.owningOrganisationKey;
  const t: DemoTrajectory = {
    key,
    organisationKey: org,
    clientKey: client.key,
    instrumentKey: `${org}:${entry.key}`,
    providerKey: entry.byProvider ? REINTEGRATION_KEY : null,
    assignmentKey: entry.byProvider ? assignmentKey : null,
    prbParticipantKey: null,
    startDate: plan.startDate,
    plannedEndDate: plan.plannedEndDate,
    costCents,
    goalRung: plan.goalRung,
    rungBefore: plan.rungBefore,
    status: closed ? 'closed' : 'running',
    endDate: plan.endDate,
    outcome,
    outcomeHours: outcome === 'work' ? Math.min(40, Math.max(8, hours - rng.pick([0, 0, 4, 8]))) : null,
    outcomeContractType: outcome === 'work' ? contractFor(rng, entry.key) : null,
    outcomeReason:
      outcome === null
        ? null
        : outcome === 'dropped_out'
          ? rng.pick(DROP_OUT_REASONS)
          : outcome === 'work'
            ? rng.pick(WORK_NOTES)
            : rng.pick(OUTCOME_NOTES[outcome]),
    rungAfter: closed ? plan.rungAfter : null,
    createdByKey: klantmanager(org),
    closedByKey: closed ? klantmanager(org) : null,
    progressReports: [],
  };
  if (t.providerKey) t.progressReports = progressFor(rng, t, entry, referenceDate);
  return t;
}

function startAfterAssessment(rng: Prng, client: DemoClient, index: number, referenceDate: string): string {
  const a = client.ladderAssessments[index]!;
  const nextDate = client.ladderAssessments[index + 1]?.assessedOn ?? referenceDate;
  const room = Math.min(30, day(nextDate) - day(a.assessedOn) - 1);
  return min(addDays(a.assessedOn, rng.int(Math.min(3, Math.max(0, room)), Math.max(0, room))), referenceDate);
}

function pickEntry(rng: Prng, rung: Rung | null, client: DemoClient, except: string | null): CatalogueEntry {
  const options = INSTRUMENTS_BY_RUNG[rung ?? 2]
    .filter(([k]) => k !== except)
    .map(
      ([k, w]) =>
        [k, k === 'loonkostensubsidie' && (client.targetGroups.includes('banenafspraak') || client.healthLimitations) ? w * 2 : w] as const,
    );
  return catalogue(rng.weighted(options.length > 0 ? options : [['jobcoaching', 1] as const]));
}

function buildClientTrajectories(data: DemoData, portalClientKeys: ReadonlySet<string>): DemoTrajectory[] {
  const ref = data.referenceDate;
  const root = createPrng(data.seed).fork('routes:trajectories');
  const chosen = new Set(root.shuffle(data.clients.map((c) => c.key)).slice(0, Math.round(data.clients.length * TRAJECTORY_SHARE)));
  for (const k of portalClientKeys) chosen.add(k);
  const result: DemoTrajectory[] = [];
  for (const client of data.clients) {
    if (!chosen.has(client.key)) continue;
    const rng = root.fork(`client:${client.key}`);
    const assignmentKey = `assignment:${client.owningOrganisationKey}`;
    const la = client.ladderAssessments;
    const portal = portalClientKeys.has(client.key);
    // The portal client has a trajectory running now (their polis refers to it); others start after any assessment.
    // Trajectories that led somewhere are the ones remembered: a step up to paid work weighs more.
    const anchor = portal
      ? la.length - 1
      : rng.weighted(la.map((a, i) => [i, i === la.length - 1 ? 1.5 : la[i + 1]!.rung >= 5 && la[i + 1]!.rung > a.rung ? 6 : 1] as const));
    const startDate = startAfterAssessment(rng, client, anchor, ref);
    const entry = pickEntry(rng, la[anchor]!.rung, client, null);
    const first = buildTrajectory(
      rng,
      client,
      `trajectory:${client.key}:1`,
      entry,
      planFrom(rng, client, startDate, entry, ref, portal),
      ref,
      assignmentKey,
    );
    result.push(first);
    // "Other instrument": a follow-up starts within three weeks of the end.
    if (first.outcome === 'other_instrument' && day(first.endDate!) <= day(ref) - 10) {
      const start2 = addDays(first.endDate!, rng.int(1, Math.min(21, day(ref) - day(first.endDate!))));
      const entry2 = pickEntry(rng, rungOn(client, start2), client, entry.key);
      result.push(
        buildTrajectory(
          rng,
          client,
          `trajectory:${client.key}:2`,
          entry2,
          planFrom(rng, client, start2, entry2, ref, false),
          ref,
          assignmentKey,
        ),
      );
    }
  }
  return result;
}

function buildAssignments(data: DemoData, trajectories: readonly DemoTrajectory[]): DemoAssignment[] {
  const root = createPrng(data.seed).fork('routes:assignments');
  return MUNICIPALITIES.map((m) => {
    const key = `assignment:${m.key}`;
    const own = trajectories.filter((t) => t.assignmentKey === key);
    const spent = own.reduce((s, t) => s + t.costCents, 0);
    const n = own.length;
    return {
      key,
      organisationKey: m.key,
      providerKey: REINTEGRATION_KEY,
      name: `Re-integratie naar werk ${m.city} 2023–2026`,
      periodStart: '2023-07-01',
      periodEnd: '2026-12-31',
      // Budget with room to spare, in whole thousands of euros.
      budgetCents: Math.max(1, Math.ceil((spent * 1.3) / 100_000)) * 100_000,
      targetStarted: Math.max(5, Math.ceil(n * 1.1)),
      targetToWork: Math.max(2, Math.round(n * 0.35)),
      targetMaxDropOutPercent: root.pick([15, 20, 25]),
      createdByKey: klantmanager(m.key),
      createdOn: '2023-06-15',
      clients: own.map((t) => ({ clientKey: t.clientKey, trajectoryKey: t.key, assignedOn: t.startDate, endedOn: t.endDate })),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// PRB

interface ProposalOptions {
  status: ProposalStatus;
  createdByKey: string;
  decidedByKey: string;
  createdOn: string;
  reason?: string;
  /** For approved proposals: share of each commitment invoiced (0 = nothing, 1 = everything). */
  paidShare?: number;
  /** Invoices no later than this date. */
  invoicesUntil?: string;
  /** The same goal again (a proposal revised after it was sent back), or any goal but this one. */
  goal?: string;
  notGoal?: string;
}

function buildProposal(rng: Prng, key: string, budgetLeft: number, o: ProposalOptions, invoiceSeq: { n: number }): DemoPrbProposal {
  const theme = o.goal ? PRB_THEMES.find((t) => t.goal === o.goal)! : rng.pick(PRB_THEMES.filter((t) => t.goal !== o.notGoal));
  const lines: DemoPrbCostLine[] = [];
  let total = 0;
  for (const [category, supplier, description, cents] of theme.lines) {
    const amountCents = roundTo((cents * rng.int(85, 115)) / 100, 500);
    if (total + amountCents > budgetLeft) continue;
    total += amountCents;
    lines.push({ category, supplier, description, amountCents, commitment: null });
  }
  if (lines.length === 0) {
    const amountCents = Math.min(budgetLeft, 50_000);
    lines.push({
      category: 'coaching',
      supplier: 'Coachpraktijk Nieuwe Wegen',
      description: 'Loopbaancoaching (vier gesprekken)',
      amountCents,
      commitment: null,
    });
  }
  const submittedOn = addDays(o.createdOn, rng.int(3, 14));
  const decidedOn = addDays(submittedOn, rng.int(5, 15));
  const submitted = o.status !== 'draft';
  const decided = submitted && o.status !== 'submitted';
  if (o.status === 'approved') {
    const share = o.paidShare ?? 0;
    for (const line of lines) {
      const paid =
        share >= 1
          ? line.amountCents
          : share <= 0
            ? 0
            : rng.chance(share)
              ? rng.chance(0.5)
                ? line.amountCents
                : roundTo(line.amountCents / 2, 500)
              : 0;
      const invoices: DemoPrbInvoice[] = [];
      if (paid > 0) {
        const firstDate = addDays(decidedOn, rng.int(14, 60));
        const until = o.invoicesUntil && o.invoicesUntil > firstDate ? o.invoicesUntil : firstDate;
        const parts = paid === line.amountCents && line.amountCents >= 100_000 && rng.chance(0.5) ? 2 : 1;
        const firstPart = parts === 2 ? roundTo(paid / 2, 500) : paid;
        invoiceSeq.n += 1;
        invoices.push({
          invoiceNumber: `F${firstDate.slice(0, 4)}-${String(invoiceSeq.n).padStart(4, '0')}`,
          invoiceDate: min(firstDate, until),
          amountCents: firstPart,
        });
        if (parts === 2) {
          const secondDate = min(addDays(firstDate, rng.int(30, 120)), until);
          invoiceSeq.n += 1;
          invoices.push({
            invoiceNumber: `F${secondDate.slice(0, 4)}-${String(invoiceSeq.n).padStart(4, '0')}`,
            invoiceDate: max(secondDate, firstDate),
            amountCents: paid - firstPart,
          });
        }
      }
      line.commitment = { paidCents: paid, invoices };
    }
  }
  return {
    key,
    goal: theme.goal,
    status: o.status,
    createdByKey: o.createdByKey,
    createdAt: at(o.createdOn, 10, rng.int(0, 59)),
    submittedAt: submitted ? at(submittedOn, 15, rng.int(0, 59)) : null,
    submittedByKey: submitted ? o.createdByKey : null,
    decidedAt: decided ? at(decidedOn, 11, rng.int(0, 59)) : null,
    decidedByKey: decided ? o.decidedByKey : null,
    decisionReason: decided ? (o.reason ?? null) : null,
    costLines: lines,
  };
}

const committedOf = (p: DemoPrbProposal): number => (p.status === 'approved' ? p.costLines.reduce((s, l) => s + l.amountCents, 0) : 0);
const paidOf = (p: DemoPrbProposal): number => p.costLines.reduce((s, l) => s + (l.commitment?.paidCents ?? 0), 0);

/** Proposals of a pilot participant (2004–2005): approved (sometimes after being sent back once), paid as far as the outcome goes. */
function historicProposals(
  rng: Prng,
  keyBase: string,
  plan: PrbPlan,
  budget: number,
  admittedOn: string,
  advisorKey: string,
  decider: string,
  endDate: string | null,
  seq: { n: number },
): DemoPrbProposal[] {
  const proposals: DemoPrbProposal[] = [];
  let createdOn = addDays(admittedOn, rng.int(7, 30));
  if (plan === 'dropped_out' && rng.chance(0.3)) {
    proposals.push(
      buildProposal(
        rng,
        `${keyBase}:1`,
        budget,
        { status: 'rejected', createdByKey: advisorKey, decidedByKey: decider, createdOn, reason: rng.pick(REJECT_REASONS) },
        seq,
      ),
    );
    return proposals;
  }
  let goal: string | undefined;
  if (rng.chance(0.25)) {
    const returned = buildProposal(
      rng,
      `${keyBase}:1`,
      budget,
      { status: 'returned', createdByKey: advisorKey, decidedByKey: decider, createdOn, reason: rng.pick(RETURN_REASONS) },
      seq,
    );
    proposals.push(returned);
    goal = returned.goal; // revised and submitted again
    createdOn = addDays(createdOn, rng.int(30, 45));
  }
  const paidShare = plan === 'running' ? 0.5 : plan === 'dropped_out' ? 0.3 : 0.9;
  proposals.push(
    buildProposal(
      rng,
      `${keyBase}:${proposals.length + 1}`,
      budget,
      {
        status: 'approved',
        createdByKey: advisorKey,
        decidedByKey: decider,
        createdOn,
        paidShare,
        invoicesUntil: endDate ?? addDays(createdOn, 540),
        ...(goal ? { goal } : {}),
      },
      seq,
    ),
  );
  return proposals;
}

function scenarioProposals(
  rng: Prng,
  keyBase: string,
  scenario: Scenario2006,
  budget: number,
  admittedOn: string,
  writerKey: string,
  decider: string,
  seq: { n: number },
): DemoPrbProposal[] {
  const createdOn = addDays(admittedOn, rng.int(7, 30));
  const later = addDays(createdOn, rng.int(60, 120));
  const o = (status: ProposalStatus, extra: Partial<ProposalOptions> = {}): ProposalOptions => ({
    status,
    createdByKey: writerKey,
    decidedByKey: decider,
    createdOn,
    ...extra,
  });
  switch (scenario) {
    case 'portal': {
      const first = buildProposal(
        rng,
        `${keyBase}:1`,
        budget,
        o('approved', { paidShare: 0.5, invoicesUntil: addDays(createdOn, 200) }),
        seq,
      );
      const second = buildProposal(
        rng,
        `${keyBase}:2`,
        budget - committedOf(first),
        o('returned', { createdOn: later, reason: RETURN_REASONS[0], notGoal: first.goal }),
        seq,
      );
      return [first, second];
    }
    case 'draft':
      return [buildProposal(rng, `${keyBase}:1`, budget, o('draft'), seq)];
    case 'submitted':
      return [buildProposal(rng, `${keyBase}:1`, budget, o('submitted'), seq)];
    case 'approved_invoiced':
      return [buildProposal(rng, `${keyBase}:1`, budget, o('approved', { paidShare: 1, invoicesUntil: addDays(createdOn, 240) }), seq)];
    case 'approved':
      return [buildProposal(rng, `${keyBase}:1`, budget, o('approved', { paidShare: 0 }), seq)];
    case 'returned':
      return [buildProposal(rng, `${keyBase}:1`, budget, o('returned', { reason: RETURN_REASONS[1] }), seq)];
    case 'rejected':
      return [buildProposal(rng, `${keyBase}:1`, budget, o('rejected', { reason: REJECT_REASONS[0] }), seq)];
    case 'approved_then_submitted': {
      const first = buildProposal(
        rng,
        `${keyBase}:1`,
        budget,
        o('approved', { paidShare: 0.5, invoicesUntil: addDays(createdOn, 200) }),
        seq,
      );
      const second = buildProposal(
        rng,
        `${keyBase}:2`,
        budget - committedOf(first),
        o('submitted', { createdOn: later, notGoal: first.goal }),
        seq,
      );
      return [first, second];
    }
  }
}

/** Clients of a gemeente who were 18–60 when the programme began; the pilot had adults only. */
function eligibleFor(client: DemoClient, spec: PrbProgrammeSpec): boolean {
  if (client.owningOrganisationKey !== spec.organisationKey) return false;
  const age = ageOn(client.dateOfBirth, spec.periodStart);
  return age >= 18 && age <= 60;
}

function buildPrb(
  data: DemoData,
  instruments: readonly DemoInstrument[],
  portalClientOf: ReadonlyMap<string, DemoClient>,
  portalUserOf: ReadonlyMap<string, string>,
): { programmes: DemoPrbProgramme[]; trajectories: DemoTrajectory[]; extraClients: DemoClient[] } {
  const ref = data.referenceDate;
  const root = createPrng(data.seed).fork('routes:prb');
  const usedBsns = new Set(data.clients.map((c) => c.bsn));
  const taken = new Set<string>();
  const portalKeys = new Set([...portalClientOf.values()].map((c) => c.key));
  const extraClients: DemoClient[] = [];
  const trajectories: DemoTrajectory[] = [];
  const programmes: DemoPrbProgramme[] = [];
  const ageOnRef = (periodStart: string): readonly [number, number] => {
    const years = Number(ref.slice(0, 4)) - Number(periodStart.slice(0, 4));
    // 18 at the start of the programme, at most 64 now (older clients have left the caseload).
    return [Math.min(64, years + 19), 64];
  };

  for (const spec of PRB_PROGRAMME_SPECS) {
    const rng = root.fork(`programme:${spec.key}`);
    const org = spec.organisationKey;
    const size = spec.plans.length;
    // The portal client joins the programme with the 'portal' scenario and no other.
    const portal = spec.scenarios?.includes('portal') ? portalClientOf.get(org) : undefined;
    const pool: DemoClient[] = [];
    if (portal && eligibleFor(portal, spec) && !taken.has(portal.key)) pool.push(portal);
    const others = rng.shuffle(data.clients.filter((c) => eligibleFor(c, spec) && !taken.has(c.key) && !portalKeys.has(c.key)));
    pool.push(...others.slice(0, size - pool.length));
    if (pool.length < size) {
      const extra = generateExtraClients(data, org, size - pool.length, {
        keyPrefix: `client-${spec.key}`,
        ageRange: ageOnRef(spec.periodStart),
        usedBsns,
      });
      extraClients.push(...extra);
      pool.push(...extra);
    }
    for (const c of pool) taken.add(c.key);

    const advisors = spec.advisorOrganisations.map((o) => demoUserKey(o, 'prb_werkadviseur'));
    const instrumentKey = `${org}:prb`;
    if (!instruments.some((i) => i.key === instrumentKey)) throw new Error(`demo: no PRB instrument for ${org}`);
    const intakeFrom = day(spec.periodStart) + 14;
    const admissions = Array.from({ length: size }, () => rng.int(intakeFrom, day(spec.intakeUntil)))
      .sort((a, b) => a - b)
      .map(iso);
    // The portal client (first in the pool) takes the first scenario; outcomes are spread over the admission dates.
    const plans = spec.scenarios ? [...spec.plans] : rng.shuffle(spec.plans);
    const seq = { n: 0 };
    const participants: DemoPrbParticipant[] = pool.map((client, i) => {
      const prng = rng.fork(`participant:${i}`);
      const key = `prb:${spec.key}:${String(i + 1).padStart(2, '0')}`;
      const trajectoryKey = `trajectory:${key}`;
      const admittedOn = admissions[i]!;
      const plan = plans[i]!;
      const advisorKey = advisors[i % advisors.length]!;
      const decider = klantmanager(org);
      const closed = plan !== 'running';
      const endDate = closed ? addDays(admittedOn, prng.int(plan === 'dropped_out' ? 60 : 150, plan === 'dropped_out' ? 300 : 600)) : null;
      const scenario = spec.scenarios?.[i];
      const isPortal = scenario === 'portal' && client.key === portal?.key;
      const writer = isPortal ? (portalUserOf.get(org) ?? advisorKey) : advisorKey;
      const proposals = scenario
        ? scenarioProposals(prng, key, scenario, spec.maxBudgetPerClientCents, admittedOn, writer, decider, seq)
        : historicProposals(prng, key, plan, spec.maxBudgetPerClientCents, admittedOn, advisorKey, decider, endDate, seq);
      const committedCents = proposals.reduce((s, p) => s + committedOf(p), 0);
      const paidCents = proposals.reduce((s, p) => s + paidOf(p), 0);
      const outcome: Outcome | null = closed ? plan : null;
      const hours = client.hoursAvailable > 0 ? client.hoursAvailable : 16;
      trajectories.push({
        key: trajectoryKey,
        organisationKey: org,
        clientKey: client.key,
        instrumentKey,
        providerKey: null,
        assignmentKey: null,
        prbParticipantKey: key,
        startDate: admittedOn,
        plannedEndDate: spec.periodEnd,
        costCents: committedCents,
        goalRung: 6,
        rungBefore: rungOn(client, admittedOn),
        status: closed ? 'closed' : 'running',
        endDate,
        outcome,
        outcomeHours: outcome === 'work' ? Math.min(38, Math.max(12, hours)) : null,
        outcomeContractType:
          outcome === 'work'
            ? prng.weighted<ContractType>([
                ['temporary', 55],
                ['permanent', 30],
                ['self_employed', 15],
              ])
            : null,
        outcomeReason:
          outcome === null
            ? null
            : outcome === 'dropped_out'
              ? prng.pick(DROP_OUT_REASONS)
              : outcome === 'work'
                ? prng.pick(WORK_NOTES)
                : prng.pick(OUTCOME_NOTES[outcome]),
        rungAfter: closed ? rungOn(client, endDate!) : null,
        createdByKey: decider,
        closedByKey: closed ? decider : null,
        progressReports: [],
      });
      return {
        key,
        clientKey: client.key,
        clientDisplayName: demoClientName(client),
        advisorKey,
        trajectoryKey,
        intakeNote: prng.pick(PRB_INTAKE_NOTES),
        budgetCents: spec.maxBudgetPerClientCents,
        committedCents,
        paidCents,
        admittedOn,
        admittedByKey: decider,
        proposals,
      };
    });
    programmes.push({
      key: spec.key,
      organisationKey: org,
      name: spec.name,
      periodStart: spec.periodStart,
      periodEnd: spec.periodEnd,
      cohortSize: spec.cohortSize,
      maxBudgetPerClientCents: spec.maxBudgetPerClientCents,
      instrumentKey,
      createdByKey: demoUserKey(org, 'functioneel_beheerder'),
      createdOn: addDays(spec.periodStart, -30),
      advisors: advisors.map((userKey) => ({ userKey, addedOn: addDays(spec.periodStart, -14) })),
      participants,
    });
  }
  return { programmes, trajectories, extraClients };
}

// ---------------------------------------------------------------------------------------------
// Client portal and polis

const MUNICIPALITY_OBLIGATIONS: readonly string[] = [
  'De gemeente zorgt voor een vaste klantmanager, die binnen twee werkdagen reageert.',
  'De gemeente betaalt de kosten van de afgesproken trajecten en de reiskosten daarvoor.',
  'De gemeente bespreekt de voortgang elke maand en meet de participatieladder opnieuw aan het eind van elk traject.',
];

const CLIENT_OBLIGATIONS: readonly string[] = [
  'Ik kom afspraken na en meld me vooraf af als ik verhinderd ben.',
  'Ik doe actief mee aan de afgesproken trajecten en activiteiten.',
  'Ik geef veranderingen in mijn situatie (werk, inkomen, gezondheid, adres) binnen een week door.',
];

const CLIENT_STEP_BY_RUNG: Record<Rung, string> = {
  1: 'Elke week één activiteit buiten de deur, bijvoorbeeld in het buurthuis, en hiervan verslag doen aan de klantmanager.',
  2: 'Twee dagdelen per week deelnemen aan een georganiseerde activiteit in de wijk.',
  3: 'Een vrijwilligersplek zoeken en een kennismakingsgesprek voeren.',
  4: 'Elke week minimaal twee keer solliciteren op passende vacatures en dit bijhouden in het sollicitatielogboek.',
  5: 'Met de werkgever en de jobcoach afspraken maken over uitbreiding van de uren.',
  6: 'Het werk behouden; contact opnemen bij problemen op het werk.',
};

function buildPortalAndPolisses(
  data: DemoData,
  trajectories: readonly DemoTrajectory[],
  instruments: readonly DemoInstrument[],
): { portalAccounts: DemoPortalAccount[]; polisses: DemoPolis[] } {
  const ref = data.referenceDate;
  const root = createPrng(data.seed).fork('routes:polis');
  const portalAccounts: DemoPortalAccount[] = [];
  const polisses: DemoPolis[] = [];
  const orgName = new Map(data.organisations.map((o) => [o.key, o.name]));
  const userName = new Map(data.users.map((u) => [u.key, u.name]));
  for (const user of data.users) {
    if (!user.clientKey) continue;
    const rng = root.fork(`polis:${user.key}`);
    const org = user.organisationKey;
    const client = data.clients.find((c) => c.key === user.clientKey)!;
    const running = trajectories.find((t) => t.clientKey === client.key && t.status === 'running' && t.prbParticipantKey === null);
    const km = klantmanager(org);
    if (!running) {
      portalAccounts.push({
        userKey: user.key,
        clientKey: client.key,
        organisationKey: org,
        linkedAt: at(client.ladderAssessments.at(-1)!.assessedOn, 9, 30),
        linkedByKey: km,
      });
      continue;
    }
    const createdOn = running.startDate;
    const clientSigned = min(addDays(createdOn, rng.int(0, 2)), ref);
    const municipalitySigned = min(addDays(clientSigned, rng.int(0, 1)), ref);
    portalAccounts.push({
      userKey: user.key,
      clientKey: client.key,
      organisationKey: org,
      linkedAt: at(createdOn, 9, 30),
      linkedByKey: km,
    });
    const instrument = instruments.find((i) => i.key === running.instrumentKey)!;
    const provider = running.providerKey ? orgName.get(running.providerKey) : null;
    const rung = running.rungBefore ?? 2;
    const steps: DemoPolisStep[] = [
      {
        description: provider ? `${instrument.name} bij ${provider}` : instrument.name,
        trajectoryKey: running.key,
        responsible: provider ? 'provider' : 'municipality',
        startDate: running.startDate,
        dueDate: running.plannedEndDate,
      },
      {
        description: CLIENT_STEP_BY_RUNG[rung],
        trajectoryKey: null,
        responsible: 'client',
        startDate: createdOn,
        dueDate: addDays(createdOn, 180),
      },
      {
        description: 'Maandelijks voortgangsgesprek met de klantmanager; aan het eind van het traject de ladder opnieuw meten.',
        trajectoryKey: null,
        responsible: 'municipality',
        startDate: createdOn,
        dueDate: running.plannedEndDate,
      },
    ];
    const clientSignature: DemoPolisSignature = {
      party: 'client',
      signerKey: user.key,
      signerName: user.name,
      signedAt: at(clientSigned, 14, rng.int(0, 59)),
    };
    const municipalitySignature: DemoPolisSignature = {
      party: 'municipality',
      signerKey: km,
      signerName: userName.get(km)!,
      signedAt:
        clientSigned === municipalitySigned ? at(municipalitySigned, 16, rng.int(0, 59)) : at(municipalitySigned, 9, rng.int(0, 59)),
    };
    const versions: DemoPolisVersion[] = [
      {
        versionNumber: 1,
        status: 'signed',
        municipalityObligations: [...MUNICIPALITY_OBLIGATIONS],
        clientObligations: [...CLIENT_OBLIGATIONS],
        goalRung: running.goalRung,
        changeNote: null,
        steps,
        createdByKey: km,
        createdAt: at(createdOn, 11, rng.int(0, 59)),
        signatures: [clientSignature, municipalitySignature],
        signedAt: municipalitySignature.signedAt,
      },
    ];
    // In Tilburg (where the polis model comes from) and Eindhoven a change is being prepared: a new draft.
    if ((org === 'eindhoven' || org === 'tilburg') && municipalitySigned < ref) {
      const draftOn = max(addDays(ref, -rng.int(1, 10)), addDays(municipalitySigned, 1));
      versions.push({
        ...versions[0]!,
        versionNumber: 2,
        status: 'draft',
        changeNote: 'Stap toegevoegd: cursus digitale vaardigheden in de bibliotheek, op verzoek van de cliënt.',
        steps: [
          ...steps,
          {
            description: 'Cursus digitale vaardigheden volgen in de bibliotheek (acht lessen).',
            trajectoryKey: null,
            responsible: 'client',
            startDate: draftOn,
            dueDate: addDays(draftOn, 70),
          },
        ],
        createdAt: at(draftOn, 10, rng.int(0, 59)),
        signatures: [],
        signedAt: null,
      });
    }
    polisses.push({
      key: `polis:${client.key}`,
      organisationKey: org,
      clientKey: client.key,
      createdByKey: km,
      createdAt: versions[0]!.createdAt,
      versions,
    });
  }
  return { portalAccounts, polisses };
}

// ---------------------------------------------------------------------------------------------
// Entry point

/** The routes-to-work demo for a generated demo. Deterministic: the same demo gives byte-identical JSON. */
export function generateRoutes(data: DemoData): DemoRoutes {
  const instruments: DemoInstrument[] = MUNICIPALITIES.flatMap((m) =>
    CATALOGUE.map((c) => ({
      key: `${m.key}:${c.key}`,
      organisationKey: m.key,
      name: c.name,
      kind: c.kind,
      cbsCategory: c.cbsCategory,
      description: c.description,
    })),
  );
  const portalUsers = data.users.filter((u) => u.clientKey);
  const clientByKey = new Map(data.clients.map((c) => [c.key, c]));
  const portalClientOf = new Map(portalUsers.map((u) => [u.organisationKey, clientByKey.get(u.clientKey!)!]));
  const portalUserOf = new Map(portalUsers.map((u) => [u.organisationKey, u.key]));

  const clientTrajectories = buildClientTrajectories(data, new Set(portalUsers.map((u) => u.clientKey!)));
  const assignments = buildAssignments(data, clientTrajectories);
  const prb = buildPrb(data, instruments, portalClientOf, portalUserOf);
  const { portalAccounts, polisses } = buildPortalAndPolisses(data, clientTrajectories, instruments);
  return {
    extraClients: prb.extraClients,
    instruments,
    assignments,
    trajectories: [...clientTrajectories, ...prb.trajectories],
    prbProgrammes: prb.programmes,
    portalAccounts,
    polisses,
  };
}
