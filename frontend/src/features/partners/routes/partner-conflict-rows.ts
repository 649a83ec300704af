/** The rows of the conflict notice: the user's values next to the stored ones, as people read them. */
import type { TFunction } from 'i18next';
import type { ConflictRow } from '@/components/conflict-notice';
import type { PartnerView } from '@/lib/api/types';
import { splitList } from '@/lib/text-list';
import { partnerToForm, type PartnerFormValues } from '../components/partner-form-values';

type TextKey = 'legalName' | 'englishName' | 'country' | 'region' | 'city' | 'pic' | 'vatNumber' | 'website' | 'description';

export function partnerConflictRows(mine: PartnerFormValues, latest: PartnerView, t: TFunction): ConflictRow[] {
  const theirs = partnerToForm(latest);
  const text = (key: TextKey, label: string): ConflictRow => ({ field: key, label, mine: mine[key].trim(), theirs: theirs[key] });
  const list = (key: 'expertise' | 'languages' | 'networks', label: string): ConflictRow => ({
    field: key,
    label,
    mine: splitList(mine[key]).join(', '),
    theirs: splitList(theirs[key]).join(', '),
  });
  const type = (values: PartnerFormValues) => (values.type ? t(`organisationType.${values.type}`) : '');
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  const contacts = (values: PartnerFormValues) => values.contacts.map((contact) => contact.name.trim()).join(', ');
  return [
    text('legalName', t('partners.legalName')),
    text('englishName', t('partners.englishName')),
    text('country', t('partners.country')),
    text('region', t('partners.region')),
    text('city', t('partners.city')),
    { field: 'type', label: t('partners.type'), mine: type(mine), theirs: type(theirs) },
    text('pic', t('partners.pic')),
    text('vatNumber', t('partners.vatNumber')),
    text('website', t('partners.website')),
    list('expertise', t('partners.expertise')),
    list('languages', t('partners.languages')),
    text('description', t('partners.description')),
    { field: 'twinTown', label: t('partners.twinTown'), mine: yesNo(mine.twinTown), theirs: yesNo(theirs.twinTown) },
    list('networks', t('partners.networks')),
    { field: 'contacts', label: t('partners.contacts'), mine: contacts(mine), theirs: contacts(theirs) },
  ];
}
