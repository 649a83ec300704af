/** Built by the `public-texts` Vite plugin (frontend/public-texts.ts) from the locale files. */
declare module 'virtual:public-texts' {
  type Tree = { [key: string]: string | Tree };
  const texts: { sv: Tree; en: Tree };
  export default texts;
}
