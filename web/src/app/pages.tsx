import { Button } from '@utrecht/component-library-react';
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { isApiError } from '../api/index.ts';
import { PageHeader } from '../ui/PageHeader.tsx';
import { problemMessage } from '../ui/ProblemAlert.tsx';
import { ForbiddenError } from './errors.ts';
import { useI18n } from './i18n.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('error.notFound.title')} />
      <p className="utrecht-paragraph">{t('error.notFound.text')}</p>
      <p className="utrecht-paragraph">
        <Link to="/" className="utrecht-link">
          {t('error.toHome')}
        </Link>
      </p>
    </>
  );
}

export function ForbiddenPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('error.forbidden.title')} />
      <p className="utrecht-paragraph">{t('error.forbidden.text')}</p>
      <p className="utrecht-paragraph">
        <Link to="/" className="utrecht-link">
          {t('error.toHome')}
        </Link>
      </p>
    </>
  );
}

export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const i18n = useI18n();
  const router = useRouter();
  if (error instanceof ForbiddenError || (isApiError(error) && error.status === 403)) return <ForbiddenPage />;
  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  return (
    <>
      <PageHeader title={i18n.t('error.generic.title')} />
      <div className="utrecht-alert utrecht-alert--error wp-alert">
        <div className="utrecht-alert__content">
          <div className="utrecht-alert__message" role="alert">
            <p className="utrecht-paragraph">{problemMessage(error, i18n)}</p>
          </div>
        </div>
      </div>
      <p className="utrecht-paragraph">
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          {i18n.t('error.retry')}
        </Button>
      </p>
    </>
  );
}
