/** A report's status as a labelled badge (text, not colour alone). */
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '@/lib/api/types';

export function ReportStatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return <span className={status === 'RETURNED' ? 'badge badge--warning' : 'badge'}>{t(`reports.status.${status}`)}</span>;
}
