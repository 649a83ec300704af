/** Switches between Swedish and English; the button names the other language in that language. */
import { useTranslation } from 'react-i18next';

export function LanguageSwitch() {
  const { i18n } = useTranslation();
  const other = i18n.resolvedLanguage === 'en' ? 'sv' : 'en';
  const label = other === 'en' ? 'English' : 'Svenska';
  return (
    <button type="button" className="button button--ghost" lang={other} onClick={() => void i18n.changeLanguage(other)}>
      {label}
    </button>
  );
}
