/** The rows of the conflict notice: the user's network next to the stored one, as people read them. */
import type { TFunction } from 'i18next';
import { textConflictRow, type ConflictRow } from '@/components/conflict-notice';
import type { ExternalNetworkView } from '@/lib/api/types';
import { networkToForm, type NetworkFormValues } from '../components/network-form';

export function networkConflictRows(mine: NetworkFormValues, latest: ExternalNetworkView, t: TFunction): ConflictRow[] {
  const theirs = networkToForm(latest);
  const text = textConflictRow(mine, theirs);
  const members = (values: NetworkFormValues) =>
    values.members
      .map((member) => (member.name ?? '').trim())
      .filter(Boolean)
      .join(', ');
  return [
    text('name', t('externalNetworks.name')),
    text('description', t('externalNetworks.description')),
    text('website', t('externalNetworks.website')),
    { field: 'members', label: t('externalNetworks.membersTitle'), mine: members(mine), theirs: members(theirs) },
  ];
}
