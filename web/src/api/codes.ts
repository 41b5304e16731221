/**
 * The code lists forms offer as choices, in the order they are shown. Each list is checked against the
 * union openapi.json declares for its field, both ways: a code the API drops is a type error, and so is
 * a code the API adds that the list lacks.
 */
import { ORGANISATION_KINDS as KERNEL_ORGANISATION_KINDS, ROLES as KERNEL_ROLES } from '../../../src/kernel/roles.ts';
import type { components } from './schema.d.ts';

type S = components['schemas'];

/** The list unchanged; a type error unless it holds exactly the members of T. */
function allOf<T extends string | number>() {
  return <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : { missing: Exclude<T, L[number]> })): L => list;
}

// One list of roles and organisation kinds for server and web (src/kernel has no Node dependencies).
export const ROLES = allOf<S['User']['roles'][number]>()(KERNEL_ROLES);
export const ORGANISATION_KINDS = allOf<S['Organisation']['kind']>()(KERNEL_ORGANISATION_KINDS);

export const GENDERS = allOf<S['Client']['gender']>()(['man', 'vrouw', 'x', 'onbekend']);
export const EDUCATION_LEVELS = allOf<S['Client']['educationLevel']>()([
  'geen',
  'basisonderwijs',
  'vmbo',
  'mbo1',
  'mbo2',
  'mbo3',
  'mbo4',
  'havo',
  'vwo',
  'hbo',
  'wo',
]);
export const BENEFIT_TYPES = allOf<S['Client']['benefitType']>()(['participatiewet', 'ww', 'wia_wao', 'wajong', 'geen']);
export const TARGET_GROUPS = allOf<S['Client']['targetGroups'][number]>()([
  'banenafspraak',
  'statushouder',
  'vijftig_plus',
  'jongere',
  'alleenstaande_ouder',
]);

export const SIZE_CLASSES = allOf<S['Employer']['sizeClass']>()(['1-9', '10-49', '50-249', '250+']);
export const CONTACT_MOMENT_KINDS = allOf<S['ContactMoment']['kind']>()(['bezoek', 'telefoon', 'email']);
export const VISIBILITIES = allOf<S['Vacancy']['visibility']>()(['own', 'region', 'public']);
export const CLOSE_REASONS = allOf<S['VacancyClose']['reason']>()(['vervuld', 'ingetrokken']);
export const CONTRACT_TYPES = allOf<S['Placement']['contractType']>()(['vast', 'tijdelijk', 'uitzend', 'proefplaatsing']);

export const PRB_COST_CATEGORIES = allOf<S['PrbCostLine']['category']>()(['training', 'coaching', 'tools', 'travel', 'childcare', 'other']);
export const REPORT_GROUPINGS = allOf<S['TrajectoryReport']['groupBy']>()(['programme', 'instrument', 'provider']);

export const INSTRUMENT_KINDS = allOf<S['Instrument']['kind']>()([
  'training',
  'job_coaching',
  'work_first',
  'wage_cost_subsidy',
  'volunteering',
  'debt_support',
  'prb',
  'other',
]);
export const CBS_CATEGORIES = allOf<NonNullable<S['Instrument']['cbsCategory']>>()([
  'loonkostensubsidie_pw',
  'forfaitaire_loonkostensubsidie',
  'tijdelijke_loonkostensubsidie',
  'wiw_id_baan',
  'beschut_werk',
  'detacheringsbaan',
  'participatieplaats',
  'proefplaatsing',
  'werkervaringsplaats',
  'jobcoaching',
  'werkplekvoorziening',
  'coaching_naar_werk',
  'coaching_naar_participatie',
  'scholing',
  'sociale_activering',
  'overig',
]);
export const TRAJECTORY_OUTCOMES = allOf<NonNullable<S['Trajectory']['outcome']>>()([
  'work',
  'education',
  'other_instrument',
  'no_result',
  'dropped_out',
]);
export const OUTCOME_CONTRACT_TYPES = allOf<NonNullable<S['Trajectory']['outcomeContractType']>>()([
  'permanent',
  'temporary',
  'on_call',
  'self_employed',
]);
export const POLIS_RESPONSIBLES = allOf<S['PolisStep']['responsible']>()(['client', 'municipality', 'provider']);
