/** /programmes/:id: a programme and its rule set, with the actions the user's roles allow. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { useProgramme } from '../api/get-programme';
import { DeleteProgrammeButton } from '../components/delete-programme-button';
import { ProgrammeDetails } from '../components/programme-details';

export function ProgrammeDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const permissions = usePermissions();
  const programme = useProgramme(id);
  if (programme.isPending) return <Loading />;
  if (programme.isError)
    return (
      <>
        <PageHeader title={t('programmes.detailTitle')} />
        <ProblemAlert error={programme.error} />
      </>
    );
  const data = programme.data;
  return (
    <>
      <PageHeader
        title={data.name}
        actions={
          <>
            {permissions.canWriteProgrammes && (
              <Link className="button" to={`/programmes/${data.id}/edit`}>
                {t('common.edit')}
              </Link>
            )}
            {permissions.canWriteProgrammes && <DeleteProgrammeButton programme={data} />}
            {permissions.canSeeHistory && (
              <Link className="button button--secondary" to={`/programmes/${data.id}/history`}>
                {t('history.link')}
              </Link>
            )}
          </>
        }
      >
        <p>
          <Link to={`/calls?programmeId=${data.id}`}>{t('programmes.callsLink')}</Link>
        </p>
      </PageHeader>
      <Notice />
      <ProgrammeDetails programme={data} />
    </>
  );
}
