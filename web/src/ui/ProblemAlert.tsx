import { Button } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { isApiError } from '../api/index.ts';
import type { MessageKey } from '../app/messages.ts';
import { useI18n, type I18n } from '../app/i18n.tsx';

const KNOWN_CODES = new Set([
  'network_error',
  'validation_failed',
  'not_authenticated',
  'invalid_credentials',
  'account_disabled',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'duplicate_bsn',
  'too_many_requests',
  'payload_too_large',
  'unsupported_media_type',
  'oidc_failed',
  'internal',
]);

/** A user-facing sentence for any error: translated by problem code, else the server's detail. */
export function problemMessage(error: unknown, i18n: Pick<I18n, 't'>): string {
  if (isApiError(error)) {
    if (KNOWN_CODES.has(error.code)) return i18n.t(`problem.${error.code}` as MessageKey);
    if (error.problem.detail) return error.problem.detail;
    if (error.status >= 500) return i18n.t('problem.internal');
    return error.problem.title ?? i18n.t('problem.internal');
  }
  return i18n.t('problem.internal');
}

interface ProblemAlertProps {
  error: unknown;
  /** Optional heading; defaults to "Er ging iets mis". */
  title?: string;
}

/** Shows an API failure (problem+json) as an error alert. Conflicts offer a reload. */
export function ProblemAlert({ error, title }: ProblemAlertProps) {
  const i18n = useI18n();
  if (!error) return null;
  const conflict = isApiError(error) && error.code === 'conflict';
  return (
    <div className="utrecht-alert utrecht-alert--error wp-alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role="alert">
          <p className="utrecht-paragraph">
            <strong>{title ?? i18n.t('error.generic.title')}.</strong> {problemMessage(error, i18n)}
          </p>
          {conflict ? (
            <p className="utrecht-paragraph">
              <Button appearance="secondary-action-button" onClick={() => window.location.reload()}>
                {i18n.t('problem.reload')}
              </Button>
            </p>
          ) : null}
        </div>
      </div>
    </div>
  );
}

/** An error alert with a message of our own (e.g. a 409 whose detail names who holds the lead). */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <div className="utrecht-alert utrecht-alert--error wp-alert">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message" role="alert">
          <p className="utrecht-paragraph">{children}</p>
        </div>
      </div>
    </div>
  );
}

/** The server's own explanation of a refusal (403/409 with a detail), if it gave one. */
function refusalDetail(error: unknown): string | undefined {
  return isApiError(error) && (error.status === 409 || error.status === 403) && error.problem.detail ? error.problem.detail : undefined;
}

/**
 * For refusals the server explains in words (409 "X is al accountmanager", 403 "alleen de accountmanager
 * zelf …"): its detail; otherwise the usual translated message for the problem code.
 */
export function detailOrMessage(error: unknown, i18n: Pick<I18n, 't'>): string {
  return refusalDetail(error) ?? problemMessage(error, i18n);
}

/** A failed action: the server's own explanation for a refusal (403/409), else the usual problem alert. */
export function ActionError({ error }: { error: unknown }) {
  const detail = refusalDetail(error);
  return detail ? <ErrorAlert>{detail}</ErrorAlert> : <ProblemAlert error={error} />;
}
