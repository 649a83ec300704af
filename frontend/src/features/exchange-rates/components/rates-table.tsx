/** The rates as a sortable table: month, currency, units per euro, source and who recorded it. */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { SortableHeader } from '@/components/sortable-header';
import { useFormat } from '@/lib/i18n/format';
import type { ExchangeRateView } from '../api/rate-types';
import { useRateFormat } from './rate-format';

interface RatesTableProps {
  rates: ExchangeRateView[];
  sort: string;
  onSort: (sort: string) => void;
  /** Advisors and admins get a link to change each rate. */
  canWrite: boolean;
}

export function RatesTable({ rates, sort, onSort, canWrite }: RatesTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rateFormat = useRateFormat();
  // The edit page returns to the list as it was: its filters, sort and page.
  const { search } = useLocation();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('exchangeRates.listCaption')}</caption>
        <thead>
          <tr>
            <SortableHeader field="month" label={t('exchangeRates.month')} sort={sort} onSort={onSort} />
            <SortableHeader field="currency" label={t('exchangeRates.currency')} sort={sort} onSort={onSort} />
            <SortableHeader field="unitsPerEur" label={t('exchangeRates.unitsPerEur')} sort={sort} onSort={onSort} />
            <th scope="col">{t('exchangeRates.source')}</th>
            <th scope="col">{t('exchangeRates.updated')}</th>
            {canWrite && <th scope="col">{t('common.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rates.map((rate) => (
            <tr key={`${rate.currency}-${rate.month}`}>
              <td>{rateFormat.month(rate.month)}</td>
              <td>{rate.currency}</td>
              <td className="numeric">{rateFormat.rate(rate.unitsPerEur)}</td>
              <td>{rate.source ?? '–'}</td>
              <td>
                {format.dateTime(rate.updatedAt)}
                {rate.updatedByName && <>, {rate.updatedByName}</>}
              </td>
              {canWrite && (
                <td>
                  <Link
                    to={`/exchange-rates/${rate.currency}/${rate.month}`}
                    state={{ listSearch: search }}
                    aria-label={t('exchangeRates.editRateOf', { currency: rate.currency, month: rateFormat.month(rate.month) })}
                  >
                    {t('common.edit')}
                  </Link>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
