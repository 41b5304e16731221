import { Button } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { PRB_COST_CATEGORIES, type PrbCostCategory, type PrbProposal, type PrbProposalInput } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId } from '../../ui/fields.tsx';
import { FormAmountField } from '../../ui/AmountField.tsx';
import { centsToInputText } from '../../ui/amount.ts';
import { FormErrors, FormSelectField, FormTextareaField, FormTextField, useApiForm } from '../../ui/form.tsx';
import type { FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { inSentence } from '../../ui/checks.ts';
import { checkEuroInput, formatCents, normaliseEuroText, sumEuroInputs } from './money.ts';
import { costCategoryLabel, euroProblemMessage } from './ui.tsx';

export const MAX_COST_LINES = 30;
const GOAL_MAX = 2000;
const LINE_FIELDS = ['category', 'supplier', 'description', 'amount'] as const;
type LineField = (typeof LINE_FIELDS)[number];

interface LineValues {
  category: PrbCostCategory | '';
  supplier: string;
  description: string;
  amount: string;
}
interface ProposalValues {
  goal: string;
  costLines: LineValues[];
}

const emptyLine = (): LineValues => ({ category: '', supplier: '', description: '', amount: '' });

interface ProposalFormProps {
  /** Keeps DOM ids unique when several forms are on one page; field names towards the server stay plain. */
  idPrefix: string;
  initial?: PrbProposal;
  /** The participant's remaining budget now (the form shows what would remain after approval). */
  remainingCents: number;
  submitLabel?: string;
  onSave: (input: PrbProposalInput) => Promise<unknown>;
  onSaved?: () => void;
  onCancel?: () => void;
  /** Level of the "Kostenregels" heading: one below the heading the form sits under. */
  headingLevel?: 4 | 5;
}

/**
 * Goal and cost lines (category, supplier, description, amount in euros). Errors land at the field, also
 * the server's (invalidParams such as costLines.2.amount), and an error summary links to them.
 */
export function ProposalForm({
  idPrefix,
  initial,
  remainingCents,
  submitLabel,
  onSave,
  onSaved,
  onCancel,
  headingLevel = 4,
}: ProposalFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const addButton = useRef<HTMLButtonElement>(null);
  const n = (name: string) => `${idPrefix}${name}`;
  const fieldLabels: Record<LineField, string> = {
    category: t('prb.form.category'),
    supplier: t('prb.form.supplier'),
    description: t('prb.form.description'),
    amount: t('prb.form.amount'),
  };
  const [defaultValues] = useState<ProposalValues>(() => ({
    goal: initial?.goal ?? '',
    costLines:
      initial && initial.costLines.length > 0
        ? initial.costLines.map((l) => ({
            category: l.category,
            supplier: l.supplier,
            description: l.description,
            amount: centsToInputText(l.amountCents),
          }))
        : [emptyLine()],
  }));
  // How many lines there are, for the labels (the server's costLines.2.amount lands on its field).
  const [lineCount, setLineCount] = useState(defaultValues.costLines.length);
  // Error-summary labels, in form order.
  const labels: Record<string, string> = { goal: t('prb.form.goal'), costLines: t('prb.form.costLines') };
  for (let index = 0; index < lineCount; index++) {
    for (const f of LINE_FIELDS) labels[`costLines.${index}.${f}`] = t('prb.form.lineField', { n: index + 1, field: fieldLabels[f] });
  }
  const form = useApiForm<ProposalValues>({
    defaultValues,
    labels,
    idPrefix,
    checks: ({ goal, costLines }) => {
      const next: FieldErrors = {};
      if (!goal.trim()) next.goal = t('form.required', { label: inSentence(t('prb.form.goal')) });
      else if (goal.trim().length > GOAL_MAX) next.goal = t('form.tooLong', { label: t('prb.form.goal'), max: GOAL_MAX });
      if (costLines.length === 0) next.costLines = t('prb.form.noLines');
      costLines.forEach((line, index) => {
        const key = (f: LineField) => `costLines.${index}.${f}`;
        if (!line.category) next[key('category')] = t('form.requiredChoice', { label: inSentence(fieldLabels.category) });
        if (!line.supplier.trim()) next[key('supplier')] = t('form.required', { label: inSentence(fieldLabels.supplier) });
        if (!line.description.trim()) next[key('description')] = t('form.required', { label: inSentence(fieldLabels.description) });
        const amount = checkEuroInput(line.amount);
        if ('problem' in amount) next[key('amount')] = euroProblemMessage(amount, fieldLabels.amount, i18n);
      });
      return next;
    },
  });
  const { fields: lines, append, remove } = useFieldArray({ control: form.control, name: 'costLines' });
  const errors = form.errors;

  const save = useMutation({
    mutationFn: (input: PrbProposalInput) => onSave(input),
    onSuccess: () => onSaved?.(),
  });

  const addLine = () => {
    if (lines.length >= MAX_COST_LINES) return;
    const index = lines.length;
    append(emptyLine(), { shouldFocus: false });
    setLineCount(index + 1);
    requestAnimationFrame(() => document.getElementById(fieldId(n(`costLines.${index}.category`)))?.focus());
  };
  const removeLine = (index: number) => {
    remove(index);
    setLineCount(lines.length - 1);
    // Errors are positional; they would point at the wrong line now.
    form.clearErrors();
    requestAnimationFrame(() => addButton.current?.focus());
  };

  const submit = ({ goal, costLines }: ProposalValues) =>
    save.mutateAsync({
      goal: goal.trim(),
      costLines: costLines.map((l) => ({
        category: l.category as PrbCostCategory,
        supplier: l.supplier.trim(),
        description: l.description.trim(),
        amount: normaliseEuroText(l.amount),
      })),
    });

  const total = sumEuroInputs(form.watch('costLines').map((l) => l.amount));
  const after = remainingCents - total;
  const categoryOptions = PRB_COST_CATEGORIES.map((c) => ({ value: c, label: costCategoryLabel(c, i18n) }));

  return (
    <form className="wp-form" noValidate onSubmit={form.submit(submit)}>
      <FormErrors form={form} renderProblem={(error) => <ActionError error={error} />} />
      <FormTextareaField form={form} name="goal" description={t('prb.form.goalHint')} rows={3} required />
      {headingLevel === 4 ? (
        <h4 className="utrecht-heading-4">{t('prb.form.costLines')}</h4>
      ) : (
        <h5 className="utrecht-heading-5">{t('prb.form.costLines')}</h5>
      )}
      {lines.map((line, index) => {
        const name = <F extends LineField>(f: F) => `costLines.${index}.${f}` as const;
        return (
          <div className="utrecht-form-fieldset wp-prb-line" key={line.id}>
            <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                {t('prb.form.line', { n: index + 1 })}
              </legend>
              <FormSelectField
                form={form}
                name={name('category')}
                label={fieldLabels.category}
                options={categoryOptions}
                placeholder={t('app.chooseOption')}
                required
              />
              <FormTextField form={form} name={name('supplier')} label={fieldLabels.supplier} autoComplete="off" width="md" required />
              <FormTextField form={form} name={name('description')} label={fieldLabels.description} autoComplete="off" required />
              <FormAmountField form={form} name={name('amount')} label={fieldLabels.amount} required />
              {lines.length > 1 ? (
                <Button appearance="subtle-button" onClick={() => removeLine(index)}>
                  {t('prb.form.removeLine', { n: index + 1 })}
                </Button>
              ) : null}
            </fieldset>
          </div>
        );
      })}
      {errors[n('costLines')] ? (
        <p className="utrecht-form-field-error-message wp-error-message">
          <span className="wp-visually-hidden">{t('form.errorPrefix')}: </span>
          {errors[n('costLines')]}
        </p>
      ) : null}
      <p className="utrecht-paragraph">
        <Button
          appearance="secondary-action-button"
          id={fieldId(n('costLines'))}
          ref={addButton}
          onClick={addLine}
          disabled={lines.length >= MAX_COST_LINES}
        >
          {t('prb.form.addLine')}
        </Button>
        {lines.length >= MAX_COST_LINES ? <span className="wp-muted"> {t('prb.form.tooManyLines', { max: MAX_COST_LINES })}</span> : null}
      </p>
      <p className="utrecht-paragraph wp-prb-total">{t('prb.form.total', { total: formatCents(total) })}</p>
      <p className="utrecht-paragraph">
        {after >= 0
          ? t('prb.form.remainingAfter', { remaining: formatCents(after) })
          : t('prb.proposal.overBudget', { over: formatCents(-after), remaining: formatCents(remainingCents) })}
      </p>
      <div className="wp-button-row">
        <SubmitButton busy={save.isPending}>{submitLabel ?? t('prb.form.save')}</SubmitButton>
        {onCancel ? (
          <Button appearance="secondary-action-button" onClick={onCancel}>
            {t('prb.proposal.cancelEdit')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
