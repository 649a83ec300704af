/** The portfolio's totals at a glance: applications, success rate and the money in SEK. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';
import type { PortfolioFigures } from '../api/get-portfolio';
import { MONEY_KEYS } from './money-chart';
import { useSek } from './use-sek';

export function KeyFigures({ figures }: { figures: PortfolioFigures }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { sek } = useSek();
  return (
    <dl className="key-figures" aria-label={t('dashboard.keyFigures')}>
      <div>
        <dt>{t('dashboard.count.applications')}</dt>
        <dd>{format.number(figures.applications)}</dd>
      </div>
      <div>
        <dt>{t('dashboard.count.successRatePercent')}</dt>
        <dd>{figures.successRatePercent === null ? '–' : format.percent(figures.successRatePercent)}</dd>
      </div>
      {MONEY_KEYS.map((key) => (
        <div key={key}>
          <dt>{t(`dashboard.money.${key}`)}</dt>
          <dd>{sek(figures[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
