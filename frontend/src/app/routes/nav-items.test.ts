import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { permissionsOf } from '@/lib/auth/roles';
import { navItems } from './nav-items';

const labels = (roles: string[], language = 'sv') =>
  navItems(permissionsOf({ roles, units: [{ id: 'utb', code: 'UTB', name: 'Utbildningsförvaltningen' }] }), i18n.getFixedT(language)).map((item) => item.label);

describe('main navigation per role', () => {
  it('shows an applicant programmes, calls, ideas, applications and partners but no coverage, screening rate or portfolio', () => {
    expect(labels(['applicant'])).toEqual(['Start', 'Enheter', 'Kontaktpersoner', 'Program', 'Utlysningar', 'Bevakningar', 'EU-beslut', 'Projektidéer', 'Ansökningar', 'Projekt', 'Projektledarnätverket', 'Utbildningar och träffar', 'Partner', 'Partnersökningar', 'Resultatbibliotek', 'Vänorter', 'Externa nätverk', 'Valutakurser']);
  });

  it('shows a coordinator, advisor, auditor and admin the screening rate, the portfolio and the work plan too', () => {
    for (const role of ['coordinator', 'advisor', 'auditor', 'admin']) {
      // Advisors keep the control's error types too (issue 19).
      const errorTypes = role === 'advisor' ? ['Feltyper i kontrollen'] : [];
      // Only an admin exports and erases personal data by e-mail.
      const personalData = role === 'admin' ? ['Personuppgifter per e-post'] : [];
      expect(labels([role])).toEqual(['Start', 'Enheter', 'Kontaktpersoner', ...personalData, 'Samordnartäckning', 'Program', 'Utlysningar', 'Bevakningar', 'EU-beslut', 'Projektidéer', 'Ansökningar', 'Projekt', 'Projektledarnätverket', 'Utbildningar och träffar', 'Partner', 'Partnersökningar', 'Resultatbibliotek', 'Vänorter', 'Externa nätverk', 'Screeningsgrad', 'Valutakurser', ...errorTypes, 'Portfölj', 'Arbetsplan']);
    }
  });

  it('shows a controller only the start page and the projects appointed to', () => {
    expect(labels(['controller'])).toEqual(['Start', 'Projekt']);
  });

  it('names the entries in English', () => {
    expect(labels(['admin'], 'en').slice(0, 4)).toEqual(['Home', 'Units', 'Contact persons', 'Personal data by e-mail']);
    expect(labels(['advisor'], 'en').slice(4)).toEqual(['Programmes', 'Calls', 'Watches', 'EU decisions', 'Project ideas', 'Applications', 'Projects', "Project managers' network", 'Trainings and events', 'Partners', 'Partner searches', 'Results library', 'Twin towns', 'External networks', 'Screening rate', 'Exchange rates', 'Control error types', 'Portfolio', 'Work plan']);
  });
});
