/** A search's expressions of interest: the list, removing one recorded by mistake, and recording a new one while the search is open. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmRemoval } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { InterestView, PartnerSearchView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useInterests } from '../api/get-interests';
import { useRemoveInterest } from '../api/remove-interest';
import { InterestForm } from './interest-form';
import type { ChosenOrganisation } from '@/components/organisation-picker/organisation-picker';
import { InterestsTable } from './interests-table';

interface SearchInterestsProps {
  search: PartnerSearchView;
  canWrite: boolean;
  preset: { organisation: ChosenOrganisation; at: number } | null;
}

export function SearchInterests({ search, canWrite, preset }: SearchInterestsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const interests = useInterests(search.id);
  const removal = useRemoveInterest();
  const [removing, setRemoving] = useState<InterestView | null>(null);
  const [message, setMessage] = useState('');

  const recorded = (interest: InterestView) =>
    setMessage(`${t('interests.recorded', { name: interest.legalName })}${interest.late ? ` ${t('interests.recordedLate')}` : ''}`);
  const remove = async (interest: InterestView) => {
    setMessage('');
    try {
      await removal.mutateAsync({ searchId: search.id, interestId: interest.id });
      setMessage(t('interests.removed', { name: interest.legalName }));
    } catch {
      // Shown below.
    } finally {
      setRemoving(null);
    }
  };

  return (
    <>
      {search.interestDeadline && <p>{t('interests.deadline', { date: format.date(search.interestDeadline) })}</p>}
      {/* Always present, so that screen readers announce each new message. */}
      <div role="status">{message && <p className="alert alert--success">{message}</p>}</div>
      <ProblemAlert error={removal.error} />
      {interests.isPending ? (
        <Loading />
      ) : interests.isError ? (
        <ProblemAlert error={interests.error} />
      ) : interests.data.length === 0 ? (
        <p>{t('interests.none')}</p>
      ) : (
        <InterestsTable interests={interests.data} onRemove={canWrite ? setRemoving : undefined} />
      )}
      {canWrite &&
        (search.status === 'OPEN' ? (
          <InterestForm searchId={search.id} preset={preset} onRecorded={recorded} />
        ) : (
          <p className="alert alert--warning">{t('interests.closedSearch')}</p>
        ))}
      <ConfirmRemoval
        item={removing}
        title={(item) => t('interests.removeTitle', { name: item.legalName })}
        text={t('interests.removeConfirm')}
        busy={removal.isPending}
        onRemove={(item) => void remove(item)}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
