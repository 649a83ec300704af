/** /calls/:id/history (advisor, auditor, admin). */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { useCall } from '@/features/calls/api/get-call';
import { CallHistory } from '@/features/history/components/call-history';

export function CallHistoryRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const call = useCall(id);
  const name = call.data?.title;
  return (
    <>
      <PageHeader title={name ? t('history.titleOf', { name }) : t('history.title')}>
        {call.data && <Link to={`/calls/${id}`}>{t('history.backTo', { name })}</Link>}
      </PageHeader>
      <CallHistory callId={id} />
    </>
  );
}
