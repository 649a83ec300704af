/** /programmes/:id/history (advisor, auditor, admin). */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { ProgrammeHistory } from '@/features/history/components/programme-history';
import { useProgramme } from '@/features/programmes/api/get-programme';

export function ProgrammeHistoryRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const programme = useProgramme(id);
  const name = programme.data?.name;
  return (
    <>
      <PageHeader title={name ? t('history.titleOf', { name }) : t('history.title')}>
        {programme.data && <Link to={`/programmes/${id}`}>{t('history.backTo', { name })}</Link>}
      </PageHeader>
      <ProgrammeHistory programmeId={id} />
    </>
  );
}
