/** /units/:id: a unit's details and its contact persons. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { UnitContacts } from '@/features/contacts/components/unit-contacts';
import { useUnit } from '@/features/units/api/get-unit';
import { DeleteUnitButton } from '@/features/units/components/delete-unit-button';
import { UnitDetails } from '@/features/units/components/unit-details';
import { usePermissions } from '@/lib/auth/me-context';

export function UnitDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const permissions = usePermissions();
  const unit = useUnit(id);
  if (unit.isPending) return <Loading />;
  if (unit.isError)
    return (
      <>
        <PageHeader title={t('units.detailTitle')} />
        <ProblemAlert error={unit.error} />
      </>
    );
  const data = unit.data;
  return (
    <>
      <PageHeader
        title={data.name}
        actions={
          <>
            {permissions.canWriteUnits && (
              <Link className="button" to={`/units/${data.id}/edit`}>
                {t('common.edit')}
              </Link>
            )}
            {permissions.canWriteUnits && <DeleteUnitButton unit={data} />}
            {permissions.canSeeHistory && (
              <Link className="button button--secondary" to={`/units/${data.id}/history`}>
                {t('history.link')}
              </Link>
            )}
          </>
        }
      />
      <Notice />
      <UnitDetails unit={data} />
      <UnitContacts unitId={data.id} unitName={data.name} />
    </>
  );
}
