import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../app/i18n.tsx';
import { fieldId } from './fields.tsx';
import type { FieldErrors } from './formErrors.ts';

interface ErrorSummaryProps {
  errors: FieldErrors;
  /** Field labels by field name, in the order the fields appear in the form. */
  labels: Record<string, string>;
  /** Changes on every failed submit; the summary takes focus each time. */
  focusKey: number;
}

/**
 * The error summary at the top of a form: a list of links to the invalid fields. It receives focus
 * after a failed submit so screen reader and keyboard users land on it.
 */
export function ErrorSummary({ errors, labels, focusKey }: ErrorSummaryProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const names = Object.keys(errors);
  const order = Object.keys(labels);
  names.sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia === -1 ? order.length : ia) - (ib === -1 ? order.length : ib);
  });

  useEffect(() => {
    if (focusKey > 0 && names.length > 0) ref.current?.focus();
    // Focus only when a submit failed (focusKey changes), not on every render.
  }, [focusKey]);

  if (names.length === 0) return null;

  return (
    <div ref={ref} className="utrecht-alert utrecht-alert--error wp-error-summary" tabIndex={-1} aria-labelledby={headingId} role="group">
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 className="utrecht-heading-2 wp-error-summary__title" id={headingId}>
            {t('form.errorSummary.title')}
          </h2>
          <ul className="utrecht-unordered-list wp-error-summary__list">
            {names.map((name) => {
              const label = labels[name];
              const text = label ? `${label}: ${errors[name]}` : errors[name];
              return (
                <li className="utrecht-unordered-list__item" key={name}>
                  {label ? (
                    <a
                      className="utrecht-link"
                      href={`#${fieldId(name)}`}
                      onClick={(event) => {
                        const target = document.getElementById(fieldId(name));
                        if (!target) return;
                        event.preventDefault();
                        target.focus();
                        target.scrollIntoView({ block: 'center' });
                      }}
                    >
                      {text}
                    </a>
                  ) : (
                    text
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </div>
  );
}
