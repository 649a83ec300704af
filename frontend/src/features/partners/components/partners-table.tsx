/** Organisations of the register as a table, sortable by name, country, type and EU projects. */
import { useTranslation } from 'react-i18next';
import { SortableHeader } from '@/components/sortable-header';
import type { PartnerView } from '@/lib/api/types';
import { countryName } from '@/lib/i18n/countries';
import { useFormat } from '@/lib/i18n/format';
import { OrganisationName } from '@/components/organisation-name';

interface PartnersTableProps {
  partners: PartnerView[];
  sort: string;
  onSort: (sort: string) => void;
  caption: string;
}

export function PartnersTable({ partners, sort, onSort, caption }: PartnersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <SortableHeader field="legalName" label={t('partners.legalName')} sort={sort} onSort={onSort} />
            <SortableHeader field="country" label={t('partners.country')} sort={sort} onSort={onSort} />
            <th scope="col">{t('partners.city')}</th>
            <SortableHeader field="type" label={t('partners.type')} sort={sort} onSort={onSort} />
            <SortableHeader field="projectsCount" label={t('partners.projectsCount')} sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.id}>
              <td>
                <OrganisationName id={partner.id} legalName={partner.legalName} englishName={partner.englishName} twinTown={partner.twinTown} />
              </td>
              <td>{partner.country ? countryName(partner.country, format.language) : '–'}</td>
              <td>{partner.city || '–'}</td>
              <td>{t(`organisationType.${partner.type}`)}</td>
              <td className="numeric">
                {format.number(partner.projectsCount)}
                {partner.coordinatedCount > 0 && (
                  <span className="muted"> {t('partners.coordinatedCount', { count: partner.coordinatedCount })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
