// The parts of the form toolkit that need no React (docs/adr/0018): the form's own checks as a React Hook
// Form resolver, a 400 problem's invalidParams mapped onto the form's fields, and the submit flow that
// decides between field errors (error summary, new focus key) and a problem for the ProblemAlert.
import {
  set,
  type FieldErrors as HookFormErrors,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormHandleSubmit,
  type UseFormSetError,
} from 'react-hook-form';
import type { BaseSyntheticEvent } from 'react';
import { isApiError } from '../api/index.ts';
import { resolveFieldName, type FieldErrors } from './formErrors.ts';

/** The form's own checks: field errors keyed by dotted field path, messages already translated (undefined: none). */
export type FormChecks<V> = (values: V) => Partial<Record<string, string>>;

/** What the error summary and the problem alert show besides the field errors. */
export interface FormFeedback {
  /** Goes up on every failed submit (own checks or the server's field errors); the summary takes focus. */
  focusKey: number;
  /** A failure that is not about fields (409, 403, network…), for the ProblemAlert; null when none. */
  problem: unknown;
}

export const NO_FEEDBACK: FormFeedback = { focusKey: 0, problem: null };

/** A React Hook Form resolver that runs the form's own checks; the values pass unchanged. */
export function checksResolver<V extends FieldValues>(checks: () => FormChecks<V> | undefined): Resolver<V> {
  return (values) => {
    const found = Object.entries(checks()?.(values) ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]));
    if (found.length === 0) return { values, errors: {} };
    const errors: HookFormErrors<V> = {};
    for (const [name, message] of found) set(errors, name, { type: 'check', message });
    return { values: {}, errors };
  };
}

/** React Hook Form's nested errors as one flat map by dotted field path (what ErrorSummary lists). */
export function flattenErrors(errors: HookFormErrors): FieldErrors {
  const flat: FieldErrors = {};
  const walk = (node: unknown, path: string): void => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (path && typeof record.type === 'string') {
      flat[path] = typeof record.message === 'string' ? record.message : '';
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === 'ref') continue;
      walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(errors, '');
  return flat;
}

/**
 * The API's name for a field as the form's name: an exact entry of `apiNames` first, then the longest
 * mapped prefix ("address.postcode" with { address: "home" } → "home.postcode").
 */
export function renameApiField(name: string, apiNames: Readonly<Record<string, string>> | undefined): string {
  if (!apiNames) return name;
  const exact = apiNames[name];
  if (exact !== undefined) return exact;
  const parts = name.split('.');
  for (let length = parts.length - 1; length > 0; length--) {
    const mapped = apiNames[parts.slice(0, length).join('.')];
    if (mapped !== undefined) return [mapped, ...parts.slice(length)].join('.');
  }
  return name;
}

/**
 * The field errors in a 400 problem's invalidParams, named as the form names its fields (first reason
 * per field wins; a name the form does not show is kept, so the summary still lists it), or null when
 * the failure is not about fields and belongs in a ProblemAlert.
 */
export function invalidParamsAsFieldErrors(
  error: unknown,
  known: readonly string[],
  apiNames?: Readonly<Record<string, string>>,
): FieldErrors | null {
  if (!isApiError(error) || error.status !== 400) return null;
  const errors: FieldErrors = {};
  for (const param of error.invalidParams) {
    if (!param.name) continue;
    const name = resolveFieldName(renameApiField(param.name, apiNames), known);
    if (!(name in errors)) errors[name] = param.reason;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

export interface SubmitFlow<V extends FieldValues> {
  handleSubmit: UseFormHandleSubmit<V>;
  setError: UseFormSetError<V>;
  /** The field names the form shows, for mapping a server name onto its closest field. */
  known: () => readonly string[];
  apiNames?: Readonly<Record<string, string>> | undefined;
  setFeedback: (update: (previous: FormFeedback) => FormFeedback) => void;
}

/** Puts field errors on the form (e.g. a 409 that names a field) with a new focus key. */
export function showFieldErrors<V extends FieldValues>(flow: SubmitFlow<V>, errors: FieldErrors): void {
  for (const [name, message] of Object.entries(errors)) flow.setError(name as Path<V>, { type: 'server', message });
  flow.setFeedback((previous) => ({ focusKey: previous.focusKey + 1, problem: null }));
}

/** Puts a failed call's field errors on the form (new focus key), or keeps it as the form's problem. */
export function showFailure<V extends FieldValues>(flow: SubmitFlow<V>, error: unknown): void {
  const fields = invalidParamsAsFieldErrors(error, flow.known(), flow.apiNames);
  if (fields) showFieldErrors(flow, fields);
  else flow.setFeedback((previous) => ({ ...previous, problem: error }));
}

/**
 * A submit handler: runs the checks; when they fail, a new focus key; when they pass, `action` with the
 * values, and a rejection from it becomes field errors or the form's problem.
 */
export function submitFlow<V extends FieldValues>(
  flow: SubmitFlow<V>,
  action: (values: V) => unknown,
): (event?: BaseSyntheticEvent) => Promise<void> {
  return flow.handleSubmit(
    async (values) => {
      flow.setFeedback((previous) => (previous.problem === null ? previous : { ...previous, problem: null }));
      try {
        await action(values);
      } catch (error) {
        showFailure(flow, error);
      }
    },
    () => flow.setFeedback((previous) => ({ focusKey: previous.focusKey + 1, problem: null })),
  );
}
