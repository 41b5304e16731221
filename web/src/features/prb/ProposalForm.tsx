import { Button } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { PRB_COST_CATEGORIES, type PrbCostCategory, type PrbProposal, type PrbProposalInput } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { fieldId, SelectField, TextareaField, TextField } from '../../ui/fields.tsx';
import { fieldErrorsFromError, hasErrors, type FieldErrors } from '../../ui/formErrors.ts';
import { SubmitButton } from '../../ui/SubmitButton.tsx';
import { ActionError } from '../../ui/ProblemAlert.tsx';
import { inSentence } from '../../ui/checks.ts';
import { checkEuroInput, formatCents, normaliseEuroText, sumEuroInputs } from './money.ts';
import { costCategoryLabel, euroProblemMessage } from './ui.tsx';

export const MAX_COST_LINES = 30;
const GOAL_MAX = 2000;
const LINE_FIELDS = ['category', 'supplier', 'description', 'amount'] as const;
type LineField = (typeof LINE_FIELDS)[number];

interface LineState {
  /** Stable React key (lines can be removed from the middle). */
  key: number;
  category: PrbCostCategory | '';
  supplier: string;
  description: string;
  amount: string;
}

/** Cents as the text a user would type: 125050 → "1250,50". */
function centsToInput(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

let nextKey = 1;
const emptyLine = (): LineState => ({ key: nextKey++, category: '', supplier: '', description: '', amount: '' });

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
  const [goal, setGoal] = useState(initial?.goal ?? '');
  const [lines, setLines] = useState<LineState[]>(() =>
    initial && initial.costLines.length > 0
      ? initial.costLines.map((l) => ({
          key: nextKey++,
          category: l.category,
          supplier: l.supplier,
          description: l.description,
          amount: centsToInput(l.amountCents),
        }))
      : [emptyLine()],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const addButton = useRef<HTMLButtonElement>(null);

  const n = (name: string) => `${idPrefix}${name}`;
  const fieldLabels: Record<LineField, string> = {
    category: t('prb.form.category'),
    supplier: t('prb.form.supplier'),
    description: t('prb.form.description'),
    amount: t('prb.form.amount'),
  };
  // Error-summary labels, in form order, keyed by the prefixed field names.
  const labels: Record<string, string> = { [n('goal')]: t('prb.form.goal'), [n('costLines')]: t('prb.form.costLines') };
  lines.forEach((_, index) => {
    for (const f of LINE_FIELDS) {
      labels[n(`costLines.${index}.${f}`)] = t('prb.form.lineField', { n: index + 1, field: fieldLabels[f] });
    }
  });
  const serverNames = ['goal', 'costLines', ...lines.flatMap((_, i) => LINE_FIELDS.map((f) => `costLines.${i}.${f}`))];

  const save = useMutation({
    mutationFn: (input: PrbProposalInput) => onSave(input),
    onSuccess: () => {
      setErrors({});
      onSaved?.();
    },
    onError: (error) => {
      const server = fieldErrorsFromError(error, serverNames);
      if (hasErrors(server)) {
        setErrors(Object.fromEntries(Object.entries(server).map(([k, v]) => [n(k), v])));
        setAttempt((a) => a + 1);
      }
    },
  });

  const setLine = (index: number, field: LineField, value: string) =>
    setLines((ls) => ls.map((l, i) => (i === index ? { ...l, [field]: value } : l)));

  const addLine = () => {
    if (lines.length >= MAX_COST_LINES) return;
    const index = lines.length;
    setLines((ls) => [...ls, emptyLine()]);
    requestAnimationFrame(() => document.getElementById(fieldId(n(`costLines.${index}.category`)))?.focus());
  };
  const removeLine = (index: number) => {
    setLines((ls) => ls.filter((_, i) => i !== index));
    // Errors are positional; they would point at the wrong line now.
    setErrors({});
    requestAnimationFrame(() => addButton.current?.focus());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const next: FieldErrors = {};
    if (!goal.trim()) next[n('goal')] = t('form.required', { label: inSentence(t('prb.form.goal')) });
    else if (goal.trim().length > GOAL_MAX) next[n('goal')] = t('form.tooLong', { label: t('prb.form.goal'), max: GOAL_MAX });
    if (lines.length === 0) next[n('costLines')] = t('prb.form.noLines');
    lines.forEach((line, index) => {
      const key = (f: LineField) => n(`costLines.${index}.${f}`);
      if (!line.category) next[key('category')] = t('form.requiredChoice', { label: inSentence(fieldLabels.category) });
      if (!line.supplier.trim()) next[key('supplier')] = t('form.required', { label: inSentence(fieldLabels.supplier) });
      if (!line.description.trim()) next[key('description')] = t('form.required', { label: inSentence(fieldLabels.description) });
      const amount = checkEuroInput(line.amount);
      if ('problem' in amount) next[key('amount')] = euroProblemMessage(amount.problem, fieldLabels.amount, i18n);
    });
    setErrors(next);
    if (hasErrors(next)) {
      save.reset();
      setAttempt((a) => a + 1);
      return;
    }
    save.mutate({
      goal: goal.trim(),
      costLines: lines.map((l) => ({
        category: l.category as PrbCostCategory,
        supplier: l.supplier.trim(),
        description: l.description.trim(),
        amount: normaliseEuroText(l.amount),
      })),
    });
  };

  const total = sumEuroInputs(lines.map((l) => l.amount));
  const after = remainingCents - total;
  const categoryOptions = PRB_COST_CATEGORIES.map((c) => ({ value: c, label: costCategoryLabel(c, i18n) }));

  return (
    <form className="wp-form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors} labels={labels} focusKey={attempt} />
      {save.isError && !hasErrors(errors) ? <ActionError error={save.error} /> : null}
      <TextareaField
        name={n('goal')}
        label={t('prb.form.goal')}
        description={t('prb.form.goalHint')}
        value={goal}
        onChange={setGoal}
        error={errors[n('goal')]}
        rows={3}
        required
      />
      {headingLevel === 4 ? (
        <h4 className="utrecht-heading-4">{t('prb.form.costLines')}</h4>
      ) : (
        <h5 className="utrecht-heading-5">{t('prb.form.costLines')}</h5>
      )}
      {lines.map((line, index) => {
        const name = (f: LineField) => n(`costLines.${index}.${f}`);
        return (
          <div className="utrecht-form-fieldset wp-prb-line" key={line.key}>
            <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
                {t('prb.form.line', { n: index + 1 })}
              </legend>
              <SelectField
                name={name('category')}
                label={fieldLabels.category}
                value={line.category}
                onChange={(v) => setLine(index, 'category', v)}
                options={categoryOptions}
                placeholder={t('app.chooseOption')}
                error={errors[name('category')]}
                required
              />
              <TextField
                name={name('supplier')}
                label={fieldLabels.supplier}
                value={line.supplier}
                onChange={(v) => setLine(index, 'supplier', v)}
                error={errors[name('supplier')]}
                autoComplete="off"
                width="md"
                required
              />
              <TextField
                name={name('description')}
                label={fieldLabels.description}
                value={line.description}
                onChange={(v) => setLine(index, 'description', v)}
                error={errors[name('description')]}
                autoComplete="off"
                required
              />
              <TextField
                name={name('amount')}
                label={fieldLabels.amount}
                description={t('prb.money.hint')}
                value={line.amount}
                onChange={(v) => setLine(index, 'amount', v)}
                error={errors[name('amount')]}
                inputMode="decimal"
                autoComplete="off"
                width="sm"
                required
              />
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
