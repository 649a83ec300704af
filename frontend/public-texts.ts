/**
 * The texts a signed-out visitor can see (landing page, frame, loading and error states), as the module
 * `virtual:public-texts`: picked at build time from the locale files, so the first load carries a few
 * kB of texts instead of both languages' 70 kB; the rest loads after sign-in (src/lib/i18n/i18n.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

type Tree = { [key: string]: string | Tree };

/** Top-level sections signed-out pages use; `errors.code` (every problem code) waits for sign-in. */
export const PUBLIC_SECTIONS = ['app', 'auth', 'common', 'errors'] as const;
const LEFT_FOR_LATER: Record<string, string[]> = { errors: ['code'] };

export function publicPart(texts: Tree): Tree {
  const part: Tree = {};
  for (const section of PUBLIC_SECTIONS) {
    const value = texts[section];
    if (typeof value !== 'object') continue;
    part[section] = Object.fromEntries(Object.entries(value).filter(([key]) => !LEFT_FOR_LATER[section]?.includes(key)));
  }
  return part;
}

const ID = 'virtual:public-texts';
const RESOLVED = `\0${ID}`;
const LANGUAGES = ['sv', 'en'] as const;
const localeFile = (language: string) => fileURLToPath(new URL(`./src/lib/i18n/locales/${language}.json`, import.meta.url));

export function publicTexts(): Plugin {
  return {
    name: 'euportal-public-texts',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const texts = Object.fromEntries(
        LANGUAGES.map((language) => {
          this.addWatchFile(localeFile(language));
          return [language, publicPart(JSON.parse(readFileSync(localeFile(language), 'utf8')) as Tree)];
        }),
      );
      return `export default ${JSON.stringify(texts)};`;
    },
  };
}
