/** /notifications: the user's notifications, newest first (each opens what it is about, or is marked read); below, their reminder choices. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { NotificationView } from '@/lib/api/types';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { NotificationItem } from '../components/notification-item';
import { ReminderPreferences } from '../components/reminder-preferences';

export function NotificationsRoute() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const marking = useMarkNotificationRead();
  const [message, setMessage] = useState('');

  const markRead = async (notification: NotificationView) => {
    setMessage('');
    await marking.mutateAsync(notification.id);
    setMessage(t('notifications.markedRead'));
  };
  // The page is left right away; the notice is marked read meanwhile and the unread count follows.
  const open = (notification: NotificationView) => {
    if (notification.readAt === null) marking.mutate(notification.id);
  };

  return (
    <>
      <PageHeader title={t('notifications.title')}>
        <p className="lead">{t('notifications.intro')}</p>
      </PageHeader>
      {/* Always present, so that screen readers announce each new message. */}
      <div role="status">{message && <p className="alert alert--success">{message}</p>}</div>
      <ProblemAlert error={marking.error} />
      {notifications.isPending ? (
        <Loading />
      ) : notifications.isError ? (
        <ProblemAlert error={notifications.error} />
      ) : notifications.data.length === 0 ? (
        <p>{t('notifications.none')}</p>
      ) : (
        <ol className="notifications" aria-label={t('notifications.title')}>
          {notifications.data.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onOpen={open}
              onMarkRead={markRead}
              marking={marking.isPending && marking.variables === notification.id}
            />
          ))}
        </ol>
      )}
      <ReminderPreferences />
    </>
  );
}
