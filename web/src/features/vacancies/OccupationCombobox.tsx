/**
 * Occupation picker: the WAI-ARIA 1.2 combobox pattern with a listbox popup ("list autocomplete",
 * focus stays in the text box, the active option is pointed to with aria-activedescendant).
 * Type at least two letters: it searches ESCO's Dutch preferred and alternative labels as you type.
 * Keys: ↓/↑ open the list and move, Enter chooses, Escape closes (a second Escape clears), Tab leaves.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { api, call, type Occupation } from '../../api/index.ts';
import { useI18n } from '../../app/i18n.tsx';
import { fieldId } from '../../ui/fields.tsx';
import './one-stop-shop.css';

const MIN_CHARS = 2;
const DEBOUNCE_MS = 200;

interface OccupationComboboxProps {
  name: string;
  label: string;
  description?: string;
  error?: string | undefined;
  required?: boolean;
  value: Occupation | null;
  onChange: (value: Occupation | null) => void;
  /** For adding to a list: after a choice the text box empties again (and shows no "chosen" line). */
  clearOnChoose?: boolean;
}

function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function OccupationCombobox({ name, label, description, error, required, value, onChange, clearOnChoose }: OccupationComboboxProps) {
  const { t } = useI18n();
  const id = fieldId(name);
  const listboxId = `${id}-listbox`;
  const statusId = useId();
  const chosenId = `${id}-chosen`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useDebounced(text.trim(), DEBOUNCE_MS);
  const searching = q.length >= MIN_CHARS && (!value || value.label !== text);

  const results = useQuery({
    queryKey: ['occupations', q],
    queryFn: ({ signal }) => call(api.GET('/api/v1/occupations', { params: { query: { q, limit: 20 } }, signal })),
    enabled: searching,
    staleTime: 10 * 60_000,
    placeholderData: keepPreviousData,
  });
  const options = searching ? (results.data ?? []) : [];
  const expanded = open && options.length > 0;

  // Keep the active option in view while moving with the arrow keys.
  useEffect(() => {
    if (!expanded || active < 0) return;
    document.getElementById(`${listboxId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, expanded, listboxId]);

  const choose = (occupation: Occupation) => {
    onChange(occupation);
    setText(clearOnChoose ? '' : occupation.label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        setActive((i) => (options.length === 0 ? -1 : Math.min(i + 1, options.length - 1)));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) setOpen(true);
        setActive((i) => (options.length === 0 ? -1 : i <= 0 ? options.length - 1 : i - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0 && options[active]) {
          event.preventDefault();
          choose(options[active]);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
          onChange(null);
        }
        break;
      case 'Tab':
        setOpen(false);
        break;
      default:
        break;
    }
  };

  let status = '';
  if (text.trim().length > 0 && text.trim().length < MIN_CHARS && !value) status = t('occupation.typeMore', { min: MIN_CHARS });
  else if (searching && results.isFetching && options.length === 0) status = t('app.loading');
  else if (searching && results.isSuccess && open) {
    status =
      options.length === 0
        ? t('occupation.noResults')
        : t(options.length === 1 ? 'occupation.oneResult' : 'occupation.results', { count: options.length });
  }

  const describedBy = [description ? `${id}-description` : '', value ? chosenId : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <div className={`utrecht-form-field utrecht-form-field--text wp-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div className="utrecht-form-field__description">
          <div className="utrecht-form-field-description" id={`${id}-description`}>
            {description}
          </div>
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field__error-message">
          <p className="utrecht-form-field-error-message wp-error-message" id={`${id}-error`}>
            <span className="wp-visually-hidden">{t('form.errorPrefix')}: </span>
            {error}
          </p>
        </div>
      ) : null}
      <div className="utrecht-form-field__input">
        <div className="utrecht-combobox wp-combobox">
          <input
            ref={inputRef}
            id={id}
            name={name}
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listboxId}
            aria-activedescendant={expanded && active >= 0 ? `${listboxId}-${active}` : undefined}
            aria-required={required || undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy || undefined}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
              setActive(-1);
              if (value) onChange(null);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
            onClick={() => setOpen(true)}
            className={[
              'utrecht-textbox utrecht-textbox--html-input wp-input wp-input--lg',
              error && 'utrecht-textbox--invalid',
              required && 'utrecht-textbox--required',
            ]
              .filter(Boolean)
              .join(' ')}
          />
          <div
            className={`utrecht-combobox__popover utrecht-combobox__popover--block-end${expanded ? '' : ' utrecht-combobox__popover--hidden'}`}
          >
            <ul id={listboxId} role="listbox" aria-label={t('occupation.listLabel')} className="utrecht-listbox utrecht-listbox--html-div">
              {expanded
                ? options.map((o, index) => (
                    <li
                      key={o.uri}
                      id={`${listboxId}-${index}`}
                      role="option"
                      aria-selected={index === active}
                      className={`utrecht-listbox__option utrecht-listbox__option--html-li${index === active ? ' utrecht-listbox__option--active' : ''}`}
                      // Keep focus in the text box: choose on mousedown's click without blurring.
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => choose(o)}
                      onMouseMove={() => setActive(index)}
                    >
                      {o.label}
                      <span className="wp-option-meta">
                        {o.matchedLabel && o.matchedLabel !== o.label ? `${t('occupation.alsoKnownAs', { label: o.matchedLabel })} · ` : ''}
                        {t('occupation.isco', { code: o.iscoCode })}
                      </span>
                    </li>
                  ))
                : null}
            </ul>
          </div>
        </div>
        <div role="status" className="wp-visually-hidden" id={statusId}>
          {status}
        </div>
        {value ? (
          <p className="utrecht-paragraph wp-combobox__chosen" id={chosenId}>
            {t('occupation.chosen', { label: value.label, code: value.iscoCode })}
          </p>
        ) : null}
      </div>
    </div>
  );
}
