import { Button } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useI18n } from '../app/i18n.tsx';

interface SubmitButtonProps {
  children: ReactNode;
  busy?: boolean;
  busyLabel?: string;
  appearance?: 'primary' | 'secondary';
}

/**
 * A submit button that stays focusable while busy (aria-disabled instead of disabled, so keyboard focus
 * is not lost); forms must ignore submits while busy. The status text is announced politely.
 */
export function SubmitButton({ children, busy, busyLabel, appearance = 'primary' }: SubmitButtonProps) {
  const { t } = useI18n();
  return (
    <div className="wp-button-row">
      <Button
        type="submit"
        appearance={appearance === 'primary' ? 'primary-action-button' : 'secondary-action-button'}
        busy={busy}
        aria-disabled={busy || undefined}
      >
        {children}
      </Button>
      <span role="status" className="wp-busy">
        {busy ? (busyLabel ?? t('app.saving')) : ''}
      </span>
    </div>
  );
}
