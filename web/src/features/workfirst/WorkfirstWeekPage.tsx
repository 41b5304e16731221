import { useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate, useRouteContext, useSearch } from '@tanstack/react-router';
import { todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call, type ResponseOf, type SessionUser } from '../../api/index.ts';
import { mayCall } from '../../app/auth.tsx';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { MeasureView } from './MeasureView.tsx';
import { workfirstKeys, workfirstWeekQuery } from './queries.ts';
import { mondayOf, shiftDays } from './week.ts';

type WeekRow = ResponseOf<'listWorkfirstWeek'>['rows'][number];

/** The week's running Work First placements: register attendance, decide on the measures it proposes. */
export function WorkfirstWeekPage() {
  const { t, formatDate } = useI18n();
  const search = useSearch({ from: '/auth/work-first' });
  const { user } = useRouteContext({ from: '/auth/work-first' });
  const navigate = useNavigate();
  // Without a chosen week: last week, the one to register now.
  const weekStart = mondayOf(search.week ?? shiftDays(todayInAmsterdam(), -7));
  const { data } = useSuspenseQuery(workfirstWeekQuery(weekStart));
  const go = (week: string) => void navigate({ to: '/work-first', search: { week } });

  return (
    <>
      <PageHeader title={t('workfirst.title')} documentTitle={t('workfirst.title')} lead={t('workfirst.intro')} />
      <nav
        className="wp-button-row"
        aria-label={t('workfirst.week', { from: formatDate(weekStart), to: formatDate(shiftDays(weekStart, 6)) })}
      >
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => go(shiftDays(weekStart, -7))}>
          {t('workfirst.previousWeek')}
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => go(shiftDays(weekStart, 7))}>
          {t('workfirst.nextWeek')}
        </button>
      </nav>
      <h2 className="utrecht-heading-2">{t('workfirst.week', { from: formatDate(weekStart), to: formatDate(shiftDays(weekStart, 6)) })}</h2>
      {data.rows.length === 0 ? <p className="utrecht-paragraph">{t('workfirst.none')}</p> : null}
      {data.rows.map((row) => (
        <WeekRowCard key={row.placementId} row={row} weekStart={data.weekStart} user={user} />
      ))}
    </>
  );
}

function WeekRowCard({ row, weekStart, user }: { row: WeekRow; weekStart: string; user: SessionUser }) {
  const { t } = useI18n();
  const headingId = `wf-${row.placementId}`;
  const a = row.attendance;
  return (
    <section className="wp-section wp-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        <Link to="/clienten/$id" params={{ id: row.clientId }} className="utrecht-link">
          {row.clientName}
        </Link>
      </h3>
      <p className="utrecht-paragraph">
        {t('workfirst.placement', { activity: row.activity, provider: row.providerName, hours: String(row.hoursPerWeek) })}
      </p>
      <p className="utrecht-paragraph">
        {a
          ? t('workfirst.registered', {
              present: String(a.hoursPresent),
              planned: String(a.hoursPlanned),
              excused: String(a.absenceExcusedHours),
              unexcused: String(a.absenceUnexcusedHours),
            })
          : t('workfirst.notRegistered')}
      </p>
      {row.measure ? <MeasureView measure={row.measure} /> : null}
      {row.measure?.status === 'proposed' && mayCall(user, 'decideWorkfirstMeasure') ? (
        <DecisionForm clientId={row.clientId} measureId={row.measure.id} weekStart={weekStart} />
      ) : null}
      {row.measure?.status !== 'confirmed' && mayCall(user, 'registerWorkfirstAttendance') ? (
        <AttendanceForm row={row} weekStart={weekStart} />
      ) : null}
    </section>
  );
}

interface AttendanceValues {
  hoursPlanned: string;
  hoursPresent: string;
  absenceExcusedHours: string;
  absenceUnexcusedHours: string;
  note: string;
}

const HOURS = ['hoursPlanned', 'hoursPresent', 'absenceExcusedHours', 'absenceUnexcusedHours'] as const;

function AttendanceForm({ row, weekStart }: { row: WeekRow; weekStart: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const a = row.attendance;
  const labels = {
    hoursPlanned: t('workfirst.form.hoursPlanned'),
    hoursPresent: t('workfirst.form.hoursPresent'),
    absenceExcusedHours: t('workfirst.form.absenceExcusedHours'),
    absenceUnexcusedHours: t('workfirst.form.absenceUnexcusedHours'),
    note: t('workfirst.form.note'),
  };
  const form = useApiForm<AttendanceValues>({
    idPrefix: `wf-att-${row.placementId}`,
    defaultValues: {
      hoursPlanned: String(a?.hoursPlanned ?? row.hoursPerWeek),
      hoursPresent: a ? String(a.hoursPresent) : '',
      absenceExcusedHours: String(a?.absenceExcusedHours ?? 0),
      absenceUnexcusedHours: String(a?.absenceUnexcusedHours ?? 0),
      note: a?.note ?? '',
    },
    labels,
    checks: (values) => {
      const next: FieldErrors = {};
      for (const k of HOURS) {
        const n = Number(values[k].replace(',', '.'));
        if (values[k].trim() === '' || !Number.isFinite(n) || n < 0)
          next[k] = t('workfirst.form.number', { label: labels[k].toLowerCase() });
      }
      return next;
    },
  });
  const save = useMutation({
    mutationFn: (v: AttendanceValues) =>
      call(
        api.PUT('/api/v1/clients/{id}/workfirst/placements/{placementId}/weeks/{weekStart}', {
          params: { path: { id: row.clientId, placementId: row.placementId, weekStart } },
          body: {
            hoursPlanned: Number(v.hoursPlanned.replace(',', '.')),
            hoursPresent: Number(v.hoursPresent.replace(',', '.')),
            absenceExcusedHours: Number(v.absenceExcusedHours.replace(',', '.')),
            absenceUnexcusedHours: Number(v.absenceUnexcusedHours.replace(',', '.')),
            note: v.note.trim() || null,
          },
        }),
      ),
    onSuccess: async () => {
      flash(t('workfirst.form.saved'));
      await queryClient.invalidateQueries({ queryKey: workfirstKeys.all });
    },
  });
  return (
    <form className="wp-form" noValidate onSubmit={form.submit((v) => save.mutateAsync(v))}>
      <FormErrors form={form} />
      {HOURS.map((k) => (
        <FormTextField key={k} form={form} name={k} inputMode="decimal" width="xs" required />
      ))}
      <FormTextareaField form={form} name="note" maxLength={2000} rows={2} optional />
      <SubmitButton busy={save.isPending}>{t('workfirst.form.submit')}</SubmitButton>
    </form>
  );
}

interface DecisionValues {
  decision: string;
  reason: string;
}

function DecisionForm({ clientId, measureId, weekStart }: { clientId: string; measureId: string; weekStart: string }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { flash } = useFlash();
  const labels = { decision: t('workfirst.decision.decision'), reason: t('workfirst.decision.reason') };
  const form = useApiForm<DecisionValues>({
    idPrefix: `wf-dec-${measureId}`,
    defaultValues: { decision: '', reason: '' },
    labels,
    checks: ({ decision, reason }) => {
      const next: FieldErrors = {};
      if (!decision) next.decision = t('form.requiredChoice', { label: labels.decision.toLowerCase() });
      if (!reason.trim()) next.reason = t('form.required', { label: labels.reason.toLowerCase() });
      return next;
    },
  });
  const decide = useMutation({
    mutationFn: (v: DecisionValues) =>
      call(
        api.POST('/api/v1/clients/{id}/workfirst/measures/{measureId}/decision', {
          params: { path: { id: clientId, measureId } },
          body: { decision: v.decision as 'confirm' | 'drop', reason: v.reason.trim() },
        }),
      ),
    onSuccess: async () => {
      flash(t('workfirst.decision.saved'));
      await queryClient.invalidateQueries({ queryKey: workfirstKeys.week(weekStart) });
      await queryClient.invalidateQueries({ queryKey: workfirstKeys.client(clientId) });
    },
  });
  return (
    <form className="wp-form" noValidate aria-label={t('workfirst.decision.legend')} onSubmit={form.submit((v) => decide.mutateAsync(v))}>
      <FormErrors form={form} />
      <FormSelectField
        form={form}
        name="decision"
        placeholder={t('app.chooseOption')}
        options={[
          { value: 'confirm', label: t('workfirst.decision.confirm') },
          { value: 'drop', label: t('workfirst.decision.drop') },
        ]}
        required
      />
      <FormTextareaField form={form} name="reason" maxLength={2000} rows={2} required />
      <SubmitButton busy={decide.isPending}>{t('workfirst.decision.submit')}</SubmitButton>
    </form>
  );
}
