/** /external-networks: the networks the International Office takes part in (SEU, EFFEKNET, SEUS…). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { useFormat } from '@/lib/i18n/format';
import { useExternalNetworks } from '../api/external-networks';

export function ExternalNetworksRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const networks = useExternalNetworks();
  const { canWriteTwinTowns } = usePermissions();
  return (
    <>
      <PageHeader
        title={t('externalNetworks.title')}
        actions={
          canWriteTwinTowns && (
            <Link className="button" to="/external-networks/new">
              {t('externalNetworks.create')}
            </Link>
          )
        }
      >
        <p className="lead">{t('externalNetworks.intro')}</p>
      </PageHeader>
      <Notice />
      {networks.isPending ? (
        <Loading />
      ) : networks.isError ? (
        <ProblemAlert error={networks.error} />
      ) : networks.data.length === 0 ? (
        <p>{t('externalNetworks.none')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('externalNetworks.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('externalNetworks.name')}</th>
                <th scope="col" className="numeric">{t('externalNetworks.members')}</th>
                <th scope="col" className="numeric">{t('externalNetworks.meetings')}</th>
                <th scope="col">{t('externalNetworks.lastMeeting')}</th>
              </tr>
            </thead>
            <tbody>
              {networks.data.map((network) => (
                <tr key={network.id}>
                  <td>
                    <Link to={`/external-networks/${network.id}`}>{network.name}</Link>
                  </td>
                  <td className="numeric">{format.number(network.members)}</td>
                  <td className="numeric">{format.number(network.meetings)}</td>
                  <td>{format.date(network.lastMeetingOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
