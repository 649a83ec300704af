/** /applications/:id/budget/versions/:number: one frozen version, read only, with its figures and export. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useFormat } from '@/lib/i18n/format';
import { useBudget } from '../api/get-budget';
import { useBudgetApplication } from '../api/get-budget-application';
import { useBudgetPartners } from '../api/get-budget-partners';
import { useBudgetVersion } from '../api/get-budget-version';
import { BudgetEditor } from '../components/budget-editor';
import { BudgetExportButton } from '../components/budget-export-button';
import { contentToForm } from '../components/budget-form-values';

export function BudgetVersionRoute() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { id = '', number = '' } = useParams();
  const versionNumber = Number(number);
  const application = useBudgetApplication(id);
  const budget = useBudget(id);
  const partnership = useBudgetPartners(id);
  const detail = useBudgetVersion(budget.data?.id, versionNumber);
  const title = t('budgets.versionTitle', { number: versionNumber, title: application.data?.title ?? '' });
  const error = application.error ?? budget.error ?? partnership.error ?? detail.error;
  if (error)
    return (
      <>
        <PageHeader title={title} />
        <ProblemAlert error={error} />
      </>
    );
  if (budget.isSuccess && budget.data === null)
    return (
      <>
        <PageHeader title={title} />
        <p>{t('budgets.none')}</p>
      </>
    );
  if (!application.data || !budget.data || !partnership.data || !detail.data) return <Loading />;
  const { version, content, summary } = detail.data;
  return (
    <>
      <PageHeader
        title={title}
        actions={
          <>
            <Link className="button button--secondary" to={`/applications/${id}/budget`}>
              {t('budgets.backToBudget')}
            </Link>
            <BudgetExportButton budgetId={budget.data.id} version={version.number} acronym={application.data.acronym} />
          </>
        }
      >
        <p className="lead">
          {t('budgets.versionMeta', { kind: t(`versionKind.${version.kind}`), name: version.createdBy.name, at: format.dateTime(version.createdAt) })}
        </p>
        {version.reason && <p>{t('budgets.reasonIs', { reason: version.reason })}</p>}
      </PageHeader>
      <BudgetEditor form={contentToForm(content, i18n.resolvedLanguage)} summary={summary} periods={summary.periods} rules={budget.data.rules} partnership={partnership.data} violations={[]} readOnly />
    </>
  );
}
