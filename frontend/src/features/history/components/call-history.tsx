/** The history of one call. */
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useCallHistory } from '../api/get-call-history';
import { HistoryTable } from './history-table';

export function CallHistory({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const history = useCallHistory(callId);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ProblemAlert error={history.error} />;
  return <HistoryTable revisions={history.data} caption={t('history.callCaption')} />;
}
