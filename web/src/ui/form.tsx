// The one form toolkit of the web app (docs/adr/0018): React Hook Form holds the values and errors,
// useApiForm adds the form's own checks, the mapping of a 400 problem onto the fields, the focus key of
// the error summary and the problem for the ProblemAlert. The accessible field components of fields.tsx
// stay what the user sees; the Form* components below bind them to a form.
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import {
  useController,
  useForm,
  type Control,
  type DefaultValues,
  type FieldPathByValue,
  type FieldValues,
  type UseFormGetValues,
  type UseFormSetValue,
  type UseFormWatch,
} from 'react-hook-form';
import {
  checksResolver,
  flattenErrors,
  invalidParamsAsFieldErrors,
  NO_FEEDBACK,
  showFailure,
  showFieldErrors,
  submitFlow,
  type FormChecks,
  type FormFeedback,
  type SubmitFlow,
} from './apiForm.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import {
  CheckboxField,
  CheckboxGroup,
  SelectField,
  TextareaField,
  TextField,
  type CheckboxFieldProps,
  type CheckboxGroupProps,
  type SelectFieldProps,
  type TextareaFieldProps,
  type TextFieldProps,
} from './fields.tsx';
import { hasErrors, type FieldErrors } from './formErrors.ts';
import { ProblemAlert } from './ProblemAlert.tsx';

export interface ApiFormOptions<V extends FieldValues> {
  defaultValues: DefaultValues<V>;
  /** Field labels by dotted field name, in the order the fields appear (the error summary's order). */
  labels: Record<string, string>;
  /** The form's own checks, run on submit; messages come from t(). */
  checks?: FormChecks<V>;
  /** API field names that differ from the form's: { apiName: fieldName } (prefixes map too). */
  apiNames?: Record<string, string>;
  /**
   * Put before every field's DOM name (and so its id, field-…) where a form can stand on a page more
   * than once ("edit-", "decide-<id>-"). Values, labels, checks and the API's names stay without it.
   */
  idPrefix?: string;
}

export interface ApiForm<V extends FieldValues> {
  control: Control<V>;
  getValues: UseFormGetValues<V>;
  setValue: UseFormSetValue<V>;
  watch: UseFormWatch<V>;
  /** Current field errors (own checks and the server's) by DOM name: idPrefix + dotted field name. */
  errors: FieldErrors;
  /** The field labels by DOM name (idPrefix + field name), in form order. */
  labels: Record<string, string>;
  /** What stands before each field name in the DOM ('' for most forms). */
  idPrefix: string;
  /** Changes on every failed submit; ErrorSummary takes focus when it does. */
  focusKey: number;
  /** A failure that is not about fields, for the ProblemAlert; null when none. */
  problem: unknown;
  /** True while the checks or the submit action run. */
  busy: boolean;
  /**
   * The form's onSubmit: runs the checks, then `action` with the values. A promise that rejects with a
   * 400 problem puts its invalidParams on the fields; any other rejection becomes `problem`.
   */
  submit: (action: (values: V) => unknown) => (event: FormEvent) => void;
  /** Shows a failure of a call made outside submit the same way. */
  fail: (error: unknown) => void;
  /** Puts field errors of the form's own finding on the fields (e.g. a 409 that names one), with a new focus key. */
  showFieldErrors: (errors: FieldErrors) => void;
  /** Back to the default values (or `values`), without errors or problem. */
  reset: (values?: DefaultValues<V>) => void;
  /** Takes the errors off all fields (e.g. positional errors after a row was removed); the summary goes with them. */
  clearErrors: () => void;
}

export function useApiForm<V extends FieldValues>(options: ApiFormOptions<V>): ApiForm<V> {
  // The checks and labels are rebuilt on every render (they use t() and props); the resolver reads the
  // latest through refs so React Hook Form keeps one stable resolver.
  const checks = useRef(options.checks);
  checks.current = options.checks;
  const known = useRef<string[]>([]);
  known.current = [...Object.keys(options.labels), ...Object.values(options.apiNames ?? {})];
  const resolver = useMemo(() => checksResolver<V>(() => checks.current), []);
  const methods = useForm<V>({
    defaultValues: options.defaultValues,
    resolver,
    // Errors change on submit only, as the error summary describes the last attempt.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // The error summary takes focus after a failed submit, not the first field.
    shouldFocusError: false,
  });
  const [feedback, setFeedback] = useState<FormFeedback>(NO_FEEDBACK);
  const busy = useRef(false);
  const { handleSubmit, setError, reset: resetForm } = methods;
  const apiNames = options.apiNames;

  const flow: SubmitFlow<V> = { handleSubmit, setError, known: () => known.current, apiNames, setFeedback };
  const submit = (action: (values: V) => unknown) => (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    void submitFlow(
      flow,
      action,
    )(event).finally(() => {
      busy.current = false;
    });
  };
  const reset = useCallback(
    (values?: DefaultValues<V>) => {
      resetForm(values);
      setFeedback((previous) => ({ ...previous, problem: null }));
    },
    [resetForm],
  );

  const idPrefix = options.idPrefix ?? '';
  const withPrefix = <T,>(record: Record<string, T>): Record<string, T> =>
    idPrefix ? Object.fromEntries(Object.entries(record).map(([name, value]) => [idPrefix + name, value])) : record;

  return {
    control: methods.control,
    getValues: methods.getValues,
    setValue: methods.setValue,
    watch: methods.watch,
    errors: withPrefix(flattenErrors(methods.formState.errors)),
    labels: withPrefix(options.labels),
    idPrefix,
    focusKey: feedback.focusKey,
    problem: feedback.problem,
    busy: methods.formState.isSubmitting,
    submit,
    fail: (error: unknown) => showFailure(flow, error),
    showFieldErrors: (errors: FieldErrors) => showFieldErrors(flow, errors),
    reset,
    clearErrors: () => methods.clearErrors(),
  };
}

/**
 * The error summary of a form, and below it the problem that is not about fields (if any), as a
 * ProblemAlert or as `renderProblem` shows it.
 */
export function FormErrors<V extends FieldValues>({
  form,
  problemTitle,
  renderProblem,
}: {
  form: ApiForm<V>;
  problemTitle?: string;
  renderProblem?: (error: unknown) => ReactNode;
}) {
  const showProblem = Boolean(form.problem) && !hasErrors(form.errors);
  return (
    <>
      <ErrorSummary errors={form.errors} labels={form.labels} focusKey={form.focusKey} />
      {showProblem ? (
        renderProblem ? (
          renderProblem(form.problem)
        ) : (
          <ProblemAlert error={form.problem} {...(problemTitle ? { title: problemTitle } : {})} />
        )
      ) : null}
    </>
  );
}

/** The props of a field component bound to a form: the form and field name instead of value, onChange and error. */
export type Bound<V extends FieldValues, T, P> = Omit<P, 'name' | 'label' | 'value' | 'checked' | 'onChange' | 'error'> & {
  form: ApiForm<V>;
  name: FieldPathByValue<V, T>;
  /** Defaults to the form's label for this field. */
  label?: string;
  /** Called after the form took the new value (for fields that depend on this one). */
  onValue?: (value: T) => void;
};

/** A field's value, onChange, error and label in a form, for field components of its own (see FormTextField). */
export function useBound<V extends FieldValues, T>(form: ApiForm<V>, name: FieldPathByValue<V, T>, onValue?: (value: T) => void) {
  const { field } = useController({ control: form.control, name });
  const domName = form.idPrefix + name;
  return {
    /** The field's DOM name (its id is fieldId of it). */
    name: domName,
    value: field.value as T,
    onChange: (value: T) => {
      field.onChange(value);
      onValue?.(value);
    },
    error: form.errors[domName],
    label: form.labels[domName] ?? name,
  };
}

export function FormTextField<V extends FieldValues>({ form, name, label, onValue, ...rest }: Bound<V, string, TextFieldProps>) {
  const bound = useBound<V, string>(form, name, onValue);
  return (
    <TextField {...rest} name={bound.name} label={label ?? bound.label} value={bound.value} onChange={bound.onChange} error={bound.error} />
  );
}

export function FormSelectField<V extends FieldValues>({ form, name, label, onValue, ...rest }: Bound<V, string, SelectFieldProps>) {
  const bound = useBound<V, string>(form, name, onValue);
  return (
    <SelectField
      {...rest}
      name={bound.name}
      label={label ?? bound.label}
      value={bound.value}
      onChange={bound.onChange}
      error={bound.error}
    />
  );
}

export function FormTextareaField<V extends FieldValues>({ form, name, label, onValue, ...rest }: Bound<V, string, TextareaFieldProps>) {
  const bound = useBound<V, string>(form, name, onValue);
  return (
    <TextareaField
      {...rest}
      name={bound.name}
      label={label ?? bound.label}
      value={bound.value}
      onChange={bound.onChange}
      error={bound.error}
    />
  );
}

export function FormCheckboxField<V extends FieldValues>({ form, name, label, onValue, ...rest }: Bound<V, boolean, CheckboxFieldProps>) {
  const bound = useBound<V, boolean>(form, name, onValue);
  return (
    <CheckboxField
      {...rest}
      name={bound.name}
      label={label ?? bound.label}
      checked={bound.value}
      onChange={bound.onChange}
      error={bound.error}
    />
  );
}

export function FormCheckboxGroup<V extends FieldValues, C extends string>({
  form,
  name,
  legend,
  onValue,
  ...rest
}: Omit<Bound<V, C[], CheckboxGroupProps<C>>, 'legend'> & { legend?: string }) {
  const bound = useBound<V, C[]>(form, name, onValue);
  return (
    <CheckboxGroup<C>
      {...rest}
      name={bound.name}
      legend={legend ?? bound.label}
      value={bound.value}
      onChange={bound.onChange}
      error={bound.error}
    />
  );
}

/**
 * For a filter form whose values go to the address and from there to a query: when the query fails with a
 * 400 problem naming the form's fields (a period the server refuses), its errors land on those fields, once
 * per failure. Returns true while they do, so the page shows no second alert for the same failure.
 */
export function useQueryErrorsOnFields<V extends FieldValues>(form: ApiForm<V>, error: unknown): boolean {
  const fields = error ? invalidParamsAsFieldErrors(error, Object.keys(form.labels)) : null;
  const { showFieldErrors: show } = form;
  const latest = useRef(show);
  latest.current = show;
  useEffect(() => {
    if (fields) latest.current(fields);
    // The failure is what changes; the field errors are derived from it.
  }, [error]);
  return fields !== null;
}
