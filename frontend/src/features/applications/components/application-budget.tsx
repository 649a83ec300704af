/** The application page's budget section: the total and EU share with a link to the budget, or "Skapa budget" for those who may. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/problem-alert';
import { Loading } from '@/components/loading';
import type { ApplicationView } from '@/lib/api/types';
import { localeOf } from '@/lib/i18n/format';
import { useApplicationBudget } from '../api/get-application-budget';

function amount(value: number, currency: string, language: string): string {
  return `${new Intl.NumberFormat(localeOf(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)}\u00a0${currency}`;
}

export function ApplicationBudget({ application, canEdit }: { application: ApplicationView; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const budget = useApplicationBudget(application.id);
  const to = `/applications/${application.id}/budget`;
  if (budget.isPending) return <Loading />;
  if (budget.isError) return <ProblemAlert error={budget.error} />;
  if (!budget.data) {
    if (!application.callId) return <p>{canEdit ? t('applications.budgetNeedsCall') : t('applications.noBudget')}</p>;
    return canEdit ? (
      <p>
        <Link className="button" to={to}>
          {t('applications.createBudget')}
        </Link>
      </p>
    ) : (
      <p>{t('applications.noBudget')}</p>
    );
  }
  const { summary } = budget.data;
  const language = i18n.resolvedLanguage ?? 'sv';
  return (
    <>
      <dl className="figures">
        <div className="figure">
          <dt>{t('applications.budgetTotal')}</dt>
          <dd>{amount(summary.total, summary.currency, language)}</dd>
        </div>
        <div className="figure">
          <dt>{t('applications.budgetEuShare')}</dt>
          <dd>{amount(summary.euShare, summary.currency, language)}</dd>
        </div>
      </dl>
      <p>
        <Link to={to}>{t('applications.openBudget')}</Link>
      </p>
    </>
  );
}
