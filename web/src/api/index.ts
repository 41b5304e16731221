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
} from './types.ts';
