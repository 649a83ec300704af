/** /calls/:id: a call, its deadline in Brussels and local time, and the rules that apply. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { useCall } from '../api/get-call';
import { useProgrammeOptions } from '@/lib/api/shared-reads';
import { CallDetails } from '../components/call-details';
import { DeleteCallButton } from '../components/delete-call-button';

export function CallDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { canWriteCalls, canSeeHistory } = usePermissions();
  const call = useCall(id);
  const programmes = useProgrammeOptions();
  if (call.isPending) return <Loading />;
  if (call.isError)
    return (
      <>
        <PageHeader title={t('calls.detailTitle')} />
        <ProblemAlert error={call.error} />
      </>
    );
  const data = call.data;
  return (
    <>
      <PageHeader
        title={data.title}
        actions={
          <>
            {canWriteCalls && (
              <Link className="button" to={`/calls/${data.id}/edit`}>
                {t('common.edit')}
              </Link>
            )}
            {canWriteCalls && <DeleteCallButton call={data} />}
            {canSeeHistory && (
              <Link className="button button--secondary" to={`/calls/${data.id}/history`}>
                {t('history.link')}
              </Link>
            )}
          </>
        }
      />
      <Notice />
      <CallDetails call={data} programme={programmes.data?.find((programme) => programme.id === data.programmeId)} />
    </>
  );
}
