import type { z } from 'zod';
import { AppError, type ErrorCode, type InvalidParam } from '../../kernel/errors.ts';

/** The one table from error code to HTTP status and title (Dutch API Design Rules: problem+json). */
export const ERROR_TABLE: Record<ErrorCode, { status: number; title: string }> = {
  validation_failed: { status: 400, title: 'Ongeldige invoer' },
  not_authenticated: { status: 401, title: 'Niet ingelogd' },
  invalid_credentials: { status: 401, title: 'Inloggen mislukt' },
  account_disabled: { status: 401, title: 'Account geblokkeerd' },
  oidc_failed: { status: 401, title: 'Inloggen via single sign-on mislukt' },
  forbidden: { status: 403, title: 'Geen toegang' },
  csrf_failed: { status: 403, title: 'Verzoek geweigerd (CSRF)' },
  not_found: { status: 404, title: 'Niet gevonden' },
  conflict: { status: 409, title: 'Conflict' },
  duplicate_bsn: { status: 409, title: 'BSN bestaat al' },
  payload_too_large: { status: 413, title: 'Verzoek te groot' },
  unsupported_media_type: { status: 415, title: 'Verkeerd formaat' },
  too_many_requests: { status: 429, title: 'Te veel pogingen' },
  internal: { status: 500, title: 'Interne fout' },
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  instance?: string;
  invalidParams?: InvalidParam[];
}

export function toProblem(err: AppError, instance?: string): Problem {
  const { status, title } = ERROR_TABLE[err.code];
  return {
    type: `https://werkplein.nl/problemen/${err.code.replaceAll('_', '-')}`,
    title,
    status,
    detail: err.message,
    code: err.code,
    ...(instance ? { instance } : {}),
    ...(err.invalidParams.length ? { invalidParams: err.invalidParams } : {}),
  };
}

/** Turns zod issues into invalidParams with Dutch reasons, one per field. */
export function zodToInvalidParams(error: z.ZodError, input: unknown, prefix: string[] = []): InvalidParam[] {
  const out: InvalidParam[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const paths =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => [...prefix, ...issue.path.map(String), k])
        : [[...prefix, ...issue.path.map(String)]];
    for (const p of paths) {
      const name = p.join('.') || '(body)';
      if (seen.has(name)) continue;
      seen.add(name);
      const missing = issue.code !== 'unrecognized_keys' && valueAt(input, issue.path) === undefined;
      out.push({ name, ...(missing ? { code: 'required', reason: 'Dit veld is verplicht.' } : describeIssue(issue)) });
    }
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): { code: string; reason: string } {
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalid_type', reason: `Verwacht ${TYPE_NL[issue.expected] ?? issue.expected}.` };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { code: 'required', reason: 'Dit veld is verplicht.' }
          : { code: 'too_short', reason: `Minimaal ${issue.minimum} tekens.` };
      }
      if (issue.origin === 'array') return { code: 'too_few', reason: `Kies er minstens ${issue.minimum}.` };
      return { code: 'too_small', reason: `Moet minimaal ${issue.minimum} zijn.` };
    case 'too_big':
      if (issue.origin === 'string') return { code: 'too_long', reason: `Maximaal ${issue.maximum} tekens.` };
      if (issue.origin === 'array') return { code: 'too_many', reason: `Maximaal ${issue.maximum} items.` };
      return { code: 'too_big', reason: `Mag hoogstens ${issue.maximum} zijn.` };
    case 'invalid_value':
      return { code: 'invalid_value', reason: `Kies een van: ${issue.values.map(String).join(', ')}.` };
    case 'invalid_format':
      return {
        code: 'invalid_format',
        reason: issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'Het formaat klopt niet.',
      };
    case 'unrecognized_keys':
      return { code: 'unknown_field', reason: 'Dit veld bestaat niet.' };
    case 'custom':
      return { code: String(issue.params?.code ?? 'invalid'), reason: issue.message };
    default:
      return { code: 'invalid', reason: 'Deze waarde is niet geldig.' };
  }
}

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const TYPE_NL: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'ja of nee (true/false)',
  array: 'een lijst',
  object: 'een object',
};

export function isAppError(err: unknown): err is AppError {
  return err instanceof AppError;
}
