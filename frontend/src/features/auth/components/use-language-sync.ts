/**
 * One language per user: once signed in, the language stored on the server wins (the UI turns to it); a
 * user who never chose keeps what they read in, and when that is English it is stored, so the server
 * writes to them in it too. The language switch stores every later choice.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language } from '@/lib/i18n/i18n';
import { useMyLanguageQuery, useSaveMyLanguage } from '../api/my-language';

export function useLanguageSync(): (language: Language) => void {
  const { i18n } = useTranslation();
  const stored = useMyLanguageQuery();
  const save = useSaveMyLanguage();
  const { mutate } = save;
  const data = stored.data;

  useEffect(() => {
    if (!data) return;
    const reading = currentLanguage();
    if (data.chosen) {
      const wanted: Language = data.language === 'EN' ? 'en' : 'sv';
      if (wanted !== reading) void i18n.changeLanguage(wanted);
    } else if (reading === 'en') {
      mutate('en');
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stored language arrives
  }, [data?.chosen]);

  return (language) => mutate(language);
}
