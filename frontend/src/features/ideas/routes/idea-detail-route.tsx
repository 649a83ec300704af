/** /ideas/:id: a project idea, its screening (and the form to record it) and closing. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { useApplicationAccess } from '@/lib/auth/application-access';
import { SimilarResultsPanel } from '@/components/similar-results/similar-results-panel';
import { useIdea } from '../api/get-idea';
import { CloseIdeaButton } from '../components/close-idea-button';
import { IdeaDetails } from '../components/idea-details';
import { ScreeningDetails } from '../components/screening-details';
import { ScreeningForm } from '../components/screening-form';

const SCREENING_SECTION = 'screening';

export function IdeaDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { canWriteIdeasOf, canSeeHistory } = usePermissions();
  const { canCreateFor: canCreateApplicationFor } = useApplicationAccess();
  const idea = useIdea(id);
  const [editingScreening, setEditingScreening] = useState(false);
  const [message, setMessage] = useState('');
  if (idea.isPending) return <Loading />;
  if (idea.isError)
    return (
      <>
        <PageHeader title={t('ideas.detailTitle')} />
        <ProblemAlert error={idea.error} />
      </>
    );
  const data = idea.data;
  const canWrite = canWriteIdeasOf(data.unitId) && data.status === 'OPEN';
  const showForm = canWrite && (!data.screening || editingScreening);
  // A screened, open idea can become an application, by those who may create one for its unit.
  const canCreateApplication = canCreateApplicationFor(data.unitId) && data.status === 'OPEN' && !!data.screening;
  return (
    <>
      <PageHeader
        title={data.title}
        actions={
          <>
            {canCreateApplication && (
              <Link
                className="button"
                to={`/applications/new?${new URLSearchParams({ unitId: data.unitId, ideaId: data.id }).toString()}`}
              >
                {t('ideas.createApplication')}
              </Link>
            )}
            {canWrite && (
              <>
                <Link className="button button--secondary" to={`/ideas/${data.id}/edit`}>
                  {t('common.edit')}
                </Link>
                <CloseIdeaButton key={data.version} idea={data} screeningAnchor={SCREENING_SECTION} onClosed={() => setMessage(t('ideas.closed'))} />
              </>
            )}
            {canSeeHistory && (
              <Link className="button button--secondary" to={`/ideas/${data.id}/history`}>
                {t('history.link')}
              </Link>
            )}
          </>
        }
      />
      <Notice />
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      <IdeaDetails idea={data} />
      <SimilarResultsPanel kind="ideas" id={data.id} />
      <section className="section" id={SCREENING_SECTION} aria-labelledby="screening-title" tabIndex={-1}>
        <div className="section__header">
          <h2 id="screening-title">{t('screening.title')}</h2>
          {canWrite && data.screening && !editingScreening && (
            <button type="button" className="button button--secondary" onClick={() => setEditingScreening(true)}>
              {t('screening.change')}
            </button>
          )}
        </div>
        {data.screening && !showForm && <ScreeningDetails screening={data.screening} />}
        {!data.screening && !showForm && <p>{t('screening.notScreenedYet')}</p>}
        {showForm && (
          <ScreeningForm
            key={data.version}
            idea={data}
            onSaved={() => {
              setEditingScreening(false);
              setMessage(t('screening.saved'));
            }}
            onCancel={data.screening ? () => setEditingScreening(false) : undefined}
          />
        )}
      </section>
    </>
  );
}
