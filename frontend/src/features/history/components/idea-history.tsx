/** The history of one project idea. */
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useIdeaHistory } from '../api/get-idea-history';
import { HistoryTable } from './history-table';

export function IdeaHistory({ ideaId }: { ideaId: string }) {
  const { t } = useTranslation();
  const history = useIdeaHistory(ideaId);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ProblemAlert error={history.error} />;
  return <HistoryTable revisions={history.data} caption={t('history.ideaCaption')} />;
}
