import { isApiError } from '../api/index.ts';

/** Field errors keyed by dotted field path ("address.postcode"). */
export type FieldErrors = Record<string, string>;

/**
 * Maps a server field path onto a field the form shows: exact match first, then the closest
 * known parent ("languages.0" → "languages"). Unknown names stay as they are (shown in the summary only).
 */
export function resolveFieldName(name: string, known: readonly string[]): string {
  if (known.includes(name)) return name;
  const parts = name.split('.');
  while (parts.length > 1) {
    parts.pop();
    const candidate = parts.join('.');
    if (known.includes(candidate)) return candidate;
  }
  return name;
}

/**
 * The invalidParams of a 400 problem as FieldErrors (first reason per field wins). Other statuses
 * (e.g. a 409 conflict that names "version") are not field errors: the caller shows a ProblemAlert.
 */
export function fieldErrorsFromError(error: unknown, known: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  if (!isApiError(error) || error.status !== 400) return errors;
  for (const p of error.invalidParams) {
    const name = resolveFieldName(p.name, known);
    if (!(name in errors)) errors[name] = p.reason;
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
