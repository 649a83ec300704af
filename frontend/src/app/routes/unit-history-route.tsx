/** /units/:id/history (advisor, auditor, admin). */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { UnitHistory } from '@/features/history/components/unit-history';
import { useUnit } from '@/features/units/api/get-unit';

export function UnitHistoryRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const unit = useUnit(id);
  const name = unit.data?.name;
  return (
    <>
      <PageHeader title={name ? t('history.titleOf', { name }) : t('history.title')}>
        {unit.data && <Link to={`/units/${id}`}>{t('history.backTo', { name })}</Link>}
      </PageHeader>
      <UnitHistory unitId={id} />
    </>
  );
}
