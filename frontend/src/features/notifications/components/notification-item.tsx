/** One notification: what happened and when, a link to it (opening marks it read) and "mark as read". */
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NotificationView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

interface NotificationItemProps {
  notification: NotificationView;
  /** Following the link: the page marks it read on the way. */
  onOpen: (notification: NotificationView) => void;
  /** Resolves once marked; the item then moves focus to its link, as the button goes away. */
  onMarkRead: (notification: NotificationView) => Promise<unknown>;
  marking: boolean;
}

/** Only the portal's own pages are followed. */
function internalLink(link: string | null): string | null {
  return link && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

export function NotificationItem({ notification, onOpen, onMarkRead, marking }: NotificationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const messageId = useId();
  const linkRef = useRef<HTMLAnchorElement>(null);
  const itemRef = useRef<HTMLLIElement>(null);
  const unread = notification.readAt === null;
  const link = internalLink(notification.link);

  const markRead = () =>
    onMarkRead(notification).then(
      () => (linkRef.current ?? itemRef.current)?.focus(),
      () => undefined,
    );

  return (
    <li ref={itemRef} tabIndex={-1} className={unread ? 'notification notification--unread' : 'notification'}>
      <p className="notification__meta">
        {unread && <span className="badge badge--warning">{t('notifications.unread')}</span>}
        {unread && ' '}
        <strong>{t(`notificationKind.${notification.kind}`)}</strong>,{' '}
        <time dateTime={notification.createdAt}>{format.dateTime(notification.createdAt)}</time>
      </p>
      <p id={messageId} className="notification__message">
        {link ? (
          <Link ref={linkRef} to={link} onClick={() => onOpen(notification)}>
            {notification.message}
          </Link>
        ) : (
          notification.message
        )}
      </p>
      {notification.readAt ? (
        <p className="muted">
          {t('notifications.readAt')} <time dateTime={notification.readAt}>{format.dateTime(notification.readAt)}</time>
        </p>
      ) : (
        <button type="button" className="button button--secondary" aria-describedby={messageId} disabled={marking} onClick={() => void markRead()}>
          {t('notifications.markRead')}
        </button>
      )}
    </li>
  );
}
