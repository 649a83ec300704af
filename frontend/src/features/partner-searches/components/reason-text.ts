/** Why an organisation matched a search, in words: the reason's kind with its detail made readable. */
import type { TFunction } from 'i18next';
import type { MatchReason } from '@/lib/api/types';
import { countryName } from '@/lib/i18n/countries';

export function reasonText(reason: MatchReason, t: TFunction, language: string): string {
  const detail = reason.detail ?? '';
  switch (reason.kind) {
    case 'COUNTRY':
      return t('matchReason.COUNTRY', { country: countryName(detail, language) || detail });
    case 'TYPE':
      return t('matchReason.TYPE', { type: detail ? t(`organisationType.${detail}`, { defaultValue: detail }) : '' });
    case 'LEAD_EXPERIENCE':
    case 'PREVIOUS_COOPERATION':
      return t(`matchReason.${reason.kind}`, { count: Number(detail) || 0 });
    case 'EXPERTISE':
    case 'PAST_PROJECTS':
      return t(`matchReason.${reason.kind}`, { detail });
    default:
      return t(`matchReason.${reason.kind}`);
  }
}
