/** A rule set, readable: cost categories, flat rates with their maximum, co-financing, reporting and retention. */
import { useTranslation } from 'react-i18next';
import type { RuleSet } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function RuleSetDetails({ rules }: { rules: RuleSet }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="details">
      <dt>{t('rules.costCategories')}</dt>
      <dd>
        {rules.costCategories.length === 0 ? (
          t('rules.none')
        ) : (
          <ul className="plain-list">
            {rules.costCategories.map((category) => (
              <li key={category}>{t(`costCategory.${category}`)}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('rules.flatRates')}</dt>
      <dd>
        {rules.flatRates.length === 0 ? (
          t('rules.noFlatRates')
        ) : (
          <ul className="plain-list">
            {rules.flatRates.map((rate) => (
              <li key={rate.type}>
                {t(`flatRateType.${rate.type}`)}: {t('rules.atMost', { value: format.percent(rate.maxPercent) })}
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('rules.maxCoFinancingPercent')}</dt>
      <dd>{t('rules.atMost', { value: format.percent(rules.maxCoFinancingPercent) })}</dd>
      <dt>{t('rules.currencyConversion')}</dt>
      <dd>{t(`currencyConversion.${rules.currencyConversion}`)}</dd>
      <dt>{t('rules.reportingPeriodMonths')}</dt>
      <dd>{t('rules.months', { count: rules.reportingPeriodMonths })}</dd>
      <dt>{t('rules.retentionYears')}</dt>
      <dd>{t('rules.years', { count: rules.retentionYears })}</dd>
      <dt>{t('rules.stateAidRetentionYears')}</dt>
      <dd>{t('rules.years', { count: rules.stateAidRetentionYears })}</dd>
      <dt>{t('rules.eligibleUntil')}</dt>
      <dd>{rules.eligibleUntil ? format.date(rules.eligibleUntil) : t('rules.noEligibleUntil')}</dd>
    </dl>
  );
}
