/**
 * /applications/:id/budget: the application's budget, edited in place with figures previewed as the
 * user types, saved only when asked (POST the first time, then PUT with If-Match); its versions,
 * comparison and XLSX export below. Read only once the application is no longer a draft, and for
 * those who may only read.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api/problem';
import type { ApplicationView, BudgetView, PartnerMemberView, RuleSet } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { useConflictSave } from '@/lib/use-conflict-save';
import { useBudgetApplication } from '../api/get-budget-application';
import { getBudgetQueryOptions, useBudget } from '../api/get-budget';
import { useBudgetPartners } from '../api/get-budget-partners';
import { useCallRules } from '../api/get-call-rules';
import { useSaveBudget } from '../api/save-budget';
import { budgetConflictRows } from '../components/budget-conflict-rows';
import { BudgetEditor } from '../components/budget-editor';
import { contentToForm, formToContent, newBudgetForm, type BudgetForm } from '../components/budget-form-values';
import { violationsOfProblem } from '../components/budget-violations';
import { BudgetExportButton } from '../components/budget-export-button';
import { BudgetSummaryBar } from '../components/budget-summary-bar';
import { BudgetVersions } from '../components/budget-versions';
import { useBudgetPreview } from '../components/use-budget-preview';
import { useBudgetWriter } from './use-budget-access';

export function BudgetRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const application = useBudgetApplication(id);
  const budget = useBudget(id);
  const partnership = useBudgetPartners(id);
  const writer = useBudgetWriter(application.data);
  const permissions = usePermissions();
  const creating = budget.isSuccess && budget.data === null;
  const callRules = useCallRules(application.data?.callId, creating);
  const title = application.data ? t('budgets.titleOf', { title: application.data.title }) : t('budgets.title');

  const error = application.error ?? budget.error ?? partnership.error ?? callRules.error;
  if (error)
    return (
      <>
        <PageHeader title={title} />
        <ProblemAlert error={error} />
      </>
    );
  if (!application.data || budget.data === undefined || !partnership.data) return <Loading />;
  const view = budget.data;
  const header = <BudgetHeader application={application.data} title={title} budgetId={view?.id} />;
  if (!view) {
    if (!application.data.callId)
      return (
        <>
          {header}
          <p className="alert alert--warning">{t('budgets.needsCall')}</p>
        </>
      );
    if (!writer || application.data.status !== 'DRAFT')
      return (
        <>
          {header}
          <p>{t('budgets.none')}</p>
        </>
      );
    if (callRules.isPending) return <Loading />;
  }
  const rules = view?.rules ?? callRules.data;
  if (!rules) return <Loading />;
  return (
    <>
      {header}
      <Notice />
      <BudgetWorkspace
        application={application.data}
        view={view}
        rules={rules}
        partnership={partnership.data}
        readOnly={!writer || (view ? !view.editable : application.data.status !== 'DRAFT')}
        mayRevise={writer && application.data.status === 'GRANTED'}
        mayAdjust={permissions.canAdjustGrantedBudget && application.data.status === 'GRANTED'}
        mayDecide={permissions.canDecideBudgetRevision && application.data.status === 'GRANTED'}
      />
    </>
  );
}

function BudgetHeader({ application, title, budgetId }: { application: ApplicationView; title: string; budgetId: string | undefined }) {
  const { t } = useTranslation();
  return (
    <PageHeader
      title={title}
      actions={
        <>
          <Link className="button button--secondary" to={`/applications/${application.id}`}>
            {t('budgets.backToApplication')}
          </Link>
          {budgetId && <BudgetExportButton budgetId={budgetId} version={0} acronym={application.acronym} />}
        </>
      }
    />
  );
}

interface WorkspaceProps {
  application: ApplicationView;
  view: BudgetView | null;
  rules: RuleSet;
  partnership: PartnerMemberView[];
  readOnly: boolean;
  mayRevise: boolean;
  mayAdjust: boolean;
  mayDecide: boolean;
}

function BudgetWorkspace({ application, view, rules, partnership, readOnly, mayRevise, mayAdjust, mayDecide }: WorkspaceProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(view);
  const [form, setForm] = useState<BudgetForm>(() => (view ? contentToForm(view.content, i18n.resolvedLanguage) : newBudgetForm(partnership.map((member) => member.organisationId))));
  const [message, setMessage] = useState('');
  const save = useSaveBudget();
  const content = formToContent(form);
  const preview = useBudgetPreview({
    applicationId: application.id,
    content,
    initial: view ? { periods: view.periods, summary: view.summary, violations: view.violations } : null,
    enabled: !readOnly,
  });
  const { conflict, run, clearConflict } = useConflictSave<BudgetView>({
    save: async (version) => {
      const saved = await save.mutateAsync({ applicationId: application.id, version: base ? version : null, content });
      setBase(saved);
    },
    fetchLatest: async () => (await queryClient.fetchQuery({ ...getBudgetQueryOptions(application.id), staleTime: 0 }))!,
  });

  const change = (next: BudgetForm) => {
    setForm(next);
    setMessage('');
    if (save.error) save.reset();
  };
  const submit = async (version: number) => {
    setMessage('');
    if (await run(version)) setMessage(t('budgets.saved'));
  };
  const discard = (latest: BudgetView) => {
    setForm(contentToForm(latest.content, i18n.resolvedLanguage));
    setBase(latest);
    clearConflict();
    save.reset();
  };

  const saveViolations = isApiError(save.error, 400) ? violationsOfProblem(save.error.problem, preview.violations) : null;
  const violations = saveViolations?.length ? saveViolations : preview.violations;
  const periods = preview.periods ?? view?.periods ?? 0;
  const saveAlert = save.error && !isApiError(save.error, 412) && !saveViolations?.length ? save.error : undefined;

  return (
    <>
      {readOnly && (
        <p className="alert alert--warning">{view && !view.editable ? t('budgets.notEditable') : t('budgets.readOnly')}</p>
      )}
      {!view && <p className="lead">{t('budgets.createIntro')}</p>}
      <ProblemAlert error={saveAlert ?? preview.error} />
      {saveViolations && saveViolations.length > 0 && (
        <p className="alert alert--error" role="alert">
          {t('budgets.notSaved', { count: saveViolations.length })}
        </p>
      )}
      {!readOnly && (
        <p role="status" className="visually-hidden">
          {preview.pending ? t('budgets.recalculating') : violations.length > 0 ? t('budgets.violationCount', { count: violations.length }) : t('budgets.valid')}
        </p>
      )}
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      {conflict && (
        <ConflictNotice
          busy={save.isPending}
          rows={budgetConflictRows(form, preview.summary, conflict, partnership, t, i18n.resolvedLanguage ?? 'sv')}
          onOverwrite={() => void submit(conflict.version)}
          onDiscard={() => discard(conflict)}
        />
      )}
      <form
        className="form budget-form"
        aria-label={t('budgets.formLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          void submit(base?.version ?? 0);
        }}
      >
        {!readOnly && (
          <BudgetSummaryBar
            summary={preview.summary}
            violations={violations.length}
            pending={preview.pending}
            action={
              <button type="submit" className="button" disabled={save.isPending}>
                {base ? t('common.save') : t('budgets.create')}
              </button>
            }
          />
        )}
        <BudgetEditor
          form={form}
          onChange={change}
          summary={preview.summary}
          periods={periods}
          rules={rules}
          partnership={partnership}
          violations={violations}
          readOnly={readOnly}
          figures={readOnly}
          pending={preview.pending}
        />
      </form>
      {base && <BudgetVersions budgetId={base.id} applicationId={application.id} acronym={application.acronym} currency={base.content.currency} mayRevise={mayRevise} mayAdjust={mayAdjust} mayDecide={mayDecide} />}
    </>
  );
}
