import { Button } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../app/i18n.tsx';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal built on the native <dialog> element: the browser traps focus, makes the page inert and
 * closes on Escape. Focus returns to the element that opened it.
 */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocus = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      const el = returnFocus.current;
      if (el instanceof HTMLElement && el.isConnected) el.focus();
      else document.querySelector<HTMLElement>('main h1')?.focus();
      onClose();
    };
    dialog.addEventListener('close', handleClose);
    return () => dialog.removeEventListener('close', handleClose);
  }, [onClose]);

  return (
    <dialog ref={ref} className="wp-dialog" aria-labelledby={titleId}>
      {open ? (
        <>
          <h2 className="utrecht-heading-2" id={titleId}>
            {title}
          </h2>
          {children}
        </>
      ) : null}
    </dialog>
  );
}

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  /** The confirm button in the danger colour (removing, ending); false for a confirmation that is not (signing). */
  destructive?: boolean;
}

export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
  destructive = true,
}: ConfirmDialogProps) {
  const { t } = useI18n();
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      <p className="utrecht-paragraph">{message}</p>
      {error}
      <div className="wp-button-row">
        <Button
          appearance="primary-action-button"
          {...(destructive ? { hint: 'danger' as const } : {})}
          onClick={onConfirm}
          disabled={busy}
          aria-disabled={busy || undefined}
        >
          {confirmLabel}
        </Button>
        <Button appearance="secondary-action-button" onClick={onCancel} autoFocus>
          {t('app.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
