/** The partnership as it was submitted (lead partner first): organisation, country, PIC, role. */
import { useTranslation } from 'react-i18next';
import type { ApplicationContent } from '@/lib/api/types';
import { countryName } from '@/lib/i18n/countries';
import { useFormat } from '@/lib/i18n/format';

export function SubmittedPartners({ partners }: { partners: ApplicationContent['partners'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (partners.length === 0) return <p>{t('applications.partnershipEmpty')}</p>;
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('applications.partnershipCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('applications.partnerOrganisation')}</th>
            <th scope="col">{t('applications.partnerCountry')}</th>
            <th scope="col">PIC</th>
            <th scope="col">{t('applications.partnerRole')}</th>
          </tr>
        </thead>
        <tbody>
          {partners.map((partner, index) => (
            <tr key={`${partner.legalName}-${index}`}>
              <td>{partner.legalName}</td>
              <td>{partner.country ? countryName(partner.country, format.language) : '–'}</td>
              <td>{partner.pic || '–'}</td>
              <td>{t(`partnerRole.${partner.role}`, { defaultValue: partner.role })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
