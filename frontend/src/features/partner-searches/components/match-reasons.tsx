/** The reasons an organisation matched, as a labelled list of sentences. */
import { useTranslation } from 'react-i18next';
import type { MatchReason } from '@/lib/api/types';
import { reasonText } from './reason-text';

export function MatchReasons({ reasons, id }: { reasons: MatchReason[]; id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'sv';
  return (
    <>
      <p id={id} className="match__reasons-title">
        {t('partnerSearches.why')}
      </p>
      {reasons.length === 0 ? (
        <p>{t('partnerSearches.noReasons')}</p>
      ) : (
        <ul className="match__reasons" aria-labelledby={id}>
          {reasons.map((reason) => (
            <li key={reason.kind}>{reasonText(reason, t, language)}</li>
          ))}
        </ul>
      )}
    </>
  );
}
