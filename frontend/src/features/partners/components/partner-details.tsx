/** An organisation's register entry: names, place, type, identifiers, expertise, languages, networks. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerView } from '@/lib/api/types';
import { countryName, languageName } from '@/lib/i18n/countries';
import { useFormat } from '@/lib/i18n/format';
import { TagList } from './tag-list';

export function PartnerDetails({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = [partner.city, partner.region].filter(Boolean).join(', ');
  return (
    <>
      {partner.description && <p className="lead pre-line">{partner.description}</p>}
      <dl className="details">
        <dt>{t('partners.englishName')}</dt>
        <dd>{partner.englishName || '–'}</dd>
        <dt>{t('partners.country')}</dt>
        <dd>{partner.country ? `${countryName(partner.country, format.language)} (${partner.country})` : '–'}</dd>
        <dt>{t('partners.place')}</dt>
        <dd>{place || '–'}</dd>
        <dt>{t('partners.type')}</dt>
        <dd>{t(`organisationType.${partner.type}`)}</dd>
        <dt>{t('partners.pic')}</dt>
        <dd>{partner.pic || '–'}</dd>
        <dt>{t('partners.vatNumber')}</dt>
        <dd>{partner.vatNumber || '–'}</dd>
        <dt>{t('partners.website')}</dt>
        <dd>
          {partner.website ? (
            <a href={partner.website} target="_blank" rel="noreferrer">
              {partner.website}
              <span className="visually-hidden"> {t('common.opensInNewWindow')}</span>
            </a>
          ) : (
            '–'
          )}
        </dd>
        <dt>{t('partners.twinTown')}</dt>
        <dd>{partner.twinTown ? t('partners.isTwinTown') : t('common.no')}</dd>
        <dt>{t('partners.networks')}</dt>
        <dd>
          <TagList
            label={t('partners.networks')}
            items={partner.networks.map((network) => (
              <Link to={`/partners?${new URLSearchParams({ network }).toString()}`} aria-label={t('partners.networkLink', { network })}>
                {network}
              </Link>
            ))}
          />
        </dd>
        <dt>{t('partners.expertise')}</dt>
        <dd>
          <TagList label={t('partners.expertise')} items={partner.expertise} />
        </dd>
        <dt>{t('partners.languages')}</dt>
        <dd>
          <TagList label={t('partners.languages')} items={partner.languages.map((code) => `${languageName(code, format.language)} (${code})`)} />
        </dd>
        <dt>{t('partners.projectsCount')}</dt>
        <dd>
          {format.number(partner.projectsCount)}
          {partner.coordinatedCount > 0 && ` ${t('partners.coordinatedCount', { count: partner.coordinatedCount })}`}
        </dd>
      </dl>
    </>
  );
}
