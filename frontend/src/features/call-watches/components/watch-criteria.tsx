/** A watch's criteria in words: "Ord: …; Fonder: …", each given criterion once. */
import { useTranslation } from 'react-i18next';
import { useProgrammeChoices } from '@/lib/api/shared-reads';
import { formatMoney } from '@/lib/i18n/format';
import type { CallWatchView } from '../api/watches';

export function useCriteriaText() {
  const { t, i18n } = useTranslation();
  const programmes = useProgrammeChoices();
  const programmeName = (id: string) => programmes.data?.find((p) => p.id === id)?.label ?? id;
  return (watch: CallWatchView) =>
    [
      watch.programmeIds.length > 0 && `${t('callWatches.programmes')}: ${watch.programmeIds.map(programmeName).join(', ')}`,
      watch.words.length > 0 && `${t('callWatches.words')}: ${watch.words.join(', ')}`,
      watch.funds.length > 0 && `${t('callWatches.funds')}: ${watch.funds.map((fund) => t(`fund.${fund}`)).join(', ')}`,
      watch.applicantTypes.length > 0 &&
        `${t('callWatches.applicantTypes')}: ${watch.applicantTypes.map((type) => t(`applicantType.${type}`)).join(', ')}`,
      watch.minGrant != null && `${t('callWatches.minGrant')}: ${formatMoney(watch.minGrant, 'EUR', i18n.language)}`,
    ]
      .filter(Boolean)
      .join('; ');
}
