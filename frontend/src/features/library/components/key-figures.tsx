/** A past project's key figures: EU money, partners, period. */
import { useTranslation } from 'react-i18next';
import type { ResultListItem } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

type Figures = Pick<ResultListItem, 'euAmount' | 'partners' | 'periodStart' | 'periodEnd'>;

export function KeyFigures({ result }: { result: Figures }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="details">
      <div>
        <dt>{t('library.euAmount')}</dt>
        <dd>{result.euAmount == null ? '–' : format.money(result.euAmount, 'EUR')}</dd>
      </div>
      <div>
        <dt>{t('library.partners')}</dt>
        <dd>{format.number(result.partners)}</dd>
      </div>
      <div>
        <dt>{t('library.period')}</dt>
        <dd>
          {format.date(result.periodStart)} – {format.date(result.periodEnd)}
        </dd>
      </div>
    </dl>
  );
}
