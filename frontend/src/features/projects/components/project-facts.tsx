/** A project's facts: unit, project period, granted EU amount (in the budget's currency), status and its application. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useBudgetCurrency } from '../api/get-budget-currency';
import { formatAmount } from '../format-amount';

export function ProjectFacts({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const format = useFormat();
  // The EU share granted, in the budget's currency.
  const currency = useBudgetCurrency(project.applicationId);
  return (
    <dl className="details">
      <dt>{t('projects.unit')}</dt>
      <dd>{project.unitName}</dd>
      <dt>{t('projects.period')}</dt>
      <dd>{project.periodStart ? `${format.date(project.periodStart)} – ${format.date(project.periodEnd)}` : t('projects.noPeriod')}</dd>
      <dt>{t('projects.granted')}</dt>
      <dd data-testid="granted">{`${formatAmount(project.grantedAmount, format.language)}${currency ? `\u00a0${currency}` : ''}`}</dd>
      <dt>{t('common.status')}</dt>
      <dd>{t(`projects.status.${project.status}`)}</dd>
      <dt>{t('projects.application')}</dt>
      <dd>
        <Link to={`/applications/${project.applicationId}`}>{t('projects.openApplication')}</Link>
      </dd>
    </dl>
  );
}
