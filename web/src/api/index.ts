export * from './endpoints.ts';
export { ApiError, isApiError } from './client.ts';
export type * from './types.ts';
export {
  ROLES,
  ORGANISATION_KINDS,
  GENDERS,
  EDUCATION_LEVELS,
  BENEFIT_TYPES,
  TARGET_GROUPS,
  RUNGS,
  SIZE_CLASSES,
  CONTACT_MOMENT_KINDS,
  VISIBILITIES,
  VACANCY_STATUSES,
  CLOSE_REASONS,
  MATCH_PART_KEYS,
  PROPOSAL_STATUSES,
  CONTRACT_TYPES,
  RESULT_LEVELS,
} from './types.ts';
