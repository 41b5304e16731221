import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import {
  api,
  call,
  OUTCOME_CONTRACT_TYPES,
  type OutcomeContractType,
  type Trajectory,
  TRAJECTORY_OUTCOMES,
  type TrajectoryCloseInput,
  type TrajectoryOutcome,
} from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import { hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { DataList, DataRow, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert, ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { rungShort } from '../ladder/rungs.ts';
import { inSentence, intInRange } from '../../ui/checks.ts';
import { RadioGroup } from '../../ui/RadioGroup.tsx';
import './trajectories.css';
import { formatCents, instrumentKindLabel, outcomeContractLabel, outcomeLabel } from './labels.ts';
import { progressQuery, trajectoryKeys, trajectoryQuery } from './queries.ts';
import { TrajectoryStatusBadge } from './TrajectoriesSection.tsx';

export function TrajectoryPage() {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const { id } = useParams({ from: '/auth/trajecten/$id' });
  const { user } = useRouteContext({ from: '/auth/trajecten/$id' });
  const { data: tr } = useSuspenseQuery(trajectoryQuery(id));
  // Closing is for the organisation that owns the trajectory (a provider reports progress only).
  const own = user.organisation.id === tr.organisationId;
  const mayClose = tr.status === 'running' && own && mayCall(user, 'closeTrajectory');
  const none = <span className="wp-muted">{t('trajectory.noRung')}</span>;

  return (
    <>
      <PageHeader
        preHeading={`${t('trajectory.preHeading')} · ${tr.clientDisplayName}`}
        title={tr.instrument.name}
        // The browser history must not collect client names.
        documentTitle={t('trajectory.preHeading')}
      />
      <p className="utrecht-paragraph">
        {own && mayCall(user, 'getClient') ? (
          <Link to="/clienten/$id" params={{ id: tr.clientId }} className="utrecht-link">
            {t('trajectory.backToClient')}
          </Link>
        ) : (
          <Link to="/trajecten" className="utrecht-link">
            {t('trajectory.toList')}
          </Link>
        )}
      </p>

      <section className="wp-section wp-card" aria-labelledby="trajectory-details">
        <h2 className="utrecht-heading-2" id="trajectory-details">
          {t('trajectory.details')}
        </h2>
        <DataList>
          <DataRow label={t('trajectory.client')}>{tr.clientDisplayName}</DataRow>
          <DataRow label={t('trajectory.kind')}>{instrumentKindLabel(tr.instrument.kind, i18n)}</DataRow>
          <DataRow label={t('trajectory.owner')}>{tr.organisationName}</DataRow>
          <DataRow label={t('trajectory.provider')}>{tr.provider?.name ?? t('trajectories.selfRun')}</DataRow>
          {tr.assignmentId && mayCall(user, 'getProviderAssignment') ? (
            <DataRow label={t('trajectory.assignment')}>
              <Link to="/opdrachten/$id" params={{ id: tr.assignmentId }} className="utrecht-link">
                {t('trajectory.assignmentLink')}
              </Link>
            </DataRow>
          ) : null}
          <DataRow label={t('trajectory.startDate')}>{formatDate(tr.startDate)}</DataRow>
          <DataRow label={t('trajectory.plannedEndDate')}>{formatDate(tr.plannedEndDate)}</DataRow>
          <DataRow label={t('trajectory.cost')}>{formatCents(tr.costCents)}</DataRow>
          <DataRow label={t('trajectory.goalRung')}>{rungShort(tr.goalRung, i18n)}</DataRow>
          <DataRow label={t('trajectory.rungBefore')}>{tr.rungBefore !== null ? rungShort(tr.rungBefore, i18n) : none}</DataRow>
          <DataRow label={t('trajectory.status')}>
            <TrajectoryStatusBadge trajectory={tr} />
          </DataRow>
          {tr.status === 'closed' ? (
            <>
              {tr.endDate ? <DataRow label={t('trajectory.endDate')}>{formatDate(tr.endDate)}</DataRow> : null}
              {tr.outcome ? <DataRow label={t('trajectory.outcome')}>{outcomeLabel(tr.outcome, i18n)}</DataRow> : null}
              {tr.outcomeHours !== null ? (
                <DataRow label={t('trajectory.outcomeHours')}>{t('trajectory.hours', { hours: tr.outcomeHours })}</DataRow>
              ) : null}
              {tr.outcomeContractType ? (
                <DataRow label={t('trajectory.outcomeContract')}>{outcomeContractLabel(tr.outcomeContractType, i18n)}</DataRow>
              ) : null}
              {tr.outcomeReason ? (
                <DataRow label={t('trajectory.outcomeReason')}>
                  <span className="wp-preserve">{tr.outcomeReason}</span>
                </DataRow>
              ) : null}
              <DataRow label={t('trajectory.rungAfter')}>{tr.rungAfter !== null ? rungShort(tr.rungAfter, i18n) : none}</DataRow>
            </>
          ) : null}
        </DataList>
      </section>

      {mayClose ? <CloseTrajectorySection trajectory={tr} /> : null}
      <ProgressSection trajectoryId={tr.id} canReport={mayCall(user, 'reportTrajectoryProgress')} />
    </>
  );
}

interface CloseValues {
  endDate: string;
  outcome: TrajectoryOutcome | '';
  hoursPerWeek: string;
  contractType: string;
  reason: string;
}

function CloseTrajectorySection({ trajectory }: { trajectory: Trajectory }) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const [open, setOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  // Opening moves focus into the form; cancelling returns it to the button that opened it.
  const focusAfterToggle = useRef<'form' | 'button' | null>(null);
  useEffect(() => {
    if (focusAfterToggle.current === 'form') document.getElementById('field-endDate')?.focus();
    if (focusAfterToggle.current === 'button') openButton.current?.focus();
    focusAfterToggle.current = null;
  }, [open]);

  const labelsFor = (outcome: CloseValues['outcome']): Record<string, string> => ({
    endDate: t('trajectory.close.endDate'),
    outcome: t('trajectory.close.outcome'),
    ...(outcome === 'work' ? { hoursPerWeek: t('trajectory.close.hours'), contractType: t('trajectory.close.contractType') } : {}),
    reason: outcome === 'dropped_out' ? t('trajectory.close.reason') : t('trajectory.close.note'),
  });
  const form = useApiForm<CloseValues>({
    defaultValues: { endDate: todayInAmsterdam(), outcome: '', hoursPerWeek: '', contractType: '', reason: '' },
    labels: labelsFor(''),
    checks: ({ endDate, outcome, hoursPerWeek: hours, contractType, reason }) => {
      const labels = labelsFor(outcome);
      const next: FieldErrors = {};
      if (!endDate) next.endDate = t('form.required', { label: inSentence(labels.endDate!) });
      else if (!isIsoDate(endDate)) next.endDate = t('form.invalidDate');
      else if (endDate < trajectory.startDate) next.endDate = t('rw.endBeforeStart');
      if (!outcome) next.outcome = t('trajectory.close.outcomeRequired');
      if (outcome === 'work') {
        if (!hours.trim()) next.hoursPerWeek = t('form.required', { label: inSentence(labels.hoursPerWeek!) });
        else if (intInRange(hours, 1, 60) === null)
          next.hoursPerWeek = t('form.integerRange', { label: labels.hoursPerWeek!, min: 1, max: 60 });
        if (!contractType) next.contractType = t('form.requiredChoice', { label: inSentence(labels.contractType!) });
      }
      if (outcome === 'dropped_out' && !reason.trim()) next.reason = t('form.required', { label: inSentence(labels.reason!) });
      if (reason.length > 2000) next.reason = t('form.tooLong', { label: labels.reason!, max: 2000 });
      return next;
    },
  });
  const outcome = form.watch('outcome');
  const labels = labelsFor(outcome);

  const close = useMutation({
    mutationFn: (values: CloseValues) => {
      const input: TrajectoryCloseInput = { endDate: values.endDate, outcome: values.outcome as TrajectoryOutcome };
      if (values.outcome === 'work') {
        input.hoursPerWeek = Number(values.hoursPerWeek.trim());
        input.contractType = values.contractType as OutcomeContractType;
      }
      if (values.reason.trim()) input.reason = values.reason.trim();
      return call(api.POST('/api/v1/trajectories/{id}/close', { params: { path: { id: trajectory.id } }, body: input }));
    },
    onSuccess: async (closed) => {
      flash(t('trajectory.close.done', { outcome: closed.outcome ? outcomeLabel(closed.outcome, i18n) : '' }));
      setOpen(false);
      queryClient.setQueryData(trajectoryKeys.detail(trajectory.id), closed);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trajectoryKeys.forClient(trajectory.clientId) }),
        queryClient.invalidateQueries({ queryKey: ['trajectories'] }),
        queryClient.invalidateQueries({ queryKey: ['assignments'] }),
      ]);
      document.querySelector<HTMLElement>('main h1')?.focus();
    },
  });

  return (
    <section className="wp-section wp-card" aria-labelledby="close-title">
      <h2 className="utrecht-heading-2" id="close-title">
        {t('trajectory.close.title')}
      </h2>
      {!open ? (
        <p className="utrecht-paragraph">
          <Button
            appearance="secondary-action-button"
            ref={openButton}
            onClick={() => {
              focusAfterToggle.current = 'form';
              setOpen(true);
            }}
          >
            {t('trajectory.close.open')}
          </Button>
        </p>
      ) : (
        <form className="wp-form" noValidate onSubmit={form.submit((values) => close.mutateAsync(values))}>
          <p className="utrecht-paragraph">{t('trajectory.close.intro')}</p>
          <ErrorSummary errors={form.errors} labels={labels} focusKey={form.focusKey} />
          {form.problem && !hasErrors(form.errors) ? <ActionError error={form.problem} /> : null}
          <FormTextField form={form} name="endDate" type="date" min={trajectory.startDate} width="sm" required />
          <Controller
            control={form.control}
            name="outcome"
            render={({ field }) => (
              <RadioGroup<TrajectoryOutcome>
                name="outcome"
                legend={labels.outcome!}
                options={TRAJECTORY_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(o, i18n) }))}
                value={field.value}
                onChange={field.onChange}
                error={form.errors.outcome}
              />
            )}
          />
          {outcome === 'work' ? (
            <>
              <FormTextField
                form={form}
                name="hoursPerWeek"
                type="number"
                label={labels.hoursPerWeek}
                min={1}
                max={60}
                step={1}
                inputMode="numeric"
                width="xs"
                required
              />
              <FormSelectField
                form={form}
                name="contractType"
                label={labels.contractType}
                placeholder={t('app.chooseOption')}
                options={OUTCOME_CONTRACT_TYPES.map((c) => ({ value: c, label: outcomeContractLabel(c, i18n) }))}
                required
              />
            </>
          ) : null}
          <FormTextareaField
            form={form}
            name="reason"
            label={labels.reason}
            description={outcome === 'dropped_out' ? t('trajectory.close.reasonHint') : undefined}
            maxLength={2000}
            rows={3}
            required={outcome === 'dropped_out'}
            optional={outcome !== 'dropped_out'}
          />
          <div className="wp-form-actions">
            <SubmitButton busy={close.isPending}>{t('trajectory.close.submit')}</SubmitButton>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                focusAfterToggle.current = 'button';
                setOpen(false);
                form.reset(form.getValues());
              }}
            >
              {t('app.cancel')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function ProgressSection({ trajectoryId, canReport }: { trajectoryId: string; canReport: boolean }) {
  const { t, formatDate } = useI18n();
  const reports = useQuery(progressQuery(trajectoryId));
  const list = [...(reports.data ?? [])].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn) || b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="wp-section wp-card" aria-labelledby="progress-title">
      <h2 className="utrecht-heading-2" id="progress-title">
        {t('progress.title')}
      </h2>
      {reports.isPending ? <Loading /> : null}
      {reports.isError ? <ProblemAlert error={reports.error} /> : null}
      {reports.isSuccess && list.length === 0 ? <p className="utrecht-paragraph">{t('progress.none')}</p> : null}
      {list.length > 0 ? (
        <ol className="wp-progress-list" aria-label={t('progress.listLabel')}>
          {list.map((r) => (
            <li key={r.id} className="wp-progress-item">
              <h3 className="utrecht-heading-3">{formatDate(r.reportedOn)}</h3>
              <p className="utrecht-paragraph wp-muted wp-small">
                {t('progress.by', { name: r.author.name, organisation: r.authorOrganisation.name })}
              </p>
              <p className="utrecht-paragraph wp-preserve">{r.text}</p>
            </li>
          ))}
        </ol>
      ) : null}
      {canReport ? <ProgressForm trajectoryId={trajectoryId} /> : null}
    </section>
  );
}

function ProgressForm({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = { reportedOn: t('progress.form.date'), text: t('progress.form.text') };
  const form = useApiForm<{ reportedOn: string; text: string }>({
    defaultValues: { reportedOn: todayInAmsterdam(), text: '' },
    labels,
    checks: ({ reportedOn, text }) => {
      const next: FieldErrors = {};
      if (!reportedOn) next.reportedOn = t('form.required', { label: inSentence(labels.reportedOn) });
      else if (!isIsoDate(reportedOn)) next.reportedOn = t('form.invalidDate');
      else if (reportedOn > todayInAmsterdam()) next.reportedOn = t('form.dateInFuture');
      if (!text.trim()) next.text = t('form.required', { label: inSentence(labels.text) });
      else if (text.length > 4000) next.text = t('form.tooLong', { label: labels.text, max: 4000 });
      return next;
    },
  });

  const report = useMutation({
    mutationFn: ({ reportedOn, text }: { reportedOn: string; text: string }) =>
      call(
        api.POST('/api/v1/trajectories/{id}/progress-reports', {
          params: { path: { id: trajectoryId } },
          body: { reportedOn, text: text.trim() },
        }),
      ),
    onSuccess: async () => {
      form.reset({ reportedOn: todayInAmsterdam(), text: '' });
      flash(t('progress.form.saved'));
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.progress(trajectoryId) });
    },
  });

  return (
    <div className="wp-subsection">
      <h3 className="utrecht-heading-3">{t('progress.form.title')}</h3>
      <form className="wp-form" noValidate onSubmit={form.submit((values) => report.mutateAsync(values))}>
        <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
        <FormTextField form={form} name="reportedOn" type="date" max={todayInAmsterdam()} width="sm" required />
        <FormTextareaField form={form} name="text" description={t('progress.form.textHint')} maxLength={4000} rows={4} required />
        <SubmitButton busy={report.isPending} appearance="secondary">
          {t('progress.form.submit')}
        </SubmitButton>
      </form>
    </div>
  );
}
