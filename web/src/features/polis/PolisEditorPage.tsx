import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import {
  api,
  call,
  type Polis,
  POLIS_RESPONSIBLES,
  type PolisDraftInput,
  type PolisResponsible,
  type PolisVersion,
} from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { fieldId, SelectField, TextareaField, TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { InfoAlert } from '../../ui/misc.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { clientQuery } from '../clients/queries.ts';
import { rungShort, RUNG_VALUES } from '../ladder/rungs.ts';
import { responsibleLabel } from '../trajectories/labels.ts';
import { clientTrajectoriesQuery } from '../trajectories/queries.ts';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { inSentence } from '../../ui/checks.ts';
import { isOpenDraft } from './PolisView.tsx';
import { clientPolissesQuery, polisKeys } from './queries.ts';
import {
  MAX_OBLIGATIONS,
  MAX_STEPS,
  emptyStep,
  formFromVersion,
  toContent,
  validatePolisForm,
  type EditorMode,
  type PolisForm,
  type StepRow,
} from './polisForm.ts';

/** Drafts the first polis, edits an unsigned draft, or makes a new version (which needs new signatures). */
export function PolisEditorPage() {
  const { id } = useParams({ from: '/auth/clienten/$id/polis/bewerken' });
  const { data: client } = useSuspenseQuery(clientQuery(id));
  const { data: polisses } = useSuspenseQuery(clientPolissesQuery(id));
  const polis = polisses[0];
  const current = polis?.versions[0];
  const mode: EditorMode = !polis || !current ? 'new' : isOpenDraft(current) ? 'draft' : 'version';
  // Remount when what is being edited changes (e.g. after a save elsewhere).
  return (
    <PolisEditor
      key={`${mode}-${current?.id ?? 'none'}-${current?.revision ?? 0}`}
      clientId={id}
      clientName={client.displayName}
      mode={mode}
      polis={polis}
      current={current}
    />
  );
}

function PolisEditor({
  clientId,
  clientName,
  mode,
  polis,
  current,
}: {
  clientId: string;
  clientName: string;
  mode: EditorMode;
  polis: Polis | undefined;
  current: PolisVersion | undefined;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { flash } = useFlash();
  const trajectories = useQuery(clientTrajectoriesQuery(clientId));
  const [form, setForm] = useState<PolisForm>(() => formFromVersion(current, mode, todayInAmsterdam()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const nextKey = useRef(1000);
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const versionNumber = mode === 'new' ? 1 : mode === 'draft' ? current!.versionNumber : current!.versionNumber + 1;
  // The server asks what changed for every version after the first.
  const changeNoteRequired = versionNumber > 1;
  const title = mode === 'new' ? t('polisEditor.titleNew') : mode === 'draft' ? t('polisEditor.titleDraft') : t('polisEditor.titleVersion');
  const intro =
    mode === 'new'
      ? t('polisEditor.introNew', { name: clientName })
      : mode === 'draft'
        ? t('polisEditor.introDraft', { version: versionNumber })
        : t('polisEditor.introVersion', { version: versionNumber });

  const labels = editorLabels(form, changeNoteRequired, i18n);

  const save = useMutation({
    mutationFn: (): Promise<Polis> => {
      const content: PolisDraftInput = toContent(form, changeNoteRequired);
      if (mode === 'new') return call(api.POST('/api/v1/clients/{id}/polisses', { params: { path: { id: clientId } }, body: content }));
      if (mode === 'draft')
        return call(
          api.PUT('/api/v1/polis-versions/{id}', {
            params: { path: { id: current!.id } },
            body: { ...content, revision: current!.revision },
          }),
        );
      // A new version after a signed one always says what changed.
      return call(
        api.POST('/api/v1/polisses/{id}/versions', {
          params: { path: { id: polis!.id } },
          body: { ...content, changeNote: form.changeNote.trim() },
        }),
      );
    },
    onSuccess: async (saved) => {
      queryClient.setQueryData(polisKeys.forClient(clientId), [saved]);
      flash(t('polisEditor.saved', { version: saved.versions[0]?.versionNumber ?? versionNumber }), { afterNavigation: true });
      await navigate({ to: '/clienten/$id/polis', params: { id: clientId } });
    },
    onError: (error) => {
      const fieldErrors = fieldErrorsFromError(error, Object.keys(labels));
      if (hasErrors(fieldErrors)) {
        setErrors(fieldErrors);
        setAttempt((n) => n + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const next = validatePolisForm(form, { changeNoteRequired }, i18n);
    setErrors(next);
    if (hasErrors(next)) {
      save.reset();
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate();
  };

  const setObligation = (list: 'municipalityObligations' | 'clientObligations', key: number, text: string) =>
    setForm((f) => ({ ...f, [list]: f[list].map((o) => (o.key === key ? { ...o, text } : o)) }));
  const addObligation = (list: 'municipalityObligations' | 'clientObligations') => {
    const key = nextKey.current++;
    focusAfterRender.current = fieldId(`${list}.${form[list].length}`);
    setForm((f) => ({ ...f, [list]: [...f[list], { key, text: '' }] }));
  };
  const removeObligation = (list: 'municipalityObligations' | 'clientObligations', index: number) => {
    focusAfterRender.current = `${fieldId(list)}-add`;
    setForm((f) => ({ ...f, [list]: f[list].filter((_, i) => i !== index) }));
    setErrors({});
  };
  const setStep = (key: number, patch: Partial<StepRow>) =>
    setForm((f) => ({ ...f, steps: f.steps.map((s) => (s.key === key ? { ...s, ...patch } : s)) }));
  const addStep = () => {
    const key = nextKey.current++;
    focusAfterRender.current = fieldId(`steps.${form.steps.length}.description`);
    setForm((f) => ({ ...f, steps: [...f.steps, emptyStep(key, todayInAmsterdam())] }));
  };
  const removeStep = (index: number) => {
    focusAfterRender.current = `${fieldId('steps')}-add`;
    setForm((f) => ({ ...f, steps: f.steps.filter((_, i) => i !== index) }));
    setErrors({});
  };

  const trajectoryOptions = (trajectories.data ?? []).map((tr) => ({
    value: tr.id,
    label: `${tr.instrument.name} (${i18n.formatDate(tr.startDate)})`,
  }));

  const obligationList = (list: 'municipalityObligations' | 'clientObligations', legend: string, hint: string) => (
    <fieldset
      className={`utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset wp-form-section wp-polis-fieldset${errors[list] ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={fieldId(list)}
      tabIndex={-1}
      aria-describedby={`${fieldId(list)}-hint${errors[list] ? ` ${fieldId(list)}-error` : ''}`}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      <p className="utrecht-form-field-description" id={`${fieldId(list)}-hint`}>
        {hint}
      </p>
      {errors[list] ? (
        <p className="utrecht-form-field-error-message wp-error-message" id={`${fieldId(list)}-error`}>
          <span className="wp-visually-hidden">{t('form.errorPrefix')}: </span>
          {errors[list]}
        </p>
      ) : null}
      {form[list].map((o, index) => (
        <div className="wp-polis-item" key={o.key}>
          <TextareaField
            name={`${list}.${index}`}
            label={t('polisEditor.obligation', { n: index + 1 })}
            value={o.text}
            onChange={(text) => setObligation(list, o.key, text)}
            error={errors[`${list}.${index}`]}
            maxLength={1000}
            rows={2}
            required
          />
          {form[list].length > 1 ? (
            <Button appearance="subtle-button" className="wp-small-button" onClick={() => removeObligation(list, index)}>
              {t('polisEditor.removeObligation')}
              <span className="wp-visually-hidden"> {t('polisEditor.removeObligationFor', { n: index + 1 })}</span>
            </Button>
          ) : null}
        </div>
      ))}
      {form[list].length < MAX_OBLIGATIONS ? (
        <Button appearance="secondary-action-button" id={`${fieldId(list)}-add`} onClick={() => addObligation(list)}>
          {t('polisEditor.addObligation')}
          <span className="wp-visually-hidden"> ({legend})</span>
        </Button>
      ) : null}
    </fieldset>
  );

  return (
    <>
      <PageHeader preHeading={clientName} title={title} documentTitle={title} lead={intro} />
      <p className="utrecht-paragraph">
        <Link to={polis ? '/clienten/$id/polis' : '/clienten/$id'} params={{ id: clientId }} className="utrecht-link">
          {t('app.back')}
        </Link>
      </p>
      {mode === 'version' && current && current.status === 'draft' ? <InfoAlert>{t('polis.frozen')}</InfoAlert> : null}
      <form className="wp-form wp-polis-form" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
        {save.isError && !hasErrors(errors) ? <ActionError error={save.error} /> : null}
        <SelectField
          name="goalRung"
          label={t('polisEditor.goalRung')}
          description={t('polisEditor.goalRungHint')}
          value={form.goalRung}
          onChange={(goalRung) => setForm((f) => ({ ...f, goalRung }))}
          placeholder={t('app.chooseOption')}
          options={RUNG_VALUES.map((r) => ({ value: String(r), label: rungShort(r, i18n) }))}
          error={errors.goalRung}
          required
        />
        {obligationList('municipalityObligations', t('polisEditor.municipalityObligations'), t('polisEditor.municipalityHint'))}
        {obligationList('clientObligations', t('polisEditor.clientObligations'), t('polisEditor.clientHint'))}

        <fieldset
          className={`utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset wp-form-section wp-polis-fieldset${errors.steps ? ' utrecht-form-fieldset--invalid' : ''}`}
          id={fieldId('steps')}
          tabIndex={-1}
          aria-describedby={`${fieldId('steps')}-hint${errors.steps ? ` ${fieldId('steps')}-error` : ''}`}
        >
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('polisEditor.steps')}</legend>
          <p className="utrecht-form-field-description" id={`${fieldId('steps')}-hint`}>
            {t('polisEditor.stepsHint')}
          </p>
          {errors.steps ? (
            <p className="utrecht-form-field-error-message wp-error-message" id={`${fieldId('steps')}-error`}>
              <span className="wp-visually-hidden">{t('form.errorPrefix')}: </span>
              {errors.steps}
            </p>
          ) : null}
          {form.steps.map((s, index) => (
            <div className="wp-panel wp-polis-step" key={s.key}>
              <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                  {t('polisEditor.step', { n: index + 1 })}
                </legend>
                <TextareaField
                  name={`steps.${index}.description`}
                  label={t('polisEditor.stepDescription')}
                  value={s.description}
                  onChange={(description) => setStep(s.key, { description })}
                  error={errors[`steps.${index}.description`]}
                  maxLength={1000}
                  rows={2}
                  required
                />
                <SelectField
                  name={`steps.${index}.responsible`}
                  label={t('polisEditor.stepResponsible')}
                  value={s.responsible}
                  onChange={(responsible) => setStep(s.key, { responsible: responsible as PolisResponsible })}
                  options={POLIS_RESPONSIBLES.map((r) => ({ value: r, label: responsibleLabel(r, i18n) }))}
                  error={errors[`steps.${index}.responsible`]}
                  required
                />
                <div className="wp-field-row">
                  <TextField
                    name={`steps.${index}.startDate`}
                    type="date"
                    label={t('polisEditor.stepStartDate')}
                    value={s.startDate}
                    onChange={(startDate) => setStep(s.key, { startDate })}
                    error={errors[`steps.${index}.startDate`]}
                    width="sm"
                    required
                  />
                  <TextField
                    name={`steps.${index}.dueDate`}
                    type="date"
                    label={t('polisEditor.stepDueDate')}
                    value={s.dueDate}
                    onChange={(dueDate) => setStep(s.key, { dueDate })}
                    min={s.startDate || undefined}
                    error={errors[`steps.${index}.dueDate`]}
                    width="sm"
                    required
                  />
                </div>
                <SelectField
                  name={`steps.${index}.trajectoryId`}
                  label={t('polisEditor.stepTrajectory')}
                  description={t('polisEditor.stepTrajectoryHint')}
                  value={s.trajectoryId}
                  onChange={(trajectoryId) => setStep(s.key, { trajectoryId })}
                  placeholder={t('polisEditor.stepNoTrajectory')}
                  options={trajectoryOptions}
                  error={errors[`steps.${index}.trajectoryId`]}
                  optional
                />
                {form.steps.length > 1 ? (
                  <Button appearance="subtle-button" className="wp-small-button" onClick={() => removeStep(index)}>
                    {t('polisEditor.removeStep', { n: index + 1 })}
                  </Button>
                ) : null}
              </fieldset>
            </div>
          ))}
          {form.steps.length < MAX_STEPS ? (
            <Button appearance="secondary-action-button" id={`${fieldId('steps')}-add`} onClick={addStep}>
              {t('polisEditor.addStep')}
            </Button>
          ) : null}
        </fieldset>

        {changeNoteRequired ? (
          <TextareaField
            name="changeNote"
            label={t('polisEditor.changeNote')}
            description={t('polisEditor.changeNoteHint')}
            value={form.changeNote}
            onChange={(changeNote) => setForm((f) => ({ ...f, changeNote }))}
            error={errors.changeNote}
            maxLength={2000}
            rows={3}
            required
          />
        ) : null}
        <SubmitButton busy={save.isPending}>{t('polisEditor.submit')}</SubmitButton>
      </form>
    </>
  );
}

/** Labels for the error summary, in the order the fields appear (dynamic lists included). */
function editorLabels(form: PolisForm, changeNoteRequired: boolean, i18n: { t: ReturnType<typeof useI18n>['t'] }): Record<string, string> {
  const { t } = i18n;
  const labels: Record<string, string> = { goalRung: t('polisEditor.goalRung') };
  for (const list of ['municipalityObligations', 'clientObligations'] as const) {
    const legend = t(list === 'municipalityObligations' ? 'polisEditor.municipalityObligations' : 'polisEditor.clientObligations');
    labels[list] = legend;
    form[list].forEach((_, index) => {
      labels[`${list}.${index}`] = `${legend}, ${inSentence(t('polisEditor.obligation', { n: index + 1 }))}`;
    });
  }
  labels.steps = t('polisEditor.steps');
  form.steps.forEach((_, index) => {
    const step = t('polisEditor.step', { n: index + 1 });
    labels[`steps.${index}.description`] = `${step}, ${inSentence(t('polisEditor.stepDescription'))}`;
    labels[`steps.${index}.responsible`] = `${step}, ${inSentence(t('polisEditor.stepResponsible'))}`;
    labels[`steps.${index}.startDate`] = `${step}, ${inSentence(t('polisEditor.stepStartDate'))}`;
    labels[`steps.${index}.dueDate`] = `${step}, ${inSentence(t('polisEditor.stepDueDate'))}`;
    labels[`steps.${index}.trajectoryId`] = `${step}, ${inSentence(t('polisEditor.stepTrajectory'))}`;
  });
  if (changeNoteRequired) labels.changeNote = t('polisEditor.changeNote');
  return labels;
}
