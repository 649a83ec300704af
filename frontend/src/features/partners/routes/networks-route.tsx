/** /partners/networks: the networks of the register (each a link to its organisations) and the twin towns. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { MAX_PAGE_SIZE } from '@/lib/api/types';
import { countryName } from '@/lib/i18n/countries';
import { useFormat } from '@/lib/i18n/format';
import { usePartners } from '../api/get-partners';
import { useNetworks } from '../api/get-networks';
import { OrganisationName } from '@/components/organisation-name';

export function NetworksRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const networks = useNetworks();
  const twinTowns = usePartners({ twinTown: true, size: MAX_PAGE_SIZE, sort: 'legalName' });
  return (
    <>
      <PageHeader title={t('networks.title')}>
        <p className="lead">{t('networks.intro')}</p>
      </PageHeader>
      <section className="section" aria-labelledby="networks-title">
        <h2 id="networks-title">{t('networks.networks')}</h2>
        {networks.isPending ? (
          <Loading />
        ) : networks.isError ? (
          <ProblemAlert error={networks.error} />
        ) : networks.data.length === 0 ? (
          <p>{t('networks.noNetworks')}</p>
        ) : (
          <div className="table-wrapper">
            <table className="table">
              <caption className="visually-hidden">{t('networks.networks')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('networks.name')}</th>
                  <th scope="col">{t('networks.organisations')}</th>
                </tr>
              </thead>
              <tbody>
                {networks.data.map((network) => (
                  <tr key={network.name}>
                    <td>
                      <Link to={`/partners?${new URLSearchParams({ network: network.name }).toString()}`}>{network.name}</Link>
                    </td>
                    <td className="numeric">{format.number(network.organisations)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="section" aria-labelledby="twin-towns-title">
        <div className="section__header">
          <h2 id="twin-towns-title">{t('networks.twinTowns')}</h2>
          <Link to="/partners?twinTown=true">{t('networks.twinTownsInRegister')}</Link>
        </div>
        {twinTowns.isPending ? (
          <Loading />
        ) : twinTowns.isError ? (
          <ProblemAlert error={twinTowns.error} />
        ) : twinTowns.data.items.length === 0 ? (
          <p>{t('networks.noTwinTowns')}</p>
        ) : (
          <ul className="plain-list">
            {twinTowns.data.items.map((town) => (
              <li key={town.id}>
                <OrganisationName id={town.id} legalName={town.legalName} englishName={town.englishName} />
                {town.country && `, ${[town.city, countryName(town.country, format.language)].filter(Boolean).join(', ')}`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
