/**
 * /applications/:id/budget/revision: a change request after the grant. Starts from the latest version,
 * previews as the user types, and records a REVISED version with its reason (400 with the rules' codes
 * shown at their lines; 409 BUDGET-016 before the grant).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { TextAreaField } from '@/components/form/text-area-field';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api/problem';
import type { ApplicationView, BudgetContent, BudgetView, PartnerMemberView } from '@/lib/api/types';
import { useBudget } from '../api/get-budget';
import { useBudgetApplication } from '../api/get-budget-application';
import { useBudgetPartners } from '../api/get-budget-partners';
import { useBudgetVersion } from '../api/get-budget-version';
import { useBudgetVersions } from '../api/get-budget-versions';
import { useReviseBudget } from '../api/revise-budget';
import { BudgetEditor } from '../components/budget-editor';
import { contentToForm, formToContent } from '../components/budget-form-values';
import { violationsOfProblem } from '../components/budget-violations';
import { useBudgetPreview } from '../components/use-budget-preview';
import { useBudgetWriter } from './use-budget-access';

export function BudgetRevisionRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useBudgetApplication(id);
  const budget = useBudget(id);
  const partnership = useBudgetPartners(id);
  const versions = useBudgetVersions(budget.data?.id ?? '');
  const latestNumber = versions.data?.at(-1)?.number ?? 0;
  const latest = useBudgetVersion(latestNumber > 0 ? budget.data?.id : undefined, latestNumber);
  const writer = useBudgetWriter(application.data);
  const title = t('budgets.revisionTitle', { title: application.data?.title ?? '' });
  const error = application.error ?? budget.error ?? partnership.error ?? versions.error ?? latest.error;
  if (error)
    return (
      <>
        <PageHeader title={title} />
        <ProblemAlert error={error} />
      </>
    );
  if (!application.data || budget.data === undefined || !partnership.data) return <Loading />;
  if (!budget.data || application.data.status !== 'GRANTED' || !writer)
    return (
      <>
        <PageHeader title={title} />
        <p className="alert alert--warning">{t('budgets.revisionNotPossible')}</p>
      </>
    );
  if (versions.isPending || (latestNumber > 0 && latest.isPending)) return <Loading />;
  const start = latest.data?.content ?? budget.data.content;
  return <RevisionForm application={application.data} budget={budget.data} start={start} partnership={partnership.data} title={title} />;
}

interface RevisionFormProps {
  application: ApplicationView;
  budget: BudgetView;
  start: BudgetContent;
  partnership: PartnerMemberView[];
  title: string;
}

function RevisionForm({ application, budget, start, partnership, title }: RevisionFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState(() => contentToForm(start));
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const revise = useReviseBudget();
  const content = formToContent(form);
  const preview = useBudgetPreview({ applicationId: application.id, content, initial: null, enabled: true });
  const saveViolations = isApiError(revise.error, 400) ? violationsOfProblem(revise.error.problem).filter((violation) => violation.field !== 'reason') : [];
  const violations = saveViolations.length ? saveViolations : preview.violations;
  const serverReasonError = isApiError(revise.error, 400) ? revise.error.problem.errors?.find((item) => item.field === 'reason' || item.field.endsWith('.reason'))?.message : undefined;

  const submit = async () => {
    if (!reason.trim()) {
      setReasonError(t('form.requiredError'));
      return;
    }
    setReasonError('');
    try {
      const version = await revise.mutateAsync({ budgetId: budget.id, reason: reason.trim(), content });
      navigate(`/applications/${application.id}/budget`, { state: { notice: t('budgets.revised', { number: version.number }) } });
    } catch {
      // Shown below: the rules at their lines, anything else in the alert.
    }
  };

  return (
    <>
      <PageHeader title={title} />
      <p className="lead">{t('budgets.revisionIntro')}</p>
      <ProblemAlert error={revise.error && !saveViolations.length && !serverReasonError ? revise.error : preview.error} />
      {saveViolations.length > 0 && (
        <p className="alert alert--error" role="alert">
          {t('budgets.notRecorded', { count: saveViolations.length })}
        </p>
      )}
      <p role="status" className="muted budget-status">
        {preview.pending ? t('budgets.recalculating') : violations.length > 0 ? t('budgets.violationCount', { count: violations.length }) : t('budgets.valid')}
      </p>
      <form
        className="form budget-form"
        aria-label={t('budgets.revisionFormLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <TextAreaField formId="revision" name="reason" label={t('budgets.reason')} value={reason} onChange={setReason} required maxLength={4000} error={reasonError || serverReasonError} />
        <BudgetEditor form={form} onChange={setForm} summary={preview.summary} periods={preview.periods ?? 0} rules={budget.rules} partnership={partnership} violations={violations} readOnly={false} />
        <div className="button-row budget-actions">
          <button type="submit" className="button" disabled={revise.isPending}>
            {t('budgets.recordRevision')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => navigate(`/applications/${application.id}/budget`)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
