/** /eu-decisions: the follow-up list with its filters and CSV export; advisors and admins record new decisions. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CsvExportButton } from '@/components/csv-export-button';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { formatDate } from '@/lib/i18n/format';
import {
  DECISION_STATUSES,
  MAIN_TASKS,
  useDecisions,
  type DecisionFilters,
  type DecisionStatus,
  type MainTask,
} from '../api/decisions';

const FORM_ID = 'decision-filters';

export function EuDecisionsRoute() {
  const { t, i18n } = useTranslation();
  const permissions = usePermissions();
  const canWrite = permissions.canWriteEuDecisions;
  const [draft, setDraft] = useState({ q: '', status: '', mainTask: '', awaiting: '' });
  const [filters, setFilters] = useState<DecisionFilters>({});
  const decisions = useDecisions(filters);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters({
      q: draft.q.trim() || undefined,
      status: (draft.status || undefined) as DecisionStatus | undefined,
      mainTask: (draft.mainTask || undefined) as MainTask | undefined,
      awaitingAnswers: draft.awaiting === '' ? undefined : draft.awaiting === 'true',
    });
  };
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });
  return (
    <>
      <PageHeader
        title={t('euDecisions.title')}
        actions={
          canWrite && (
            <Link className="button" to="/eu-decisions/new">
              {t('euDecisions.create')}
            </Link>
          )
        }
      >
        <p className="lead">{t('euDecisions.intro')}</p>
      </PageHeader>
      <Notice />
      <form id={FORM_ID} className="filters" onSubmit={apply} role="search" aria-label={t('euDecisions.filter')}>
        <TextField formId={FORM_ID} name="q" label={t('common.search')} value={draft.q} onChange={set('q')} autoComplete="off" />
        <SelectField
          formId={FORM_ID}
          name="status"
          label={t('euDecisions.status')}
          value={draft.status}
          onChange={set('status')}
          emptyLabel={t('euDecisions.any')}
          options={DECISION_STATUSES.map((status) => ({ value: status, label: t(`decisionStatus.${status}`) }))}
        />
        <SelectField
          formId={FORM_ID}
          name="mainTask"
          label={t('euDecisions.mainTask')}
          value={draft.mainTask}
          onChange={set('mainTask')}
          emptyLabel={t('euDecisions.any')}
          options={MAIN_TASKS.map((task) => ({ value: task, label: t(`mainTask.${task}`) }))}
        />
        <SelectField
          formId={FORM_ID}
          name="awaiting"
          label={t('euDecisions.awaitingAnswers')}
          value={draft.awaiting}
          onChange={set('awaiting')}
          emptyLabel={t('euDecisions.any')}
          options={[
            { value: 'true', label: t('euDecisions.awaitingYes') },
            { value: 'false', label: t('euDecisions.awaitingNo') },
          ]}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t('common.applySearch')}
          </button>
        </div>
      </form>
      <div className="button-row">
        <CsvExportButton path="/api/v1/eu-decisions" query={{ ...filters }} fileName="eu-beslut.csv" />
      </div>
      {decisions.isPending ? (
        <Loading />
      ) : decisions.isError ? (
        <ProblemAlert error={decisions.error} />
      ) : (
        <>
          <p role="status" className="result-count">
            {t('common.resultCount', { count: decisions.data.length })}
          </p>
          {decisions.data.length === 0 ? (
            <p>{t('euDecisions.none')}</p>
          ) : (
            <div className="table-wrapper">
              <table className="table">
                <caption className="visually-hidden">{t('euDecisions.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('euDecisions.titleField')}</th>
                    <th scope="col">{t('euDecisions.decidedOn')}</th>
                    <th scope="col">{t('euDecisions.mainTask')}</th>
                    <th scope="col">{t('euDecisions.units')}</th>
                    <th scope="col">{t('euDecisions.answered')}</th>
                    <th scope="col">{t('euDecisions.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {decisions.data.map((decision) => (
                    <tr key={decision.id}>
                      <td>
                        <Link to={`/eu-decisions/${decision.id}`}>{decision.title}</Link>
                        <br />
                        <span className="muted">{decision.actReference}</span>
                      </td>
                      <td>{formatDate(decision.decidedOn, i18n.language)}</td>
                      <td>{t(`mainTask.${decision.mainTask}`)}</td>
                      <td>{decision.units.map((unit) => unit.code).join(', ')}</td>
                      <td>{t('euDecisions.answeredOf', { answered: decision.answered, total: decision.units.length })}</td>
                      <td>
                        {t(`decisionStatus.${decision.status}`)}
                        {decision.overdueActions > 0 && (
                          <>
                            <br />
                            <span className="muted">{t('euDecisions.overdue', { count: decision.overdueActions })}</span>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
