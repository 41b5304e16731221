import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { api, apiUrl, call, isApiError } from '../../api/index.ts';
import { useAuthActions } from '../../app/auth.tsx';
import { safeRedirect } from '../../app/errors.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { InfoAlert } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';

const FIELDS = ['email', 'password'] as const;

export function LoginPage() {
  const { t } = useI18n();
  const search = useSearch({ from: '/inloggen' });
  const navigate = useNavigate();
  const { login } = useAuthActions();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const providers = useQuery({
    queryKey: ['oidc-providers'],
    queryFn: () => call(api.GET('/api/v1/auth/oidc/providers')),
    staleTime: Infinity,
    retry: false,
  });

  const labels = { email: t('login.email'), password: t('login.password') };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const next: FieldErrors = {};
    if (!email.trim()) next.email = t('form.required', { label: labels.email });
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) next.email = t('form.invalidEmail');
    if (!password) next.password = t('form.required', { label: labels.password });
    setErrors(next);
    if (hasErrors(next)) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await login({ email: email.trim(), password });
      await navigate({ href: safeRedirect(search.redirect), replace: true });
    } catch (error) {
      const fieldErrors = fieldErrorsFromError(error, FIELDS);
      if (hasErrors(fieldErrors)) {
        setErrors(fieldErrors);
        setAttempt((n) => n + 1);
      } else {
        setFailure(error);
      }
      setPassword('');
    } finally {
      setBusy(false);
    }
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

      <form className="wp-form" noValidate onSubmit={(e) => void onSubmit(e)} aria-busy={busy || undefined}>
        <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
        <TextField
          name="email"
          label={labels.email}
          type="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={setEmail}
          error={errors.email}
          required
        />
        <TextField
          name="password"
          label={labels.password}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          required
        />
        <SubmitButton busy={busy} busyLabel={t('login.busy')}>
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
