/**
 * The one error type of Werkplein. Every failure a user can cause has a stable code; the HTTP layer maps
 * codes to status and problem+json in one table (platform/http/problem.ts).
 */
export type ErrorCode =
  | 'validation_failed'
  | 'not_authenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'duplicate_bsn'
  | 'too_many_requests'
  | 'csrf_failed'
  | 'invalid_credentials'
  | 'account_disabled'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'oidc_failed'
  | 'internal';

export interface InvalidParam {
  /** Dotted path of the field, e.g. "bsn" or "address.postcode". */
  name: string;
  /** Machine-readable reason, e.g. "invalid_bsn", "required", "too_long". */
  code: string;
  /** Human-readable reason (Dutch). */
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly invalidParams: InvalidParam[] = [],
    /** For too_many_requests: when the caller may try again (HTTP Retry-After). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(what = 'Niet gevonden'): AppError {
    return new AppError('not_found', what);
  }
  static forbidden(message = 'U heeft geen toegang tot deze handeling.'): AppError {
    return new AppError('forbidden', message);
  }
  static invalid(params: InvalidParam[], message = 'De invoer is niet geldig.'): AppError {
    return new AppError('validation_failed', message, params);
  }
}
