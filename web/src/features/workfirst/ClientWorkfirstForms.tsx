import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { workfirstKeys } from './queries.ts';

/** Empty text becomes null (an optional date left open). */
const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** The checks every form here shares: required fields and whole numbers of 0 or more. */
function useChecks() {
  const { t } = useI18n();
  return (labels: Record<string, string>, required: string[], numbers: string[] = []) =>
    (values: Record<string, string>): FieldErrors => {
      const errors: FieldErrors = {};
      for (const name of required) {
        if (!(values[name] ?? '').trim()) errors[name] = t('form.required', { label: (labels[name] ?? name).toLowerCase() });
      }
      for (const name of numbers) {
        const value = values[name] ?? '';
        if (value.trim() && !(Number(value) >= 0))
          errors[name] = t('workfirst.form.number', { label: (labels[name] ?? name).toLowerCase() });
      }
      return errors;
    };
}

function useRefresh(clientId: string) {
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  return async (message: string) => {
    flash(message);
    await queryClient.invalidateQueries({ queryKey: workfirstKeys.client(clientId) });
  };
}

/** A new benefit application (melding): the day reported and, once known, the day the application was submitted. */
export function NewApplicationForm({ clientId }: { clientId: string }) {
  const { t } = useI18n();
  const refresh = useRefresh(clientId);
  const checks = useChecks();
  const labels = { reportedOn: t('workfirst.app.reportedOn'), submittedOn: t('workfirst.app.submittedOn') };
  const form = useApiForm<Record<string, string>>({
    defaultValues: { reportedOn: '', submittedOn: '' },
    labels,
    idPrefix: 'new-application-',
    checks: checks(labels, ['reportedOn']),
  });
  const register = useMutation({
    mutationFn: (v: Record<string, string>) =>
      call(
        api.POST('/api/v1/clients/{id}/workfirst/applications', {
          params: { path: { id: clientId } },
          body: { reportedOn: v.reportedOn ?? '', submittedOn: orNull(v.submittedOn ?? '') },
        }),
      ),
    onSuccess: async () => {
      form.reset();
      await refresh(t('workfirst.app.registered'));
    },
  });
  return (
    <form className="wp-form" noValidate onSubmit={form.submit((v) => register.mutateAsync(v))} aria-labelledby="new-application-heading">
      <h3 id="new-application-heading" className="utrecht-heading-3">
        {t('workfirst.app.newTitle')}
      </h3>
      <FormErrors form={form} />
      <FormTextField form={form} name="reportedOn" type="date" width="sm" required />
      <FormTextField form={form} name="submittedOn" type="date" width="sm" optional />
      <SubmitButton busy={register.isPending}>{t('workfirst.app.register')}</SubmitButton>
    </form>
  );
}

interface ApplicationLike {
  id: string;
  submittedOn: string | null;
  decidedOn: string | null;
  outcome: string | null;
  workStartedOn: string | null;
}

/** The application's dates and outcome (granted, refused, withdrawn, not pursued) and the day work started. */
export function ApplicationUpdateForm({ clientId, application }: { clientId: string; application: ApplicationLike }) {
  const { t } = useI18n();
  const refresh = useRefresh(clientId);
  const labels = {
    submittedOn: t('workfirst.app.submittedOn'),
    decidedOn: t('workfirst.app.decidedOn'),
    outcome: t('workfirst.app.outcome'),
    workStartedOn: t('workfirst.app.workStartedOn'),
  };
  const form = useApiForm<Record<string, string>>({
    defaultValues: {
      submittedOn: application.submittedOn ?? '',
      decidedOn: application.decidedOn ?? '',
      outcome: application.outcome ?? '',
      workStartedOn: application.workStartedOn ?? '',
    },
    labels,
    idPrefix: `application-${application.id}-`,
  });
  const update = useMutation({
    mutationFn: (v: Record<string, string>) =>
      call(
        api.PATCH('/api/v1/clients/{id}/workfirst/applications/{applicationId}', {
          params: { path: { id: clientId, applicationId: application.id } },
          body: {
            submittedOn: orNull(v.submittedOn ?? ''),
            decidedOn: orNull(v.decidedOn ?? ''),
            outcome: (orNull(v.outcome ?? '') as 'granted' | 'refused' | 'withdrawn' | 'not_pursued' | null) ?? null,
            workStartedOn: orNull(v.workStartedOn ?? ''),
          },
        }),
      ),
    onSuccess: () => refresh(t('workfirst.app.updated')),
  });
  const outcomes = (['granted', 'refused', 'withdrawn', 'not_pursued'] as const).map((o) => ({
    value: o,
    label: t(`workfirst.client.outcome.${o}`),
  }));
  return (
    <details className="wp-details">
      <summary>{t('workfirst.app.updateTitle')}</summary>
      <form className="wp-form" noValidate onSubmit={form.submit((v) => update.mutateAsync(v))}>
        <FormErrors form={form} />
        <FormTextField form={form} name="submittedOn" type="date" width="sm" optional />
        <FormTextField form={form} name="decidedOn" type="date" width="sm" optional />
        <FormSelectField form={form} name="outcome" options={outcomes} placeholder={t('workfirst.client.outcome.pending')} optional />
        <FormTextField
          form={form}
          name="workStartedOn"
          type="date"
          width="sm"
          optional
          description={t('workfirst.app.workStartedOnHint')}
        />
        <SubmitButton busy={update.isPending}>{t('workfirst.app.save')}</SubmitButton>
      </form>
    </details>
  );
}

/** One week of the four-week search period (under 27): the number of job applications against the target. */
export function SearchWeekForm({ clientId, applicationId }: { clientId: string; applicationId: string }) {
  const { t } = useI18n();
  const refresh = useRefresh(clientId);
  const checks = useChecks();
  const labels = { weekStart: t('workfirst.search.weekStart'), jobApplications: t('workfirst.search.jobApplications') };
  const form = useApiForm<Record<string, string>>({
    defaultValues: { weekStart: '', jobApplications: '' },
    labels,
    idPrefix: `search-${applicationId}-`,
    checks: checks(labels, ['weekStart', 'jobApplications'], ['jobApplications']),
  });
  const log = useMutation({
    mutationFn: (v: Record<string, string>) =>
      call(
        api.PUT('/api/v1/clients/{id}/workfirst/applications/{applicationId}/search-weeks/{weekStart}', {
          params: { path: { id: clientId, applicationId, weekStart: v.weekStart ?? '' } },
          body: { jobApplications: Number(v.jobApplications) },
        }),
      ),
    onSuccess: async () => {
      form.reset();
      await refresh(t('workfirst.search.saved'));
    },
  });
  return (
    <details className="wp-details">
      <summary>{t('workfirst.search.title')}</summary>
      <form className="wp-form" noValidate onSubmit={form.submit((v) => log.mutateAsync(v))}>
        <FormErrors form={form} />
        <FormTextField form={form} name="weekStart" type="date" width="sm" required description={t('workfirst.search.weekHint')} />
        <FormTextField form={form} name="jobApplications" type="number" inputMode="numeric" min={0} width="xs" required />
        <SubmitButton busy={log.isPending}>{t('workfirst.search.submit')}</SubmitButton>
      </form>
    </details>
  );
}

/** A Work First placement: provider or the municipality's own work company, activity, hours a week and period. */
export function PlacementForm({ clientId, applicationId }: { clientId: string; applicationId: string }) {
  const { t } = useI18n();
  const refresh = useRefresh(clientId);
  const checks = useChecks();
  const labels = {
    providerKind: t('workfirst.placementForm.providerKind'),
    providerName: t('workfirst.placementForm.providerName'),
    activity: t('workfirst.placementForm.activity'),
    hoursPerWeek: t('workfirst.placementForm.hoursPerWeek'),
    startsOn: t('workfirst.placementForm.startsOn'),
    endsOn: t('workfirst.placementForm.endsOn'),
  };
  const form = useApiForm<Record<string, string>>({
    defaultValues: { providerKind: 'own_company', providerName: '', activity: '', hoursPerWeek: '', startsOn: '', endsOn: '' },
    labels,
    idPrefix: `placement-${applicationId}-`,
    checks: checks(labels, ['providerKind', 'providerName', 'activity', 'hoursPerWeek', 'startsOn', 'endsOn'], ['hoursPerWeek']),
  });
  const start = useMutation({
    mutationFn: (v: Record<string, string>) =>
      call(
        api.POST('/api/v1/clients/{id}/workfirst/placements', {
          params: { path: { id: clientId } },
          body: {
            applicationId,
            providerKind: v.providerKind === 'provider' ? 'provider' : 'own_company',
            providerName: v.providerName ?? '',
            activity: v.activity ?? '',
            hoursPerWeek: Number(v.hoursPerWeek),
            startsOn: v.startsOn ?? '',
            endsOn: v.endsOn ?? '',
          },
        }),
      ),
    onSuccess: async () => {
      form.reset();
      await refresh(t('workfirst.placementForm.started'));
    },
  });
  const kinds = [
    { value: 'own_company', label: t('workfirst.placementForm.own_company') },
    { value: 'provider', label: t('workfirst.placementForm.provider') },
  ];
  return (
    <details className="wp-details">
      <summary>{t('workfirst.placementForm.title')}</summary>
      <form className="wp-form" noValidate onSubmit={form.submit((v) => start.mutateAsync(v))}>
        <FormErrors form={form} />
        <FormSelectField form={form} name="providerKind" options={kinds} required />
        <FormTextField form={form} name="providerName" required />
        <FormTextField form={form} name="activity" required />
        <FormTextField
          form={form}
          name="hoursPerWeek"
          type="number"
          inputMode="numeric"
          min={0}
          width="xs"
          required
          description={t('workfirst.placementForm.hoursHint')}
        />
        <FormTextField form={form} name="startsOn" type="date" width="sm" required />
        <FormTextField form={form} name="endsOn" type="date" width="sm" required />
        <SubmitButton busy={start.isPending}>{t('workfirst.placementForm.submit')}</SubmitButton>
      </form>
    </details>
  );
}

/** Ends a running placement: completed or dropped out, with the day it ended. */
export function PlacementUpdateForm({
  clientId,
  placement,
}: {
  clientId: string;
  placement: { id: string; status: string; endsOn: string };
}) {
  const { t } = useI18n();
  const refresh = useRefresh(clientId);
  const labels = { status: t('workfirst.placementForm.status'), endsOn: t('workfirst.placementForm.endsOn') };
  const form = useApiForm<Record<string, string>>({
    defaultValues: { status: placement.status, endsOn: placement.endsOn },
    labels,
    idPrefix: `placement-${placement.id}-`,
  });
  const update = useMutation({
    mutationFn: (v: Record<string, string>) =>
      call(
        api.PATCH('/api/v1/clients/{id}/workfirst/placements/{placementId}', {
          params: { path: { id: clientId, placementId: placement.id } },
          body: {
            status: (v.status ?? 'active') as 'active' | 'completed' | 'dropped_out',
            ...(v.endsOn ? { endsOn: v.endsOn } : {}),
          },
        }),
      ),
    onSuccess: () => refresh(t('workfirst.placementForm.updated')),
  });
  const statuses = (['active', 'completed', 'dropped_out'] as const).map((s) => ({
    value: s,
    label: t(`workfirst.placementForm.status.${s}`),
  }));
  return (
    <details className="wp-details">
      <summary>{t('workfirst.placementForm.updateTitle')}</summary>
      <form className="wp-form" noValidate onSubmit={form.submit((v) => update.mutateAsync(v))}>
        <FormErrors form={form} />
        <FormSelectField form={form} name="status" options={statuses} required />
        <FormTextField form={form} name="endsOn" type="date" width="sm" required />
        <SubmitButton busy={update.isPending}>{t('workfirst.app.save')}</SubmitButton>
      </form>
    </details>
  );
}

/** The diagnosis at the end: hours feasible, work habits, skills seen, limitations only with consent, advice, ladder rung. */
export function DiagnosisForm({ clientId, placementId }: { clientId: string; placementId: string }) {
  const { t } = useI18n();
  const refresh = useRefresh(clientId);
  const checks = useChecks();
  const labels = {
    hoursPerWeekFeasible: t('workfirst.diagnosis.hours'),
    workHabits: t('workfirst.diagnosis.workHabits'),
    skillsSeen: t('workfirst.diagnosis.skillsSeen'),
    limitationsConsent: t('workfirst.diagnosis.consent'),
    limitations: t('workfirst.diagnosis.limitations'),
    advice: t('workfirst.diagnosis.advice'),
    adviceNote: t('workfirst.diagnosis.adviceNote'),
    ladderRung: t('workfirst.diagnosis.ladderRung'),
  };
  const form = useApiForm<Record<string, string>>({
    defaultValues: {
      hoursPerWeekFeasible: '',
      workHabits: '',
      skillsSeen: '',
      limitationsConsent: 'no',
      limitations: '',
      advice: '',
      adviceNote: '',
      ladderRung: '',
    },
    labels,
    idPrefix: `diagnosis-${placementId}-`,
    checks: checks(labels, ['hoursPerWeekFeasible', 'workHabits', 'skillsSeen', 'advice', 'ladderRung'], ['hoursPerWeekFeasible']),
  });
  const record = useMutation({
    mutationFn: (v: Record<string, string>) =>
      call(
        api.PUT('/api/v1/clients/{id}/workfirst/placements/{placementId}/diagnosis', {
          params: { path: { id: clientId, placementId } },
          body: {
            hoursPerWeekFeasible: Number(v.hoursPerWeekFeasible),
            workHabits: v.workHabits ?? '',
            skillsSeen: v.skillsSeen ?? '',
            limitationsConsent: v.limitationsConsent === 'yes',
            limitations: orNull(v.limitations ?? ''),
            advice: (v.advice ?? 'work') as 'work' | 'trajectory' | 'care',
            adviceNote: orNull(v.adviceNote ?? ''),
            ladderRung: Number(v.ladderRung),
          },
        }),
      ),
    onSuccess: () => refresh(t('workfirst.diagnosis.saved')),
  });
  const consent = form.watch('limitationsConsent') === 'yes';
  return (
    <details className="wp-details">
      <summary>{t('workfirst.diagnosis.title')}</summary>
      <form className="wp-form" noValidate onSubmit={form.submit((v) => record.mutateAsync(v))}>
        <FormErrors form={form} />
        <FormTextField form={form} name="hoursPerWeekFeasible" type="number" inputMode="numeric" min={0} width="xs" required />
        <FormTextareaField form={form} name="workHabits" rows={3} required />
        <FormTextareaField form={form} name="skillsSeen" rows={3} required />
        <FormSelectField
          form={form}
          name="limitationsConsent"
          options={[
            { value: 'no', label: t('workfirst.diagnosis.consentNo') },
            { value: 'yes', label: t('workfirst.diagnosis.consentYes') },
          ]}
          required
        />
        {consent ? <FormTextareaField form={form} name="limitations" rows={3} optional /> : null}
        <FormSelectField
          form={form}
          name="advice"
          options={(['work', 'trajectory', 'care'] as const).map((a) => ({ value: a, label: t(`workfirst.diagnosis.advice.${a}`) }))}
          placeholder={t('app.chooseOption')}
          required
        />
        <FormTextareaField form={form} name="adviceNote" rows={2} optional />
        <FormSelectField
          form={form}
          name="ladderRung"
          options={['1', '2', '3', '4', '5', '6'].map((r) => ({ value: r, label: r }))}
          placeholder={t('app.chooseOption')}
          required
        />
        <SubmitButton busy={record.isPending}>{t('workfirst.diagnosis.submit')}</SubmitButton>
      </form>
    </details>
  );
}
