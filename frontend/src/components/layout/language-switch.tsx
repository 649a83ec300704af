/**
 * Switches between Swedish and English; the button names the other language in that language. Signed in,
 * `onChange` also stores the choice on the server (which then writes to the user in it).
 */
import { useTranslation } from 'react-i18next';
import type { Language } from '@/lib/i18n/i18n';

interface LanguageSwitchProps {
  onChange?: (language: Language) => void;
}

export function LanguageSwitch({ onChange }: LanguageSwitchProps) {
  const { i18n } = useTranslation();
  const other: Language = i18n.resolvedLanguage === 'en' ? 'sv' : 'en';
  const label = other === 'en' ? 'English' : 'Svenska';
  const change = () => {
    void i18n.changeLanguage(other);
    onChange?.(other);
  };
  return (
    <button type="button" className="button button--ghost" lang={other} onClick={change}>
      {label}
    </button>
  );
}
