/**
 * i18next set-up: Swedish first, English second; the choice is remembered and sets <html lang>.
 *
 * Two namespaces of the same texts: `public` (what a signed-out visitor can see, built into the first
 * load by the `virtual:public-texts` plugin) and `translation` (everything, one language at a time,
 * loaded after sign-in by `loadAllTexts`). Keys are looked up in `public`, then in `translation`, so
 * callers write `t('applications.title')` either way; a language switch waits for its texts.
 */
import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import publicTexts from 'virtual:public-texts';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'euportal.language';
const ALL_TEXTS = 'translation';

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'sv';
}

/** Each language's full texts in a chunk of its own, fetched when first needed. */
const allTexts: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (namespace !== ALL_TEXTS) return callback(null, {});
    const load = language === 'en' ? import('./locales/en.json') : import('./locales/sv.json');
    load.then((texts) => callback(null, texts.default), (error: Error) => callback(error, false));
  },
};

/** Every text of the current language (and of Swedish, the fallback): the signed-in pages wait for it. */
export function loadAllTexts(): Promise<void> {
  return i18n.loadNamespaces(ALL_TEXTS);
}

i18n.on('languageChanged', (lng) => {
  const language: Language = lng === 'en' ? 'en' : 'sv';
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    /* private mode: the choice just is not remembered */
  }
});

void i18n
  .use(allTexts)
  .use(initReactI18next)
  .init({
    resources: { sv: { public: publicTexts.sv }, en: { public: publicTexts.en } },
    // The bundled `public` texts do not stop the backend from loading `translation` later.
    partialBundledLanguages: true,
    ns: ['public'],
    defaultNS: 'public',
    fallbackNS: ALL_TEXTS,
    lng: storedLanguage(),
    fallbackLng: 'sv',
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
if (typeof document !== 'undefined') document.documentElement.lang = currentLanguage();

export { i18n };
