import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { todayInAmsterdam } from '../../../../src/kernel/dates.ts';
import { api, call, type Polis, POLIS_RESPONSIBLES, type PolisDraftInput, type PolisVersion } from '../../api/index.ts';
import { useFlash } from '../../app/flash.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { fieldId, TextareaField } from '../../ui/fields.tsx';
import { FormSelectField, FormTextareaField, FormTextField, useApiForm, useBound, type ApiForm } from '../../ui/form.tsx';
import { hasErrors } from '../../ui/formErrors.ts';
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
  MAX_TEXT,
  emptyStep,
  formFromVersion,
  toContent,
  validatePolisForm,
  type EditorMode,
  type PolisForm,
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
  const [defaultValues] = useState<PolisForm>(() => formFromVersion(current, mode, todayInAmsterdam()));
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

  // The labels follow the lists as they grow and shrink: the form knows those of the last render (for
  // naming the server's errors), the summary gets the current ones.
  const shown = useRef(defaultValues);
  const editor = useApiForm<PolisForm>({
    defaultValues,
    labels: editorLabels(shown.current, changeNoteRequired, i18n),
    checks: (values) => validatePolisForm(values, { changeNoteRequired }, i18n),
  });
  const form = editor.watch();
  shown.current = form;
  const labels = editorLabels(form, changeNoteRequired, i18n);
  const errors = editor.errors;
  const lists = {
    municipalityObligations: useFieldArray({ control: editor.control, name: 'municipalityObligations' }),
    clientObligations: useFieldArray({ control: editor.control, name: 'clientObligations' }),
  };
  const steps = useFieldArray({ control: editor.control, name: 'steps' });

  const save = useMutation({
    mutationFn: (form: PolisForm): Promise<Polis> => {
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
  });

  const addObligation = (list: ObligationList) => {
    const key = nextKey.current++;
    focusAfterRender.current = fieldId(`${list}.${form[list].length}`);
    lists[list].append({ key, text: '' }, { shouldFocus: false });
  };
  const removeObligation = (list: ObligationList, index: number) => {
    focusAfterRender.current = `${fieldId(list)}-add`;
    lists[list].remove(index);
    // Errors are by position; after a removal they would sit on the wrong rows.
    editor.clearErrors();
  };
  const addStep = () => {
    const key = nextKey.current++;
    focusAfterRender.current = fieldId(`steps.${form.steps.length}.description`);
    steps.append(emptyStep(key, todayInAmsterdam()), { shouldFocus: false });
  };
  const removeStep = (index: number) => {
    focusAfterRender.current = `${fieldId('steps')}-add`;
    steps.remove(index);
    editor.clearErrors();
  };

  const trajectoryOptions = (trajectories.data ?? []).map((tr) => ({
    value: tr.id,
    label: `${tr.instrument.name} (${i18n.formatDate(tr.startDate)})`,
  }));

  const obligationList = (list: ObligationList, legend: string, hint: string) => (
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
      {lists[list].fields.map((o, index) => (
        <div className="wp-polis-item" key={o.id}>
          <ObligationField form={editor} list={list} index={index} label={t('polisEditor.obligation', { n: index + 1 })} />
          {lists[list].fields.length > 1 ? (
            <Button appearance="subtle-button" className="wp-small-button" onClick={() => removeObligation(list, index)}>
              {t('polisEditor.removeObligation')}
              <span className="wp-visually-hidden"> {t('polisEditor.removeObligationFor', { n: index + 1 })}</span>
            </Button>
          ) : null}
        </div>
      ))}
      {lists[list].fields.length < MAX_OBLIGATIONS ? (
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
      <form className="wp-form wp-polis-form" noValidate onSubmit={editor.submit((values) => save.mutateAsync(values))}>
        <ErrorSummary errors={errors} labels={labels} focusKey={editor.focusKey} />
        {editor.problem && !hasErrors(errors) ? <ActionError error={editor.problem} /> : null}
        <FormSelectField
          form={editor}
          name="goalRung"
          label={t('polisEditor.goalRung')}
          description={t('polisEditor.goalRungHint')}
          placeholder={t('app.chooseOption')}
          options={RUNG_VALUES.map((r) => ({ value: String(r), label: rungShort(r, i18n) }))}
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
          {steps.fields.map((s, index) => (
            <div className="wp-panel wp-polis-step" key={s.id}>
              <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
                <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                  {t('polisEditor.step', { n: index + 1 })}
                </legend>
                <FormTextareaField
                  form={editor}
                  name={`steps.${index}.description`}
                  label={t('polisEditor.stepDescription')}
                  maxLength={1000}
                  rows={2}
                  required
                />
                <FormSelectField
                  form={editor}
                  name={`steps.${index}.responsible`}
                  label={t('polisEditor.stepResponsible')}
                  options={POLIS_RESPONSIBLES.map((r) => ({ value: r, label: responsibleLabel(r, i18n) }))}
                  required
                />
                <div className="wp-field-row">
                  <FormTextField
                    form={editor}
                    name={`steps.${index}.startDate`}
                    type="date"
                    label={t('polisEditor.stepStartDate')}
                    width="sm"
                    required
                  />
                  <FormTextField
                    form={editor}
                    name={`steps.${index}.dueDate`}
                    type="date"
                    label={t('polisEditor.stepDueDate')}
                    min={form.steps[index]?.startDate || undefined}
                    width="sm"
                    required
                  />
                </div>
                <FormSelectField
                  form={editor}
                  name={`steps.${index}.trajectoryId`}
                  label={t('polisEditor.stepTrajectory')}
                  description={t('polisEditor.stepTrajectoryHint')}
                  placeholder={t('polisEditor.stepNoTrajectory')}
                  options={trajectoryOptions}
                  optional
                />
                {steps.fields.length > 1 ? (
                  <Button appearance="subtle-button" className="wp-small-button" onClick={() => removeStep(index)}>
                    {t('polisEditor.removeStep', { n: index + 1 })}
                  </Button>
                ) : null}
              </fieldset>
            </div>
          ))}
          {steps.fields.length < MAX_STEPS ? (
            <Button appearance="secondary-action-button" id={`${fieldId('steps')}-add`} onClick={addStep}>
              {t('polisEditor.addStep')}
            </Button>
          ) : null}
        </fieldset>

        {changeNoteRequired ? (
          <FormTextareaField
            form={editor}
            name="changeNote"
            label={t('polisEditor.changeNote')}
            description={t('polisEditor.changeNoteHint')}
            maxLength={2000}
            rows={3}
            required
          />
        ) : null}
        <SubmitButton busy={editor.busy}>{t('polisEditor.submit')}</SubmitButton>
      </form>
    </>
  );
}

type ObligationList = 'municipalityObligations' | 'clientObligations';

/**
 * One obligation: the form keeps {key, text} rows (stable React keys), the API a list of texts, so the
 * field is named as the API names it ("clientObligations.0"), where the server's errors land.
 */
function ObligationField({ form, list, index, label }: { form: ApiForm<PolisForm>; list: ObligationList; index: number; label: string }) {
  const bound = useBound<PolisForm, string>(form, `${list}.${index}.text`);
  const name = `${list}.${index}`;
  return (
    <TextareaField
      name={name}
      label={label}
      value={bound.value}
      onChange={bound.onChange}
      error={form.errors[name]}
      maxLength={MAX_TEXT}
      rows={2}
      required
    />
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
