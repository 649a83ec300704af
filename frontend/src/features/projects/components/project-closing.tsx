/**
 * Closing and keeping a project: its state, last payment and retention date for everyone; for
 * advisors the lifecycle steps, state aid and (after the retention date) deleting its documents.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { ProblemAlert } from '@/components/problem-alert';
import type { ProjectView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useDeleteDocuments, useProjectStep, useStateAid } from '../api/project-lifecycle';

interface ProjectClosingProps {
  project: ProjectView;
  canManage: boolean;
  /** Admins purge an archived project's documents once its retention date has passed. */
  canPurge: boolean;
  today: string;
}

export function ProjectClosing({ project, canManage, canPurge, today }: ProjectClosingProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const step = useProjectStep();
  const stateAid = useStateAid();
  const deleteDocuments = useDeleteDocuments();
  const [message, setMessage] = useState('');
  const purgeable = canPurge && project.status === 'ARCHIVED' && project.retentionUntil != null && project.retentionUntil < today;
  const date = (value: string | null) => (value ? <time dateTime={value}>{format.date(value)}</time> : '–');

  return (
    <section className="section" aria-labelledby="closing-title">
      <h2 id="closing-title">{t('projects.closing.title')}</h2>
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      <dl className="details">
        <dt>{t('projects.closing.status')}</dt>
        <dd>{t(`projects.status.${project.status}`)}</dd>
        <dt>{t('projects.closing.lastPayment')}</dt>
        <dd>{date(project.lastPaymentOn)}</dd>
        <dt>{t('projects.closing.closedOn')}</dt>
        <dd>{date(project.closedOn)}</dd>
        <dt>{t('projects.closing.retentionUntil')}</dt>
        <dd>
          {project.retentionUntil ? date(project.retentionUntil) : t('projects.closing.retentionNotYet')}
          {project.stateAid && ` (${t('projects.closing.stateAidApplies')})`}
        </dd>
      </dl>
      {project.status === 'ARCHIVED' && <p>{t('projects.closing.archived')}</p>}
      {canManage && (
        <>
          {project.status !== 'ARCHIVED' && (
            <CheckboxField
              formId={`project-${project.id}`}
              name="stateAid"
              label={t('projects.closing.stateAid')}
              checked={project.stateAid}
              onChange={(checked) => {
                setMessage('');
                stateAid.mutate({ project, stateAid: checked }, { onSuccess: () => setMessage(t('projects.closing.saved')) });
              }}
            />
          )}
          <div className="button-row">
            {project.allowedActions.map((action) => (
              <button
                key={action}
                type="button"
                className="button"
                disabled={step.isPending}
                onClick={() => {
                  setMessage('');
                  step.mutate(
                    { project, action },
                    { onSuccess: (updated) => setMessage(t('projects.closing.nowStatus', { status: t(`projects.status.${updated.status}`) })) },
                  );
                }}
              >
                {t(`projects.closing.action.${action}`)}
              </button>
            ))}
          </div>
          <ProblemAlert error={step.error ?? stateAid.error} />
        </>
      )}
      {purgeable && (
        <>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={deleteDocuments.isPending}
              onClick={() => {
                if (!window.confirm(t('projects.closing.deleteConfirm'))) return;
                deleteDocuments.mutate(project.id, { onSuccess: () => setMessage(t('projects.closing.deleted')) });
              }}
            >
              {t('projects.closing.deleteDocuments')}
            </button>
          </div>
          <ProblemAlert error={deleteDocuments.error} />
        </>
      )}
    </section>
  );
}
