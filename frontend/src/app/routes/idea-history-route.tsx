/** /ideas/:id/history (advisor, auditor, admin). */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { IdeaHistory } from '@/features/history/components/idea-history';
import { useIdea } from '@/features/ideas/api/get-idea';

export function IdeaHistoryRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const idea = useIdea(id);
  const name = idea.data?.title;
  return (
    <>
      <PageHeader title={name ? t('history.titleOf', { name }) : t('history.title')}>
        {idea.data && <Link to={`/ideas/${id}`}>{t('history.backTo', { name })}</Link>}
      </PageHeader>
      <IdeaHistory ideaId={id} />
    </>
  );
}
