import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { api, apiUrl, call, isApiError } from '../../api/index.ts';
import { useAuthActions } from '../../app/auth.tsx';
import { safeRedirect } from '../../app/errors.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { InfoAlert } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';

export function LoginPage() {
  const { t } = useI18n();
  const search = useSearch({ from: '/inloggen' });
  const navigate = useNavigate();
  const { login } = useAuthActions();
  const providers = useQuery({
    queryKey: ['oidc-providers'],
    queryFn: () => call(api.GET('/api/v1/auth/oidc/providers')),
    staleTime: Infinity,
    retry: false,
  });

  const labels = { email: t('login.email'), password: t('login.password') };
  const form = useApiForm<{ email: string; password: string }>({
    defaultValues: { email: '', password: '' },
    labels,
    checks: ({ email, password }) => {
      const next: FieldErrors = {};
      if (!email.trim()) next.email = t('form.required', { label: labels.email });
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) next.email = t('form.invalidEmail');
      if (!password) next.password = t('form.required', { label: labels.password });
      return next;
    },
  });

  const signIn = async ({ email, password }: { email: string; password: string }) => {
    try {
      await login({ email: email.trim(), password });
    } catch (error) {
      form.setValue('password', '');
      throw error;
    }
    await navigate({ href: safeRedirect(search.redirect), replace: true });
  };

  const reasonText =
    search.reason === 'logout'
      ? t('login.sessionEnded')
      : search.reason === 'expired'
        ? t('problem.not_authenticated')
        : search.reason === 'sso_failed'
          ? t('login.ssoFailed')
          : null;

  const ssoProviders = providers.data ?? [];
  const failure = form.problem;
  const loginFailed = isApiError(failure) && (failure.status === 401 || failure.status === 429 || failure.status === 403);

  return (
    <div className="wp-narrow">
      <PageHeader title={t('login.title')} lead={t('login.intro')} />
      {reasonText && !failure ? <InfoAlert>{reasonText}</InfoAlert> : null}
      {failure ? <ProblemAlert error={failure} title={loginFailed ? t('login.title') : undefined} /> : null}

      {ssoProviders.length > 0 ? (
        <section className="wp-section">
          <h2 className="utrecht-heading-2" id="sso-title">
            {t('login.sso.title')}
          </h2>
          <ul className="wp-sso-list" role="list">
            {ssoProviders.map((p) => (
              <li key={p.id}>
                <a
                  className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
                  href={apiUrl('/api/v1/auth/oidc/{providerId}/login', { providerId: p.id })}
                >
                  {t('login.sso.with', { name: p.name })}
                </a>
              </li>
            ))}
          </ul>
          <h2 className="utrecht-heading-2">{t('login.or')}</h2>
        </section>
      ) : null}

      <form className="wp-form" noValidate onSubmit={form.submit(signIn)} aria-busy={form.busy || undefined}>
        <ErrorSummary errors={form.errors} labels={form.labels} focusKey={form.focusKey} />
        <FormTextField form={form} name="email" type="email" autoComplete="username" spellCheck={false} required />
        <FormTextField form={form} name="password" type="password" autoComplete="current-password" required />
        <SubmitButton busy={form.busy} busyLabel={t('login.busy')}>
          {t('login.submit')}
        </SubmitButton>
      </form>
      <p className="utrecht-paragraph wp-section">
        <Link to="/vacatures" className="utrecht-link">
          {t('login.publicVacancies')}
        </Link>
      </p>
    </div>
  );
}
