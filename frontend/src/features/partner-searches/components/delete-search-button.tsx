/** Deletes a partner search, with its expressions of interest, after confirmation. */
import { useTranslation } from 'react-i18next';
import { DeleteRecordButton } from '@/components/delete-record-button';
import type { PartnerSearchView } from '@/lib/api/types';
import { useDeletePartnerSearch } from '../api/delete-partner-search';

export function DeleteSearchButton({ search }: { search: PartnerSearchView }) {
  const { t } = useTranslation();
  const deletion = useDeletePartnerSearch();
  return (
    <DeleteRecordButton
      deletion={deletion}
      variables={{ id: search.id, version: search.version }}
      title={t('partnerSearches.deleteTitle', { title: search.title })}
      to="/partner-searches"
      notice={t('partnerSearches.deleted', { title: search.title })}
    >
      <p>{t('partnerSearches.deleteConfirm', { count: search.interests })}</p>
    </DeleteRecordButton>
  );
}
