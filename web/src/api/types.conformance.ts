/**
 * Compile-time check (no runtime code) that the hand-written types in types.ts still fit the types
 * generated from openapi.json: `tsc` fails here when the API and the web app drift apart.
 * Remove together with types.ts once the web app uses schema.d.ts directly.
 */
import type { components } from './schema.d.ts';
import type * as T from './types.ts';

type S = components['schemas'];
type Fits<A extends B, B> = [A, B];

// Responses: what the server sends fits what the web app reads (rungs are plain numbers in the schema).
export type ResponseChecks = [
  Fits<S['Client'], Omit<T.Client, 'latestLadder'> & { latestLadder: unknown }>,
  Fits<S['ClientSummary'], Omit<T.ClientSummary, 'latestRung'> & { latestRung: number | null }>,
  Fits<S['Consent'], T.Consent>,
  Fits<S['Organisation'], T.Organisation>,
  Fits<S['User'], T.User>,
  Fits<S['Session'], T.Session>,
  Fits<S['OidcProvider'], T.OidcProvider>,
];

// Requests: what the web app sends fits what the server accepts.
export type RequestChecks = [
  Fits<T.LoginInput, S['LoginInput']>,
  Fits<T.ClientInput, S['ClientInput']>,
  Fits<T.ClientPatch, S['ClientPatch']>,
  Fits<T.ConsentInput, S['ConsentInput']>,
  Fits<T.LadderAssessmentInput, S['LadderAssessmentInput']>,
  Fits<T.OrganisationCreateInput, S['OrganisationInput']>,
  Fits<T.OrganisationPatchInput, S['OrganisationPatch']>,
  Fits<T.UserCreateInput, S['UserInput']>,
  Fits<T.UserPatchInput, S['UserPatch']>,
];
