import { Button } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { markAllNotificationsRead, markNotificationRead, notificationsQuery, type Notification } from './api.ts';
import './notifications.css';

/**
 * The bell in the header: the number of unread notifications, and on click a list of the newest with
 * links into the app and "Alles gelezen". A disclosure (button with aria-expanded and a panel), closed
 * with Escape or a click elsewhere; focus goes back to the bell.
 */
export function NotificationBell() {
  const { t, formatDateTime } = useI18n();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  const list = useQuery(notificationsQuery());
  const unread = list.data?.unread ?? 0;

  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationsQuery().queryKey });
  const readOne = useMutation({ mutationFn: markNotificationRead, onSettled: refresh });
  const readAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh });

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) root.current?.querySelector<HTMLButtonElement>('.wp-bell__button')?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(true);
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const follow = (event: React.MouseEvent<HTMLAnchorElement>, n: Notification) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return; // a new tab: the browser's
    event.preventDefault();
    if (!n.readAt) readOne.mutate(n.id);
    setOpen(false);
    router.history.push(n.linkPath);
  };

  const label = unread > 0 ? t('notifications.buttonUnread', { count: unread }) : t('notifications.buttonNone');
  const items = list.data?.items ?? [];

  return (
    <div className="wp-bell" ref={root}>
      <Button
        appearance="subtle-button"
        className="wp-header__button wp-bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={label}
        onClick={() => setOpen((v) => !v)}
      >
        <svg className="wp-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
        </svg>
        <span className="wp-bell__text" aria-hidden="true">
          {t('notifications.button')}
        </span>
        {unread > 0 ? (
          <span className="wp-bell__count" aria-hidden="true" data-testid="notification-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </Button>
      <div id={panelId} className="wp-bell__panel" role="region" aria-labelledby={headingId} hidden={!open}>
        <div className="wp-bell__head">
          <h2 id={headingId} className="utrecht-heading-3 wp-bell__title">
            {t('notifications.title')}
          </h2>
          {unread > 0 ? (
            <Button appearance="secondary-action-button" onClick={() => readAll.mutate()} disabled={readAll.isPending}>
              {t('notifications.markAll')}
            </Button>
          ) : null}
        </div>
        {readOne.isError || readAll.isError ? (
          <p className="utrecht-paragraph wp-bell__error" role="alert">
            {t('notifications.markError')}
          </p>
        ) : null}
        {list.isPending ? (
          <p className="utrecht-paragraph">{t('notifications.loading')}</p>
        ) : list.isError ? (
          <p className="utrecht-paragraph wp-bell__error">{t('notifications.loadError')}</p>
        ) : items.length === 0 ? (
          <p className="utrecht-paragraph">{t('notifications.empty')}</p>
        ) : (
          <ul className="wp-bell__list">
            {items.map((n) => (
              <li key={n.id} className={n.readAt ? 'wp-bell__item' : 'wp-bell__item wp-bell__item--unread'}>
                <a href={n.linkPath} className="utrecht-link wp-bell__link" onClick={(e) => follow(e, n)}>
                  {n.readAt ? null : <span className="wp-bell__new">{t('notifications.new')}: </span>}
                  {n.title}
                </a>
                <span className="wp-bell__when">{formatDateTime(n.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
        {list.data && list.data.total > items.length ? (
          <p className="utrecht-paragraph wp-bell__more">{t('notifications.older', { shown: items.length, total: list.data.total })}</p>
        ) : null}
        <Button appearance="subtle-button" className="wp-bell__close" onClick={() => close(true)}>
          {t('notifications.close')}
        </Button>
      </div>
    </div>
  );
}
