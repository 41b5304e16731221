import { useMutation } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import { normalisePostcode } from '../../../../src/kernel/postcode.ts';
import { api, call } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import type { MessageKey } from '../../app/messages.ts';
import { inSentence, intInRange } from '../../ui/checks.ts';
import { FormCheckboxField, FormCheckboxGroup, FormErrors, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { SUPPORT_LINES, type SupportLine } from './noticeForm.ts';
import { useNoticeUpdate, type Notice } from './queries.ts';

interface ProlificValues {
  prolificOffender: boolean;
  supportLines: SupportLine[];
  caseConferenceOn: string;
  caseConferenceNotes: string;
}

/** The prolific-offender flag with the extra support lines and the case conference (the coordinator edits; others read). */
export function ProlificSection({ notice, mayEdit }: { notice: Notice; mayEdit: boolean }) {
  const { t, formatDate } = useI18n();
  const { flash } = useFlash();
  const update = useNoticeUpdate();
  const labels = {
    prolificOffender: t('aftercare.prolific.flag'),
    supportLines: t('aftercare.prolific.supportLines'),
    caseConferenceOn: t('aftercare.prolific.caseConferenceOn'),
    caseConferenceNotes: t('aftercare.prolific.caseConferenceNotes'),
  };
  const form = useApiForm<ProlificValues>({
    idPrefix: 'prolific-',
    defaultValues: {
      prolificOffender: notice.prolificOffender,
      supportLines: [...notice.supportLines],
      caseConferenceOn: notice.caseConferenceOn ?? '',
      caseConferenceNotes: notice.caseConferenceNotes ?? '',
    },
    labels,
    checks: (v) => {
      const next: FieldErrors = {};
      if (v.caseConferenceOn && !isIsoDate(v.caseConferenceOn)) next.caseConferenceOn = t('form.invalidDate');
      if (v.caseConferenceNotes.trim().length > 4000)
        next.caseConferenceNotes = t('form.tooLong', { label: labels.caseConferenceNotes, max: 4000 });
      return next;
    },
  });
  const save = useMutation({
    mutationFn: (v: ProlificValues) =>
      call(
        api.PUT('/api/v1/aftercare/notices/{id}/prolific', {
          params: { path: { id: notice.id } },
          // Support lines and a case conference belong to a prolific offender; without the flag they go.
          body: v.prolificOffender
            ? {
                prolificOffender: true,
                supportLines: v.supportLines,
                caseConferenceOn: v.caseConferenceOn || null,
                caseConferenceNotes: v.caseConferenceNotes.trim() || null,
              }
            : { prolificOffender: false, supportLines: [], caseConferenceOn: null, caseConferenceNotes: null },
        }),
      ),
    onSuccess: async (n) => {
      flash(t('aftercare.prolific.saved'));
      form.reset({
        prolificOffender: n.prolificOffender,
        supportLines: [...n.supportLines],
        caseConferenceOn: n.caseConferenceOn ?? '',
        caseConferenceNotes: n.caseConferenceNotes ?? '',
      });
      await update(n);
    },
  });
  const flagged = form.watch('prolificOffender');
  const lineLabel = (l: SupportLine) => t(`aftercare.support.${l}` as MessageKey);

  return (
    <section className="wp-section" aria-labelledby="notice-prolific">
      <h2 className="utrecht-heading-2" id="notice-prolific">
        {t('aftercare.prolific.title')}
      </h2>
      <p className="utrecht-paragraph">{t('aftercare.prolific.intro')}</p>
      {!mayEdit ? (
        notice.prolificOffender ? (
          <>
            <p className="utrecht-paragraph">
              {t('aftercare.prolific.lines', { lines: notice.supportLines.map(lineLabel).join(', ') || t('app.none') })}
            </p>
            {notice.caseConferenceOn ? (
              <p className="utrecht-paragraph">{t('aftercare.prolific.conference', { date: formatDate(notice.caseConferenceOn) })}</p>
            ) : null}
          </>
        ) : (
          <p className="utrecht-paragraph wp-muted">{t('aftercare.prolific.not')}</p>
        )
      ) : (
        <form className="wp-form" noValidate aria-labelledby="notice-prolific" onSubmit={form.submit((v) => save.mutateAsync(v))}>
          <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
          <FormCheckboxField form={form} name="prolificOffender" />
          {flagged ? (
            <>
              <FormCheckboxGroup<ProlificValues, SupportLine>
                form={form}
                name="supportLines"
                options={SUPPORT_LINES.map((l) => ({ value: l, label: lineLabel(l) }))}
                optional
              />
              <FormTextField form={form} name="caseConferenceOn" type="date" optional />
              <FormTextareaField form={form} name="caseConferenceNotes" rows={3} maxLength={4000} optional />
            </>
          ) : null}
          <SubmitButton busy={save.isPending}>{t('aftercare.prolific.submit')}</SubmitButton>
        </form>
      )}
    </section>
  );
}

/** The day the person started work (the report's outflow to work). */
export function WorkSection({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  const { flash } = useFlash();
  const update = useNoticeUpdate();
  const labels = { workStartedOn: t('aftercare.work.startedOn') };
  const form = useApiForm<{ workStartedOn: string }>({
    idPrefix: 'work-',
    defaultValues: { workStartedOn: notice.workStartedOn ?? '' },
    labels,
    checks: ({ workStartedOn }): FieldErrors =>
      workStartedOn && !isIsoDate(workStartedOn) ? { workStartedOn: t('form.invalidDate') } : {},
  });
  const save = useMutation({
    mutationFn: ({ workStartedOn }: { workStartedOn: string }) =>
      call(
        api.PUT('/api/v1/aftercare/notices/{id}/work', {
          params: { path: { id: notice.id } },
          body: { workStartedOn: workStartedOn || null },
        }),
      ),
    onSuccess: async (n) => {
      flash(t('aftercare.work.saved'));
      await update(n);
    },
  });
  return (
    <section className="wp-section" aria-labelledby="notice-work">
      <h2 className="utrecht-heading-2" id="notice-work">
        {t('aftercare.work.title')}
      </h2>
      <form className="wp-form" noValidate aria-labelledby="notice-work" onSubmit={form.submit((v) => save.mutateAsync(v))}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <FormTextField form={form} name="workStartedOn" type="date" optional />
        <SubmitButton busy={save.isPending} appearance="secondary">
          {t('aftercare.work.submit')}
        </SubmitButton>
      </form>
    </section>
  );
}

interface ClientValues {
  consent: boolean;
  street: string;
  houseNumber: string;
  houseNumberAddition: string;
  postcode: string;
  city: string;
  email: string;
  phone: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ()-]*$/;

/** "Klant maken": the person becomes a client of the municipality with the basic data they consent to. */
export function ClientSection({ notice }: { notice: Notice }) {
  const { t } = useI18n();
  const { user } = useRouteContext({ from: '/auth/nazorg/$id' });
  const { flash } = useFlash();
  const update = useNoticeUpdate();
  const labels = {
    consent: t('aftercare.client.consent'),
    street: t('aftercare.client.street'),
    houseNumber: t('aftercare.client.houseNumber'),
    houseNumberAddition: t('aftercare.client.houseNumberAddition'),
    postcode: t('aftercare.client.postcode'),
    city: t('aftercare.client.city'),
    email: t('aftercare.client.email'),
    phone: t('aftercare.client.phone'),
  };
  const form = useApiForm<ClientValues>({
    idPrefix: 'client-',
    defaultValues: { consent: false, street: '', houseNumber: '', houseNumberAddition: '', postcode: '', city: '', email: '', phone: '' },
    labels,
    apiNames: {
      'address.street': 'street',
      'address.houseNumber': 'houseNumber',
      'address.houseNumberAddition': 'houseNumberAddition',
      'address.postcode': 'postcode',
      'address.city': 'city',
    },
    checks: (v) => {
      const next: FieldErrors = {};
      if (!v.consent) next.consent = t('aftercare.client.consentRequired');
      if (!v.street.trim()) next.street = t('form.required', { label: inSentence(labels.street) });
      if (intInRange(v.houseNumber, 1, 99999) === null) next.houseNumber = t('aftercare.client.houseNumberInvalid');
      if (!normalisePostcode(v.postcode)) next.postcode = t('form.invalidPostcode');
      if (!v.city.trim()) next.city = t('form.required', { label: inSentence(labels.city) });
      if (v.email.trim() && !EMAIL.test(v.email.trim())) next.email = t('form.invalidEmail');
      if (!PHONE.test(v.phone.trim()) || v.phone.trim().length > 20) next.phone = t('form.invalidPhone');
      return next;
    },
  });
  const make = useMutation({
    mutationFn: (v: ClientValues) =>
      call(
        api.POST('/api/v1/aftercare/notices/{id}/client', {
          params: { path: { id: notice.id } },
          body: {
            consent: true,
            gender: 'onbekend',
            address: {
              street: v.street.trim(),
              houseNumber: intInRange(v.houseNumber, 1, 99999)!,
              houseNumberAddition: v.houseNumberAddition.trim() || null,
              postcode: normalisePostcode(v.postcode)!,
              city: v.city.trim(),
            },
            email: v.email.trim() || null,
            phone: v.phone.trim() || null,
          },
        }),
      ),
    onSuccess: async (result) => {
      flash(t(result.created ? 'aftercare.client.created' : 'aftercare.client.found', { name: notice.displayName }));
      await update({ ...notice, clientId: result.clientId });
    },
  });

  return (
    <section className="wp-section" aria-labelledby="notice-client">
      <h2 className="utrecht-heading-2" id="notice-client">
        {t('aftercare.client.title')}
      </h2>
      {notice.clientId ? (
        <p className="utrecht-paragraph">
          {t('aftercare.client.linked')}{' '}
          {mayCall(user, 'getClient') ? (
            <Link to="/clienten/$id" params={{ id: notice.clientId }} className="utrecht-link">
              {t('aftercare.client.open')}
            </Link>
          ) : (
            t('aftercare.client.caseManager')
          )}
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('aftercare.client.intro')}</p>
          <form className="wp-form" noValidate aria-labelledby="notice-client" onSubmit={form.submit((v) => make.mutateAsync(v))}>
            <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
            <div className="wp-field-row">
              <FormTextField form={form} name="street" autoComplete="off" width="md" required />
              <FormTextField form={form} name="houseNumber" inputMode="numeric" autoComplete="off" width="xs" required />
              <FormTextField form={form} name="houseNumberAddition" autoComplete="off" width="xs" optional />
            </div>
            <div className="wp-field-row">
              <FormTextField form={form} name="postcode" autoComplete="off" width="sm" required />
              <FormTextField form={form} name="city" autoComplete="off" width="md" required />
            </div>
            <div className="wp-field-row">
              <FormTextField form={form} name="email" type="email" autoComplete="off" width="md" optional />
              <FormTextField form={form} name="phone" type="tel" autoComplete="off" width="sm" optional />
            </div>
            <FormCheckboxField form={form} name="consent" />
            <SubmitButton busy={make.isPending}>{t('aftercare.client.submit')}</SubmitButton>
          </form>
        </>
      )}
    </section>
  );
}
