import { describe, expect, it } from 'vitest';
import { MONEY_COLOURS } from './money-chart';
import { STATUS_COLOURS } from './status-chart';

/** WCAG 2.x contrast ratio of a colour against white. */
function contrastOnWhite(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('chart colours', () => {
  it('reach 4.5:1 against the white page, legend swatches included', () => {
    for (const colour of [...STATUS_COLOURS, ...MONEY_COLOURS]) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(4.5);
  });
});
