// Checkbox comes typed from @utrecht/checkbox-react. Textbox, Select and Textarea are written out with the
// Utrecht class names: the library's .d.ts re-exports them from extensionless local paths, which NodeNext
// resolution cannot follow (they would be typed `any`). Same markup and CSS either way.
import { Checkbox } from '@utrecht/component-library-react';
import { useEffect, useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { isoToDateText, parseDateText } from './dateText.ts';

/** The DOM id of a form control for a (dotted) field name; error summaries link to it. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

interface FieldBaseProps {
  /** Dotted field path, e.g. "address.postcode"; matches invalidParams[].name from the server. */
  name: string;
  label: string;
  error?: string | undefined;
  description?: ReactNode;
  /** Marks the control required for assistive technology (no native browser validation). */
  required?: boolean;
  /** Shows "(niet verplicht)" after the label. */
  optional?: boolean;
  className?: string;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function FieldShell(props: {
  id: string;
  label: string;
  optional?: boolean | undefined;
  description?: ReactNode;
  error?: string | undefined;
  type?: 'text' | 'checkbox';
  className?: string | undefined;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const invalid = Boolean(props.error);
  const classes = [
    'utrecht-form-field',
    props.type === 'checkbox' ? 'utrecht-form-field--checkbox' : 'utrecht-form-field--text',
    invalid && 'utrecht-form-field--invalid',
    'wp-field',
    props.className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={classes}>
      <div className="utrecht-form-field__label">
        <label className={`utrecht-form-label${props.type === 'checkbox' ? ' utrecht-form-label--checkbox' : ''}`} htmlFor={props.id}>
          {props.label}
          {props.optional ? <span className="wp-optional"> {t('app.optional')}</span> : null}
        </label>
      </div>
      {props.description ? (
        <div className="utrecht-form-field__description">
          <div className="utrecht-form-field-description" id={`${props.id}-description`}>
            {props.description}
          </div>
        </div>
      ) : null}
      {invalid ? (
        <div className="utrecht-form-field__error-message">
          <p className="utrecht-form-field-error-message wp-error-message" id={`${props.id}-error`}>
            <span className="wp-visually-hidden">{t('form.errorPrefix')}: </span>
            {props.error}
          </p>
        </div>
      ) : null}
      <div className="utrecht-form-field__input">{props.children}</div>
    </div>
  );
}

type TextInputAttrs = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'autoComplete' | 'inputMode' | 'maxLength' | 'min' | 'max' | 'step' | 'spellCheck' | 'placeholder' | 'autoFocus' | 'pattern' | 'onBlur'
>;

export interface TextFieldProps extends FieldBaseProps, TextInputAttrs {
  value: string;
  onChange: (value: string) => void;
  /**
   * 'date' is not the browser's date input (it shows mm/dd/yyyy in an English Chromium): a text box for
   * dd-mm-jjjj with that hint. The value stays ISO yyyy-mm-dd once the text is a valid date; until then it
   * is the text as typed, so the form's isIsoDate check refuses it.
   */
  type?: 'text' | 'email' | 'password' | 'date' | 'time' | 'number' | 'tel' | 'search' | 'url';
  /** Visual width hint: xs (4ch), sm (10ch), md (20ch), lg (full). */
  width?: 'xs' | 'sm' | 'md' | 'lg';
}

export function TextField({
  name,
  label,
  error,
  description,
  required,
  optional,
  className,
  value,
  onChange,
  type = 'text',
  width = 'lg',
  ...inputAttrs
}: TextFieldProps) {
  const id = fieldId(name);
  const { t } = useI18n();
  const date = useDateText(value, onChange, type === 'date');
  const hint = type === 'date' ? t('form.dateHint') : null;
  const shownDescription = hint ? (
    description ? (
      <>
        {description} ({hint})
      </>
    ) : (
      hint
    )
  ) : (
    description
  );
  if (type === 'date') {
    // No min/max/step on a text box; the form's checks hold the range.
    delete inputAttrs.min;
    delete inputAttrs.max;
    delete inputAttrs.step;
  }
  return (
    <FieldShell id={id} label={label} optional={optional} description={shownDescription} error={error} className={className}>
      <input
        id={id}
        name={name}
        type={type === 'date' ? 'text' : type}
        value={date ? date.text : value}
        dir="auto"
        onChange={(e) => (date ? date.onChange(e.target.value) : onChange(e.target.value))}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(shownDescription ? `${id}-description` : false, error ? `${id}-error` : false)}
        className={[
          'utrecht-textbox utrecht-textbox--html-input wp-input',
          `wp-input--${width}`,
          error && 'utrecht-textbox--invalid',
          required && 'utrecht-textbox--required',
        ]
          .filter(Boolean)
          .join(' ')}
        {...(date ? { autoComplete: 'off', ...inputAttrs, onBlur: date.onBlur } : inputAttrs)}
      />
    </FieldShell>
  );
}

/**
 * The text of a dd-mm-jjjj box and the ISO value of the form behind it: typing a valid date sets the value
 * to its ISO form, other text is passed on as typed; a value set from outside (a reset, a prefill) is shown
 * as dd-mm-jjjj. Leaving the box writes a valid date back as dd-mm-jjjj ("5-1-2027" → "05-01-2027").
 */
function useDateText(value: string, onChange: (value: string) => void, active: boolean) {
  const [text, setText] = useState(() => isoToDateText(value));
  useEffect(() => {
    if (!active) return;
    const parsed = parseDateText(text);
    const current = parsed.ok ? parsed.iso : text.trim();
    if (value !== current) setText(isoToDateText(value));
    // Only a change of the form's value is followed; the text is this box's own.
  }, [value, active]);
  if (!active) return null;
  return {
    text,
    onChange: (next: string) => {
      setText(next);
      const parsed = parseDateText(next);
      onChange(parsed.ok ? parsed.iso : next.trim());
    },
    onBlur: () => {
      const parsed = parseDateText(text);
      if (parsed.ok) setText(isoToDateText(parsed.iso));
    },
  };
}

export interface Option {
  value: string;
  label: string;
}

export interface SelectFieldProps extends FieldBaseProps {
  value: string;
  onChange: (value: string) => void;
  options: readonly Option[];
  /** Text of an empty first option; omit to have none. */
  placeholder?: string;
  autoComplete?: string;
}

export function SelectField({
  name,
  label,
  error,
  description,
  required,
  optional,
  className,
  value,
  onChange,
  options,
  placeholder,
  autoComplete,
}: SelectFieldProps) {
  const id = fieldId(name);
  return (
    <FieldShell id={id} label={label} optional={optional} description={description} error={error} className={className}>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        autoComplete={autoComplete}
        aria-describedby={describedBy(description ? `${id}-description` : false, error ? `${id}-error` : false)}
        className={[
          'utrecht-select utrecht-select--html-select wp-input wp-input--md',
          error && 'utrecht-select--invalid',
          required && 'utrecht-select--required',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        {placeholder !== undefined ? (
          <option className="utrecht-select__option" value="">
            {placeholder}
          </option>
        ) : null}
        {options.map((o) => (
          <option className="utrecht-select__option" key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export interface TextareaFieldProps extends FieldBaseProps {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  maxLength?: number;
}

export function TextareaField({
  name,
  label,
  error,
  description,
  required,
  optional,
  className,
  value,
  onChange,
  rows = 4,
  maxLength,
}: TextareaFieldProps) {
  const id = fieldId(name);
  return (
    <FieldShell id={id} label={label} optional={optional} description={description} error={error} className={className}>
      <textarea
        id={id}
        name={name}
        value={value}
        rows={rows}
        maxLength={maxLength}
        dir="auto"
        onChange={(e) => onChange(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description ? `${id}-description` : false, error ? `${id}-error` : false)}
        className={[
          'utrecht-textarea utrecht-textarea--html-textarea wp-input wp-input--lg',
          error && 'utrecht-textarea--invalid',
          required && 'utrecht-textarea--required',
        ]
          .filter(Boolean)
          .join(' ')}
      />
    </FieldShell>
  );
}

export interface CheckboxFieldProps extends Omit<FieldBaseProps, 'required' | 'optional'> {
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckboxField({ name, label, error, description, className, checked, onChange }: CheckboxFieldProps) {
  const id = fieldId(name);
  return (
    <FieldShell id={id} label={label} description={description} error={error} type="checkbox" className={className}>
      <Checkbox
        id={id}
        name={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        invalid={Boolean(error)}
        aria-describedby={describedBy(description ? `${id}-description` : false, error ? `${id}-error` : false)}
      />
    </FieldShell>
  );
}

export interface CheckboxGroupProps<V extends string> {
  name: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  error?: string | undefined;
  description?: ReactNode;
  optional?: boolean;
}

/** A fieldset of checkboxes. The first checkbox carries fieldId(name) so error links land on it. */
export function CheckboxGroup<V extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  error,
  description,
  optional,
}: CheckboxGroupProps<V>) {
  const { t } = useI18n();
  const groupId = `${fieldId(name)}-group`;
  const describedIds = describedBy(description ? `${groupId}-description` : false, error ? `${groupId}-error` : false);
  return (
    <div className={`utrecht-form-fieldset wp-field${error ? ' utrecht-form-fieldset--invalid' : ''}`}>
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedIds}
        aria-invalid={error ? true : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {legend}
          {optional ? <span className="wp-optional"> {t('app.optional')}</span> : null}
        </legend>
        {description ? (
          <div className="utrecht-form-field-description" id={`${groupId}-description`}>
            {description}
          </div>
        ) : null}
        {error ? (
          <p className="utrecht-form-field-error-message wp-error-message" id={`${groupId}-error`}>
            <span className="wp-visually-hidden">{t('form.errorPrefix')}: </span>
            {error}
          </p>
        ) : null}
        {options.map((o, index) => {
          const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${o.value}`;
          const checked = value.includes(o.value);
          return (
            <div className="utrecht-form-field utrecht-form-field--checkbox wp-checkbox-option" key={o.value}>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
                  {o.label}
                </label>
              </div>
              <div className="utrecht-form-field__input">
                <Checkbox
                  id={id}
                  name={name}
                  value={o.value}
                  checked={checked}
                  invalid={Boolean(error)}
                  onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
                />
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
