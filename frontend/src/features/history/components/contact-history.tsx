/** The history of one contact person. */
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useContactHistory } from '../api/get-contact-history';
import { HistoryTable } from './history-table';

export function ContactHistory({ contactId }: { contactId: string }) {
  const { t } = useTranslation();
  const history = useContactHistory(contactId);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ProblemAlert error={history.error} />;
  return <HistoryTable revisions={history.data} caption={t('history.contactCaption')} />;
}
