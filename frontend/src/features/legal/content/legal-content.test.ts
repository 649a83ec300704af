import { describe, expect, it } from 'vitest';
import { accessibilityStatement } from './accessibility-statement';
import { privacyNotice } from './privacy-notice';
import type { InBothLanguages } from './legal-text';

function shape(text: InBothLanguages['sv']) {
  return text.sections.map((section) => [section.items?.length ?? 0, section.paragraphs?.length ?? 0, section.links?.length ?? 0]);
}

function all(text: InBothLanguages['sv']): string {
  return [text.title, ...text.intro, ...text.sections.flatMap((s) => [s.heading, ...(s.items ?? []), ...(s.paragraphs ?? [])])].join(' ');
}

describe("the law's pages", () => {
  it('say the same in Swedish and English, section by section', () => {
    for (const text of [accessibilityStatement, privacyNotice]) {
      expect(shape(text.en)).toEqual(shape(text.sv));
    }
  });

  it('the accessibility statement gives the status, the shortcomings, how to report and the supervisory authority', () => {
    expect(accessibilityStatement.sv.sections.map((s) => s.heading)).toEqual([
      'Hur tillgänglig är portalen?',
      'Kända brister',
      'Rapportera brister eller be om innehåll i annan form',
      'Tillsyn',
      'Hur vi testat portalen',
    ]);
    expect(all(accessibilityStatement.sv)).toMatch(/delvis förenlig/);
    expect(all(accessibilityStatement.sv)).toMatch(/DIGG/);
    expect(all(accessibilityStatement.en)).toMatch(/partially compliant/);
  });

  it('the privacy notice names the controller, the legal basis, how long, the data protection officer and the rights', () => {
    const sv = all(privacyNotice.sv);
    for (const needed of ['Kommunstyrelsen', 'artikel 6.1 e', 'artikel 6.1 c', 'fem år', 'dataskyddsombud', 'Integritetsskyddsmyndigheten']) {
      expect(sv).toContain(needed);
    }
    const en = all(privacyNotice.en);
    for (const needed of ['controller', 'article 6(1)(e)', 'article 6(1)(c)', 'five years', 'data protection officer', 'Privacy Protection (IMY)']) {
      expect(en).toContain(needed);
    }
  });
});
