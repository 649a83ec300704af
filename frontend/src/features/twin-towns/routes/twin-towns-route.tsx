/** /twin-towns: the twin towns with their agreements and the size of their cooperation log. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { countryName } from '@/lib/i18n/countries';
import { useFormat } from '@/lib/i18n/format';
import { useTwinTowns } from '../api/twin-towns';

export function TwinTownsRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const towns = useTwinTowns();
  const { canWriteTwinTowns } = usePermissions();
  return (
    <>
      <PageHeader
        title={t('twinTowns.title')}
        actions={
          canWriteTwinTowns && (
            <Link className="button" to="/twin-towns/new">
              {t('twinTowns.create')}
            </Link>
          )
        }
      >
        <p className="lead">{t('twinTowns.intro')}</p>
      </PageHeader>
      <Notice />
      {towns.isPending ? (
        <Loading />
      ) : towns.isError ? (
        <ProblemAlert error={towns.error} />
      ) : towns.data.length === 0 ? (
        <p>{t('twinTowns.none')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('twinTowns.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('twinTowns.name')}</th>
                <th scope="col">{t('twinTowns.country')}</th>
                <th scope="col">{t('twinTowns.agreement')}</th>
                <th scope="col">{t('twinTowns.signedOn')}</th>
                <th scope="col" className="numeric">{t('twinTowns.activities')}</th>
                <th scope="col">{t('twinTowns.lastActivity')}</th>
              </tr>
            </thead>
            <tbody>
              {towns.data.map((town) => (
                <tr key={town.id}>
                  <td>
                    <Link to={`/twin-towns/${town.id}`}>{town.name}</Link>
                  </td>
                  <td>{countryName(town.country, format.language)}</td>
                  <td>{t(`agreementKind.${town.agreementKind}`)}</td>
                  <td>{format.date(town.signedOn)}</td>
                  <td className="numeric">{format.number(town.activities)}</td>
                  <td>{format.date(town.lastActivityOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
