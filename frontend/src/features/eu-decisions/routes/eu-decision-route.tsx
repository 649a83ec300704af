/**
 * /eu-decisions/:id: the decision, the office's assessment, the actions decided, and each concerned
 * unit's answer; the unit's coordinator or members write theirs here.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DeleteRecordButton } from '@/components/delete-record-button';
import { TextAreaField } from '@/components/form/text-area-field';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { formatDate, formatDateTime } from '@/lib/i18n/format';
import { useAnswerDecision, useDecision, useDeleteDecision, type EuDecisionView } from '../api/decisions';

type ConcernedUnit = EuDecisionView['units'][number];

function AnswerForm({ decision, unit }: { decision: EuDecisionView; unit: ConcernedUnit }) {
  const { t } = useTranslation();
  const [assessment, setAssessment] = useState(unit.answer?.assessment ?? '');
  const [saved, setSaved] = useState(false);
  const answering = useAnswerDecision();
  const formId = `answer-${unit.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    answering.mutate(
      { id: decision.id, unitId: unit.id, version: unit.answer?.version, assessment: assessment.trim() },
      { onSuccess: () => setSaved(true) },
    );
  };
  return (
    <form id={formId} className="form" onSubmit={submit} noValidate>
      <ProblemAlert error={answering.error} />
      {saved && (
        <p role="status" className="alert alert--success">
          {t('euDecisions.answerSaved')}
        </p>
      )}
      <TextAreaField
        formId={formId}
        name="assessment"
        label={t('euDecisions.yourAssessment', { unit: unit.name })}
        value={assessment}
        onChange={setAssessment}
        required
        maxLength={10000}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={answering.isPending || assessment.trim() === ''}>
          {t('euDecisions.saveAnswer')}
        </button>
      </div>
    </form>
  );
}

export function EuDecisionRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const permissions = usePermissions();
  const decision = useDecision(id);
  const deletion = useDeleteDecision();
  if (decision.isPending) return <Loading />;
  if (decision.isError) return <ProblemAlert error={decision.error} />;
  const d = decision.data;
  const canWrite = permissions.canWriteEuDecisions;
  return (
    <>
      <PageHeader
        title={d.title}
        actions={
          canWrite && (
            <>
              <Link className="button button--secondary" to={`/eu-decisions/${d.id}/edit`}>
                {t('euDecisions.edit')}
              </Link>
              <DeleteRecordButton
                deletion={deletion}
                variables={{ id: d.id, version: d.version }}
                title={t('euDecisions.delete')}
                to="/eu-decisions"
                notice={t('euDecisions.deleted')}
              >
                <p>{t('euDecisions.confirmDelete', { title: d.title })}</p>
              </DeleteRecordButton>
            </>
          )
        }
      >
        <p className="lead">
          {t(`mainTask.${d.mainTask}`)} · {formatDate(d.decidedOn, i18n.language)} · {t(`decisionStatus.${d.status}`)}
        </p>
      </PageHeader>
      <Notice />
      <dl className="details">
        <dt>{t('euDecisions.actReference')}</dt>
        <dd>
          <a href={d.actUrl} target="_blank" rel="noreferrer">
            {d.actReference} <span className="visually-hidden">{t('common.opensInNewWindow')}</span>
          </a>
        </dd>
        <dt>{t('euDecisions.impactAssessment')}</dt>
        <dd className="pre-wrap">{d.impactAssessment ?? '–'}</dd>
      </dl>
      <section aria-labelledby="decision-actions">
        <h2 id="decision-actions">{t('euDecisions.actions')}</h2>
        {d.actions.length === 0 ? (
          <p>{t('euDecisions.noActions')}</p>
        ) : (
          <div className="table-wrapper">
            <table className="table">
              <caption className="visually-hidden">{t('euDecisions.actions')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('euDecisions.actionWhat')}</th>
                  <th scope="col">{t('euDecisions.actionWho')}</th>
                  <th scope="col">{t('euDecisions.actionDue')}</th>
                  <th scope="col">{t('euDecisions.actionStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {d.actions.map((action, index) => (
                  <tr key={index}>
                    <td>{action.what}</td>
                    <td>{action.who}</td>
                    <td>{action.due ? formatDate(action.due, i18n.language) : '–'}</td>
                    <td>{t(`actionStatus.${action.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="decision-answers">
        <h2 id="decision-answers">{t('euDecisions.unitAnswers')}</h2>
        {d.units.map((unit) => (
          <article key={unit.id} className="card" aria-labelledby={`unit-${unit.id}`}>
            <h3 id={`unit-${unit.id}`}>
              {unit.name} ({unit.code})
            </h3>
            {unit.answer ? (
              <>
                <p className="pre-wrap">{unit.answer.assessment}</p>
                <p className="muted">
                  {t('euDecisions.answeredBy', { name: unit.answer.answeredByName ?? '', date: formatDateTime(unit.answer.answeredAt, i18n.language) })}
                </p>
              </>
            ) : (
              <p>{t('euDecisions.noAnswer')}</p>
            )}
            {unit.canAnswer && <AnswerForm decision={d} unit={unit} />}
          </article>
        ))}
      </section>
    </>
  );
}
