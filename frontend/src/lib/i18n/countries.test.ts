import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryName, countryOptions, languageName } from './countries';

describe('countries and languages', () => {
  it('names a country and a language in Swedish and English', () => {
    expect(countryName('se', 'sv')).toBe('Sverige');
    expect(countryName('FI', 'en')).toBe('Finland');
    expect(languageName('fi', 'sv')).toBe('finska');
    expect(languageName('sv', 'en')).toBe('Swedish');
  });

  it('keeps a code it does not know, and nothing for no code', () => {
    expect(countryName('XX', 'sv')).toBe('XX');
    expect(countryName(null, 'sv')).toBe('');
  });

  it('offers every ISO 3166-1 country once, by name', () => {
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    const options = countryOptions('sv');
    expect(options).toHaveLength(249);
    expect(options.find((option) => option.value === 'DE')?.label).toBe('Tyskland');
  });
});
