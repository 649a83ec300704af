/** An application's status as a labelled badge (text, not colour alone). */
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '@/lib/api/types';

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  const warning = status === 'REJECTED' || status === 'WITHDRAWN';
  return <span className={warning ? 'badge badge--warning' : 'badge'}>{t(`applicationStatus.${status}`)}</span>;
}
