/** The start page: what waits for the user (the work list) first, then their units and where to go. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { TaskList } from '@/features/tasks/components/task-list';
import { useMe } from '@/lib/auth/me-context';

export function HomeRoute() {
  const { t } = useTranslation();
  const { me, permissions } = useMe();
  return (
    <>
      <PageHeader title={t('home.title', { name: me.name || me.username })} />
      <TaskList />
      {me.units.length > 0 && (
        <section className="section" aria-labelledby="my-units-title">
          <h2 id="my-units-title">{t('home.myUnits')}</h2>
          <ul>
            {me.units.map((unit) => (
              <li key={unit.id}>
                <Link to={`/units/${unit.id}`}>
                  {unit.name} ({unit.code})
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="section" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t('home.shortcuts')}</h2>
        <ul className="cards">
          <li className="card">
            <Link to="/units">{t('nav.units')}</Link>
            <p>{t('home.unitsText')}</p>
          </li>
          <li className="card">
            <Link to="/contacts">{t('nav.contacts')}</Link>
            <p>{t('home.contactsText')}</p>
          </li>
          <li className="card">
            <Link to="/calls">{t('nav.calls')}</Link>
            <p>{t('home.callsText')}</p>
          </li>
          <li className="card">
            <Link to="/ideas">{t('nav.ideas')}</Link>
            <p>{t('home.ideasText')}</p>
          </li>
          <li className="card">
            <Link to="/applications">{t('nav.applications')}</Link>
            <p>{t('home.applicationsText')}</p>
          </li>
          <li className="card">
            <Link to="/partners">{t('nav.partners')}</Link>
            <p>{t('home.partnersText')}</p>
          </li>
          <li className="card">
            <Link to="/partner-searches">{t('nav.partnerSearches')}</Link>
            <p>{t('home.partnerSearchesText')}</p>
          </li>
          {permissions.canSeeCoverage && (
            <li className="card">
              <Link to="/coverage">{t('nav.coverage')}</Link>
              <p>{t('home.coverageText')}</p>
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
