import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useRouteContext } from '@tanstack/react-router';
import { isIsoDate, todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormSelectField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { InfoAlert, Loading } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { ProblemAlert, ActionError } from '../../ui/ProblemAlert.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { clientQuery, organisationsQuery } from '../clients/queries.ts';
import { rungShort, RUNG_VALUES } from '../ladder/rungs.ts';
import { inSentence } from '../../ui/checks.ts';
import { amountProblemMessage, FormAmountField } from '../../ui/AmountField.tsx';
import { checkEuroInput, normaliseEuroText } from '../../ui/money.ts';
import { assignmentsQuery, instrumentsQuery, trajectoryKeys } from './queries.ts';

interface TrajectoryValues {
  instrumentId: string;
  providerOrganisationId: string;
  assignmentId: string;
  startDate: string;
  plannedEndDate: string;
  cost: string;
  goalRung: string;
}

/** Organisation kinds that can run a trajectory for a municipality. */
const PROVIDER_KINDS = new Set(['re_integratiebedrijf', 'uitzendbureau', 'non_profit', 'onderwijsinstelling', 'uwv', 'gemeente']);

export function StartTrajectoryPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { id } = useParams({ from: '/auth/clienten/$id/trajecten/nieuw' });
  const { user } = useRouteContext({ from: '/auth/clienten/$id/trajecten/nieuw' });
  const { data: client } = useSuspenseQuery(clientQuery(id));
  const instruments = useQuery(instrumentsQuery(false));
  const organisations = useQuery(organisationsQuery);
  const assignments = useQuery(assignmentsQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { flash } = useFlash();

  const labels = {
    instrumentId: t('trajectory.form.instrument'),
    providerOrganisationId: t('trajectory.form.provider'),
    assignmentId: t('trajectory.form.assignment'),
    startDate: t('trajectory.form.startDate'),
    plannedEndDate: t('trajectory.form.plannedEndDate'),
    cost: t('trajectory.form.cost'),
    goalRung: t('trajectory.form.goalRung'),
  };
  const form = useApiForm<TrajectoryValues>({
    defaultValues: {
      instrumentId: '',
      providerOrganisationId: '',
      assignmentId: '',
      startDate: todayInAmsterdam(),
      plannedEndDate: '',
      cost: '',
      goalRung: '',
    },
    labels,
    checks: ({ instrumentId, startDate, plannedEndDate, cost, goalRung }) => {
      const next: FieldErrors = {};
      if (!instrumentId) next.instrumentId = t('form.requiredChoice', { label: inSentence(labels.instrumentId) });
      if (!startDate) next.startDate = t('form.required', { label: inSentence(labels.startDate) });
      else if (!isIsoDate(startDate)) next.startDate = t('form.invalidDate');
      if (!plannedEndDate) next.plannedEndDate = t('form.required', { label: inSentence(labels.plannedEndDate) });
      else if (!isIsoDate(plannedEndDate)) next.plannedEndDate = t('form.invalidDate');
      else if (isIsoDate(startDate) && plannedEndDate < startDate) next.plannedEndDate = t('rw.endBeforeStart');
      const costCheck = checkEuroInput(cost, { allowZero: true });
      if ('problem' in costCheck) next.cost = amountProblemMessage(costCheck, labels.cost, i18n, { allowZero: true });
      if (!goalRung) next.goalRung = t('form.requiredChoice', { label: inSentence(labels.goalRung) });
      return next;
    },
  });
  const providerId = form.watch('providerOrganisationId');
  const startDate = form.watch('startDate');

  const activeInstruments = (instruments.data ?? []).filter((x) => x.active);
  const providers = (organisations.data ?? [])
    .filter((o) => o.active && o.id !== user.organisation.id && PROVIDER_KINDS.has(o.kind))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  // Assignments this organisation gave, to the chosen provider (or to any, when none is chosen yet).
  const givenAssignments = (assignments.data ?? []).filter(
    (a) => a.side === 'given' && !a.endedAt && (!providerId || a.provider.id === providerId),
  );

  const start = useMutation({
    mutationFn: (values: TrajectoryValues) =>
      call(
        api.POST('/api/v1/clients/{id}/trajectories', {
          params: { path: { id } },
          body: {
            instrumentId: values.instrumentId,
            providerOrganisationId: values.providerOrganisationId || null,
            assignmentId: values.assignmentId || null,
            startDate: values.startDate,
            plannedEndDate: values.plannedEndDate,
            cost: normaliseEuroText(values.cost),
            goalRung: Number(values.goalRung),
          },
        }),
      ),
    onSuccess: async (trajectory) => {
      flash(t('trajectory.form.started', { instrument: trajectory.instrument.name }), { afterNavigation: true });
      await queryClient.invalidateQueries({ queryKey: trajectoryKeys.forClient(id) });
      await queryClient.invalidateQueries({ queryKey: ['trajectories'] });
      await queryClient.invalidateQueries({ queryKey: ['assignments'] });
      await navigate({ to: '/clienten/$id', params: { id } });
    },
  });

  return (
    <>
      <PageHeader
        preHeading={client.displayName}
        title={t('trajectory.form.title')}
        documentTitle={t('trajectory.form.title')}
        lead={t('trajectory.form.intro', { name: client.displayName })}
      />
      <p className="utrecht-paragraph">
        <Link to="/clienten/$id" params={{ id }} className="utrecht-link">
          {t('trajectory.backToClient')}
        </Link>
      </p>
      {instruments.isPending ? <Loading /> : null}
      {instruments.isError ? <ProblemAlert error={instruments.error} /> : null}
      {instruments.isSuccess && activeInstruments.length === 0 ? <InfoAlert>{t('trajectory.form.noInstruments')}</InfoAlert> : null}
      {activeInstruments.length > 0 ? (
        <form className="wp-form" noValidate onSubmit={form.submit((values) => start.mutateAsync(values))}>
          <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
          <FormSelectField
            form={form}
            name="instrumentId"
            description={t('trajectory.form.instrumentHint')}
            placeholder={t('app.chooseOption')}
            options={activeInstruments.map((x) => ({ value: x.id, label: x.name }))}
            required
          />
          <FormSelectField
            form={form}
            name="providerOrganisationId"
            description={t('trajectory.form.providerHint')}
            onValue={() => form.setValue('assignmentId', '')}
            placeholder={t('trajectory.form.selfRun')}
            options={providers.map((o) => ({ value: o.id, label: o.name }))}
            optional
          />
          {providerId && givenAssignments.length > 0 ? (
            <FormSelectField
              form={form}
              name="assignmentId"
              description={t('trajectory.form.assignmentHint')}
              placeholder={t('trajectory.form.noAssignment')}
              options={givenAssignments.map((a) => ({ value: a.id, label: a.name }))}
              optional
            />
          ) : null}
          <div className="wp-field-row">
            <FormTextField form={form} name="startDate" type="date" width="sm" required />
            <FormTextField form={form} name="plannedEndDate" type="date" min={startDate || undefined} width="sm" required />
          </div>
          <FormAmountField form={form} name="cost" description={t('trajectory.form.costHint')} required />
          <FormSelectField
            form={form}
            name="goalRung"
            description={t('trajectory.form.goalRungHint')}
            placeholder={t('app.chooseOption')}
            options={RUNG_VALUES.map((r) => ({ value: String(r), label: rungShort(r, i18n) }))}
            required
          />
          <SubmitButton busy={start.isPending}>{t('trajectory.form.submit')}</SubmitButton>
        </form>
      ) : null}
    </>
  );
}
