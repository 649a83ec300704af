/** A unit's properties as a description list. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UnitView } from '@/lib/api/types';

export function UnitDetails({ unit }: { unit: UnitView }) {
  const { t } = useTranslation();
  return (
    <dl className="details">
      <dt>{t('units.code')}</dt>
      <dd>{unit.code}</dd>
      <dt>{t('units.name')}</dt>
      <dd>{unit.name}</dd>
      <dt>{t('units.type')}</dt>
      <dd>{t(`unitType.${unit.type}`)}</dd>
      <dt>{t('units.parent')}</dt>
      <dd>{unit.parentId ? <Link to={`/units/${unit.parentId}`}>{unit.parentName ?? unit.parentId}</Link> : '–'}</dd>
      <dt>{t('common.status')}</dt>
      <dd>{unit.active ? t('common.active') : t('common.inactive')}</dd>
    </dl>
  );
}
