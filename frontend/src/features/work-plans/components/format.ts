/** Indicator values as the user reads them: counts, percent or kronor, in the page's language. */
export function formatValue(value: number | string | null | undefined, measure: string, language: string): string {
  if (value === null || value === undefined || value === '') return '–';
  const number = new Intl.NumberFormat(language.startsWith('en') ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 2 }).format(Number(value));
  if (measure === 'PERCENT') return `${number} %`;
  if (measure === 'SEK') return `${number} kr`;
  return number;
}
