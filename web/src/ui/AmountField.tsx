// The one input for an amount in euros: a text box (no type="number", which refuses "2.450,00" and reads
// the browser's locale), typed the Dutch way and read by parseAmount; after leaving the field a readable
// amount is written back as "2.450,00". The form checks it with checkEuroInput and amountProblemMessage.
import type { FieldValues } from 'react-hook-form';
import type { I18n } from '../app/i18n.tsx';
import { useI18n } from '../app/i18n.tsx';
import { centsToInputText, parseAmount } from './amount.ts';
import { inSentence } from './checks.ts';
import { TextField, type TextFieldProps } from './fields.tsx';
import { useBound, type Bound } from './form.tsx';
import type { EuroInputCheck } from './money.ts';

type T = Pick<I18n, 't'>;

/** The message for an amount checkEuroInput refused; `negative` words not_positive for fields that allow zero. */
export function amountProblemMessage(
  check: Exclude<EuroInputCheck, { cents: number }>,
  label: string,
  i: T,
  options: { allowZero?: boolean } = {},
): string {
  switch (check.problem) {
    case 'required':
      return i.t('form.required', { label: inSentence(label) });
    case 'too_many_decimals':
      return i.t('form.amountTooManyDecimals');
    case 'not_positive':
      return options.allowZero ? i.t('form.amountNegative') : i.t('form.amountNotPositive');
    case 'ambiguous': {
      const thousands = centsToInputText(check.thousandsCents).replace(/,00$/, '');
      return check.decimalCents === null
        ? i.t('form.amountAmbiguousThousands', { thousands })
        : i.t('form.amountAmbiguous', { decimal: centsToInputText(check.decimalCents), thousands });
    }
    default:
      return i.t('form.amountInvalid');
  }
}

export type AmountFieldProps = Omit<TextFieldProps, 'type' | 'inputMode' | 'min' | 'max' | 'step' | 'pattern'>;

export function AmountField({ description, width = 'sm', onChange, value, ...rest }: AmountFieldProps) {
  const { t } = useI18n();
  return (
    <TextField
      {...rest}
      value={value}
      onChange={onChange}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      width={width}
      description={description ?? t('form.amountHint')}
      onBlur={() => {
        const parsed = parseAmount(value);
        if (parsed.ok && value.trim() !== '') {
          const tidy = centsToInputText(parsed.cents);
          if (tidy !== value) onChange(tidy);
        }
      }}
    />
  );
}

export function FormAmountField<V extends FieldValues>({ form, name, label, onValue, ...rest }: Bound<V, string, AmountFieldProps>) {
  const bound = useBound<V, string>(form, name, onValue);
  return (
    <AmountField
      {...rest}
      name={bound.name}
      label={label ?? bound.label}
      value={bound.value}
      onChange={bound.onChange}
      error={bound.error}
    />
  );
}
