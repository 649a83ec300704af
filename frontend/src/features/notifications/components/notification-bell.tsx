/** The header's way to the notifications, with the unread count (polled; announced when it changes). */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useFormat } from '@/lib/i18n/format';
import { useUnreadNotifications } from '../api/get-notifications';

export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const unread = useUnreadNotifications();
  const count = unread.data?.length ?? 0;
  const countText = count > 0 ? t('notifications.unreadCount', { count }) : '';
  return (
    <>
      <NavLink
        to="/notifications"
        className="button button--ghost notification-bell"
        // The visible count alone would read as a bare number; the name says what it counts.
        aria-label={count > 0 ? `${t('notifications.title')}, ${countText}` : undefined}
      >
        <svg className="notification-bell__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="18" height="18">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {t('notifications.title')}
        {count > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {format.number(count)}
          </span>
        )}
      </NavLink>
      {/* Always present, so a new unread notification is announced. */}
      <span role="status" className="visually-hidden">
        {countText}
      </span>
    </>
  );
}
