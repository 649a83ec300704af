import { describe, expect, it } from 'vitest';
import { formatValue } from './format';

describe('indicator values', () => {
  it('shows percent and kronor in Swedish with a decimal comma', () => {
    expect(formatValue(34.02, 'PERCENT', 'sv')).toBe('34,02 %');
    expect(formatValue('1234567.5', 'SEK', 'sv')).toMatch(/^1\s234\s567,5 kr$/);
    expect(formatValue(3, 'COUNT', 'sv')).toBe('3');
  });

  it('shows English numbers with a decimal point and a dash for no value', () => {
    expect(formatValue(34.02, 'PERCENT', 'en')).toBe('34.02 %');
    expect(formatValue(null, 'SEK', 'en')).toBe('–');
  });
});
