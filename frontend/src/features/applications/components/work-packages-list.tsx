/** Work packages read-only: heading, description, activities and deliverables. */
import { useTranslation } from 'react-i18next';
import type { WorkPackage } from '@/lib/api/types';

export function WorkPackagesList({ workPackages }: { workPackages: WorkPackage[] }) {
  const { t } = useTranslation();
  if (workPackages.length === 0) return <p>{t('applications.noWorkPackages')}</p>;
  return (
    <ol className="plain-list">
      {workPackages.map((workPackage, index) => (
        <li key={index}>
          <h4>
            {t('applications.workPackage', { number: index + 1 })}: {workPackage.title}
          </h4>
          {workPackage.description && <p className="pre-line">{workPackage.description}</p>}
          <dl className="details">
            <dt>{t('applications.activities')}</dt>
            <dd>{workPackage.activities.length === 0 ? '–' : <ul>{workPackage.activities.map((item, at) => <li key={at}>{item}</li>)}</ul>}</dd>
            <dt>{t('applications.deliverables')}</dt>
            <dd>{workPackage.deliverables.length === 0 ? '–' : <ul>{workPackage.deliverables.map((item, at) => <li key={at}>{item}</li>)}</ul>}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
