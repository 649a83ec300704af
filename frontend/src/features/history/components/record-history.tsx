/** The history of a project, or of a report with its expenditure lines. */
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useRecordHistory, type HistoryRecord } from '../api/get-record-history';
import { HistoryTable } from './history-table';

export function RecordHistory({ record, id, caption }: { record: HistoryRecord; id: string; caption: string }) {
  const history = useRecordHistory(record, id);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ProblemAlert error={history.error} />;
  return <HistoryTable revisions={history.data} caption={caption} />;
}
