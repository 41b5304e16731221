/**
 * The polis editor's form state and its checks, as pure functions (unit-tested). Field names follow the
 * API's invalidParams paths ("steps.2.dueDate", "clientObligations.0"), so server errors land on the field.
 */
import { isIsoDate } from '../../../../src/kernel/dates.ts';
import type { PolisDraftInput, PolisResponsible, PolisVersion } from '../../api/index.ts';
import type { I18n } from '../../app/i18n.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';

export const MAX_OBLIGATIONS = 20;
export const MAX_STEPS = 30;
export const MAX_TEXT = 1000;
export const MAX_CHANGE_NOTE = 2000;

/** new: the first draft; draft: an unsigned draft is edited; version: a new version after a signature. */
export type EditorMode = 'new' | 'draft' | 'version';

export interface ObligationRow {
  key: number;
  text: string;
}
export interface StepRow {
  key: number;
  description: string;
  responsible: PolisResponsible;
  startDate: string;
  dueDate: string;
  /** '' for an action without a trajectory. */
  trajectoryId: string;
}
export interface PolisForm {
  goalRung: string;
  municipalityObligations: ObligationRow[];
  clientObligations: ObligationRow[];
  steps: StepRow[];
  changeNote: string;
}

export function emptyStep(key: number, today: string): StepRow {
  return { key, description: '', responsible: 'client', startDate: today, dueDate: '', trajectoryId: '' };
}

/**
 * The form for a mode: empty for the first draft; the current content for an edit of the draft; the current
 * content as the starting point of a new version (the change note starts empty: it describes this change).
 */
export function formFromVersion(version: PolisVersion | undefined, mode: EditorMode, today: string): PolisForm {
  if (!version || mode === 'new') {
    return {
      goalRung: '',
      municipalityObligations: [{ key: 1, text: '' }],
      clientObligations: [{ key: 2, text: '' }],
      steps: [emptyStep(3, today)],
      changeNote: '',
    };
  }
  let key = 1;
  return {
    goalRung: String(version.goalRung),
    municipalityObligations: version.municipalityObligations.map((text) => ({ key: key++, text })),
    clientObligations: version.clientObligations.map((text) => ({ key: key++, text })),
    steps: [...version.steps]
      .sort((a, b) => a.position - b.position)
      .map((s) => ({
        key: key++,
        description: s.description,
        responsible: s.responsible,
        startDate: s.startDate,
        dueDate: s.dueDate,
        trajectoryId: s.trajectoryId ?? '',
      })),
    changeNote: mode === 'draft' ? (version.changeNote ?? '') : '',
  };
}

/** The request body: trimmed texts, steps in the order shown, the change note only where it belongs. */
export function toContent(form: PolisForm, withChangeNote: boolean): PolisDraftInput {
  const content: PolisDraftInput = {
    municipalityObligations: form.municipalityObligations.map((o) => o.text.trim()),
    clientObligations: form.clientObligations.map((o) => o.text.trim()),
    goalRung: Number(form.goalRung),
    steps: form.steps.map((s) => ({
      description: s.description.trim(),
      responsible: s.responsible,
      startDate: s.startDate,
      dueDate: s.dueDate,
      trajectoryId: s.trajectoryId || null,
    })),
  };
  if (withChangeNote) content.changeNote = form.changeNote.trim();
  return content;
}

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The checks the server makes too, so most mistakes show before a round trip. */
export function validatePolisForm(form: PolisForm, options: { changeNoteRequired: boolean }, i18n: Pick<I18n, 't'>): FieldErrors {
  const { t } = i18n;
  const errors: FieldErrors = {};
  if (!form.goalRung) errors.goalRung = t('form.requiredChoice', { label: lower(t('polisEditor.goalRung')) });

  for (const list of ['municipalityObligations', 'clientObligations'] as const) {
    if (form[list].length === 0) errors[list] = t('polisEditor.atLeastOne');
    if (form[list].length > MAX_OBLIGATIONS)
      errors[list] = t('form.tooManyItems', { label: t(`polisEditor.${list}`), max: MAX_OBLIGATIONS });
    form[list].forEach((o, index) => {
      const label = t('polisEditor.obligation', { n: index + 1 });
      if (!o.text.trim()) errors[`${list}.${index}`] = t('form.required', { label: lower(label) });
      else if (o.text.trim().length > MAX_TEXT) errors[`${list}.${index}`] = t('form.tooLong', { label, max: MAX_TEXT });
    });
  }

  if (form.steps.length === 0) errors.steps = t('polisEditor.atLeastOneStep');
  if (form.steps.length > MAX_STEPS) errors.steps = t('form.tooManyItems', { label: t('polisEditor.steps'), max: MAX_STEPS });
  form.steps.forEach((s, index) => {
    const at = (field: string) => `steps.${index}.${field}`;
    if (!s.description.trim()) errors[at('description')] = t('form.required', { label: lower(t('polisEditor.stepDescription')) });
    else if (s.description.trim().length > MAX_TEXT)
      errors[at('description')] = t('form.tooLong', { label: t('polisEditor.stepDescription'), max: MAX_TEXT });
    if (!s.startDate) errors[at('startDate')] = t('form.required', { label: lower(t('polisEditor.stepStartDate')) });
    else if (!isIsoDate(s.startDate)) errors[at('startDate')] = t('form.invalidDate');
    if (!s.dueDate) errors[at('dueDate')] = t('form.required', { label: lower(t('polisEditor.stepDueDate')) });
    else if (!isIsoDate(s.dueDate)) errors[at('dueDate')] = t('form.invalidDate');
    else if (isIsoDate(s.startDate) && s.dueDate < s.startDate) errors[at('dueDate')] = t('polisEditor.dueBeforeStart');
  });

  if (options.changeNoteRequired) {
    if (!form.changeNote.trim()) errors.changeNote = t('polisEditor.changeNoteRequired');
    else if (form.changeNote.trim().length > MAX_CHANGE_NOTE)
      errors.changeNote = t('form.tooLong', { label: t('polisEditor.changeNote'), max: MAX_CHANGE_NOTE });
  }
  return errors;
}
