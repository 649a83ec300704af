/**
 * A person's name as the reader's language shows it. The server keeps an erased person's name as the
 * fixed word "Erased person" (GDPR erasure of guests, partner contacts, twin-town contacts and network
 * members: the record stays, the person does not); a Swedish reader must not meet it in English.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export const ERASED_PERSON = 'Erased person';

export function usePersonName(): (name: string) => string {
  const { t } = useTranslation();
  return useCallback((name: string) => (name === ERASED_PERSON ? t('common.erasedPerson') : name), [t]);
}
