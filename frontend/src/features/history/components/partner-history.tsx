/** The history of one organisation of the partner register. */
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePartnerHistory } from '../api/get-partner-history';
import { HistoryTable } from './history-table';

export function PartnerHistory({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const history = usePartnerHistory(partnerId);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ProblemAlert error={history.error} />;
  return <HistoryTable revisions={history.data} caption={t('history.partnerCaption')} />;
}
