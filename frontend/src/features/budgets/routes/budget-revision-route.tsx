/**
 * After the grant, from the version in force, previewed as the user types:
 * - /applications/:id/budget/revision: a change request, proposed as a REVISED version with its reason,
 *   in force once an advisor approves it (BUDGET-018 above the grant, BUDGET-020 while another is open);
 * - /applications/:id/budget/granted (advisors): the granted version adjusted so that its EU share is
 *   the amount the funder granted (BUDGET-014 until it is).
 * 400 with the rules' codes shown at their lines; 409 BUDGET-016 before the grant.
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
import { usePermissions } from '@/lib/auth/me-context';
import { useBudget } from '../api/get-budget';
import { useBudgetApplication } from '../api/get-budget-application';
import { useBudgetPartners } from '../api/get-budget-partners';
import { useBudgetVersion } from '../api/get-budget-version';
import { useBudgetVersions } from '../api/get-budget-versions';
import { useAdjustToGrant } from '../api/adjust-to-grant';
import { useReviseBudget } from '../api/revise-budget';
import { BudgetEditor } from '../components/budget-editor';
import { contentToForm, formToContent } from '../components/budget-form-values';
import { violationsOfProblem } from '../components/budget-violations';
import { useBudgetPreview } from '../components/use-budget-preview';
import { useMoney } from '../components/use-money';
import { useBudgetWriter } from './use-budget-access';

type ChangeMode = 'revision' | 'grant';

export function BudgetRevisionRoute() {
  return <BudgetChangeRoute mode="revision" />;
}

export function BudgetGrantRoute() {
  return <BudgetChangeRoute mode="grant" />;
}

function BudgetChangeRoute({ mode }: { mode: ChangeMode }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const { id = '' } = useParams();
  const application = useBudgetApplication(id);
  const budget = useBudget(id);
  const partnership = useBudgetPartners(id);
  const versions = useBudgetVersions(budget.data?.id ?? '');
  // A change starts from the version in force, never from a proposed or rejected one.
  const latestNumber = versions.data?.find((version) => version.baseline)?.number ?? versions.data?.at(-1)?.number ?? 0;
  const latest = useBudgetVersion(latestNumber > 0 ? budget.data?.id : undefined, latestNumber);
  const writer = useBudgetWriter(application.data);
  const allowed = mode === 'grant' ? permissions.canAdjustGrantedBudget : writer;
  const title = t(mode === 'grant' ? 'budgets.grantTitle' : 'budgets.revisionTitle', { title: application.data?.title ?? '' });
  const error = application.error ?? budget.error ?? partnership.error ?? versions.error ?? latest.error;
  if (error)
    return (
      <>
        <PageHeader title={title} />
        <ProblemAlert error={error} />
      </>
    );
  if (!application.data || budget.data === undefined || !partnership.data) return <Loading />;
  if (!budget.data || application.data.status !== 'GRANTED' || !allowed)
    return (
      <>
        <PageHeader title={title} />
        <p className="alert alert--warning">{t(mode === 'grant' ? 'budgets.grantNotPossible' : 'budgets.revisionNotPossible')}</p>
      </>
    );
  if (versions.isPending || (latestNumber > 0 && latest.isPending)) return <Loading />;
  const start = latest.data?.content ?? budget.data.content;
  return <ChangeForm mode={mode} application={application.data} budget={budget.data} start={start} partnership={partnership.data} title={title} />;
}

interface ChangeFormProps {
  mode: ChangeMode;
  application: ApplicationView;
  budget: BudgetView;
  start: BudgetContent;
  partnership: PartnerMemberView[];
  title: string;
}

function ChangeForm({ mode, application, budget, start, partnership, title }: ChangeFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState(() => contentToForm(start, i18n.resolvedLanguage));
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const revise = useReviseBudget();
  const adjust = useAdjustToGrant();
  const save = mode === 'grant' ? adjust : revise;
  const money = useMoney(start.currency);
  const content = formToContent(form);
  const preview = useBudgetPreview({ applicationId: application.id, content, initial: null, enabled: true });
  const saveViolations = isApiError(save.error, 400) ? violationsOfProblem(save.error.problem, preview.violations).filter((violation) => violation.field !== 'reason') : [];
  const violations = saveViolations.length ? saveViolations : preview.violations;
  const serverReasonError = isApiError(save.error, 400) ? save.error.problem.errors?.find((item) => item.field === 'reason' || item.field.endsWith('.reason'))?.message : undefined;

  const submit = async () => {
    if (mode === 'revision' && !reason.trim()) {
      setReasonError(t('form.requiredError'));
      return;
    }
    setReasonError('');
    try {
      const version =
        mode === 'grant' ? await adjust.mutateAsync({ budgetId: budget.id, content }) : await revise.mutateAsync({ budgetId: budget.id, reason: reason.trim(), content });
      const notice = mode === 'grant' ? t('budgets.adjusted', { number: version.number }) : t('budgets.revised', { number: version.number });
      navigate(`/applications/${application.id}/budget`, { state: { notice } });
    } catch {
      // Shown below: the rules at their lines, anything else in the alert.
    }
  };

  return (
    <>
      <PageHeader title={title} />
      <p className="lead">{t(mode === 'grant' ? 'budgets.grantIntro' : 'budgets.revisionIntro')}</p>
      {mode === 'grant' && (
        <dl className="details" data-testid="grant-figures">
          <dt>{t('budgets.grantedAmount')}</dt>
          <dd>{money.money(application.grantedAmount ?? undefined)}</dd>
          <dt>{t('budgets.euShareNow')}</dt>
          <dd>{money.money(preview.summary?.euShare)}</dd>
        </dl>
      )}
      <ProblemAlert error={save.error && !saveViolations.length && !serverReasonError ? save.error : preview.error} />
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
        aria-label={t(mode === 'grant' ? 'budgets.grantFormLabel' : 'budgets.revisionFormLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {mode === 'revision' && (
          <TextAreaField formId="revision" name="reason" label={t('budgets.reason')} value={reason} onChange={setReason} required maxLength={4000} error={reasonError || serverReasonError} />
        )}
        <BudgetEditor form={form} onChange={setForm} summary={preview.summary} periods={preview.periods ?? 0} rules={budget.rules} partnership={partnership} violations={violations} readOnly={false} />
        <div className="button-row budget-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t(mode === 'grant' ? 'budgets.recordAdjustment' : 'budgets.recordRevision')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => navigate(`/applications/${application.id}/budget`)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
