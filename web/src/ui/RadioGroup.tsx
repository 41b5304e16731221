import { useId, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { useI18n } from '../app/i18n.tsx';
import { fieldId } from './fields.tsx';
import { useBound, type Bound } from './form.tsx';
import './RadioGroup.css';

export interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  options: readonly { value: V; label: string; description?: string }[];
  value: V | '';
  onChange: (value: V) => void;
  error?: string | undefined;
  description?: ReactNode;
}

/** A fieldset of radio buttons. The first radio carries fieldId(name), so error-summary links land on it. */
export function RadioGroup<V extends string>({ name, legend, options, value, onChange, error, description }: RadioGroupProps<V>) {
  const { t } = useI18n();
  const groupId = `${fieldId(name)}-group`;
  const uid = useId();
  const describedIds = [description ? `${groupId}-description` : '', error ? `${groupId}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`utrecht-form-fieldset wp-field${error ? ' utrecht-form-fieldset--invalid' : ''}`}>
      <fieldset
        className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
        aria-describedby={describedIds || undefined}
        aria-invalid={error ? true : undefined}
      >
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
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
          const descId = o.description ? `${uid}-${o.value}-desc` : undefined;
          return (
            <div className="utrecht-form-field utrecht-form-field--radio wp-radio-option" key={o.value}>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
                  {o.label}
                </label>
              </div>
              {o.description ? (
                <div className="utrecht-form-field__description">
                  <div className="utrecht-form-field-description wp-muted" id={descId}>
                    {o.description}
                  </div>
                </div>
              ) : null}
              <div className="utrecht-form-field__input">
                <input
                  type="radio"
                  id={id}
                  name={name}
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                  aria-describedby={descId}
                  className={`utrecht-radio-button utrecht-radio-button--html-input${error ? ' utrecht-radio-button--invalid' : ''}`}
                />
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** A RadioGroup bound to a field of a useApiForm form; the legend defaults to the form's label. */
export function FormRadioGroup<V extends FieldValues, C extends string>({
  form,
  name,
  legend,
  onValue,
  ...rest
}: Omit<Bound<V, C | '', RadioGroupProps<C>>, 'legend' | 'onValue'> & { legend?: string; onValue?: (value: C) => void }) {
  const bound = useBound<V, C | ''>(form, name, onValue as ((value: C | '') => void) | undefined);
  return (
    <RadioGroup<C>
      {...rest}
      name={bound.name}
      legend={legend ?? bound.label}
      value={bound.value}
      onChange={bound.onChange}
      error={bound.error}
    />
  );
}
