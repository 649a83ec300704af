/** The history of one programme. */
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useProgrammeHistory } from '../api/get-programme-history';
import { HistoryTable } from './history-table';

export function ProgrammeHistory({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const history = useProgrammeHistory(programmeId);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ProblemAlert error={history.error} />;
  return <HistoryTable revisions={history.data} caption={t('history.programmeCaption')} />;
}
