import { describe, expect, it } from 'vitest';
import { permissionsOf } from './roles';

const soc = { id: 'soc', code: 'SOC', name: 'Socialförvaltningen' };

describe('permissions per role', () => {
  it('lets an applicant only read', () => {
    const p = permissionsOf({ roles: ['applicant'], units: [soc] });
    expect(p.canWriteUnits).toBe(false);
    expect(p.canWriteContacts).toBe(false);
    expect(p.canWriteContactsOf('soc')).toBe(false);
    expect(p.canSeeCoverage).toBe(false);
    expect(p.canSeeHistory).toBe(false);
    expect(p.canManagePersonalData).toBe(false);
  });

  it('lets a coordinator keep the contacts of their own units only', () => {
    const p = permissionsOf({ roles: ['coordinator', 'applicant'], units: [soc] });
    expect(p.canWriteContacts).toBe(true);
    expect(p.canWriteContactsOf('soc')).toBe(true);
    expect(p.canWriteContactsOf('utb')).toBe(false);
    expect(p.contactUnitChoices).toEqual([soc]);
    expect(p.canSeeCoverage).toBe(true);
    expect(p.canWriteUnits).toBe(false);
  });

  it('lets an advisor keep any contact and see history', () => {
    const p = permissionsOf({ roles: ['advisor'], units: [] });
    expect(p.canWriteContactsOf('anything')).toBe(true);
    expect(p.contactUnitChoices).toBeNull();
    expect(p.canSeeHistory).toBe(true);
    expect(p.canWriteUnits).toBe(false);
  });

  it('lets an auditor read history and coverage but change nothing', () => {
    const p = permissionsOf({ roles: ['auditor'], units: [] });
    expect(p.canSeeHistory).toBe(true);
    expect(p.canSeeCoverage).toBe(true);
    expect(p.canWriteContacts).toBe(false);
    expect(p.canWriteUnits).toBe(false);
  });

  it('lets an admin keep units and personal data', () => {
    const p = permissionsOf({ roles: ['admin'], units: [] });
    expect(p.canWriteUnits).toBe(true);
    expect(p.canManagePersonalData).toBe(true);
    expect(p.canWriteContacts).toBe(true);
  });
});

describe('permissions for programmes, calls and ideas', () => {
  const utb = { id: 'utb', code: 'UTB', name: 'Utbildningsförvaltningen' };

  it('lets an applicant record ideas for their own units only, and read programmes and calls', () => {
    const p = permissionsOf({ roles: ['applicant'], units: [utb] });
    expect(p.canWriteProgrammes).toBe(false);
    expect(p.canWriteCalls).toBe(false);
    expect(p.canWriteIdeas).toBe(true);
    expect(p.canWriteIdeasOf('utb')).toBe(true);
    expect(p.canWriteIdeasOf('soc')).toBe(false);
    expect(p.ideaUnitChoices).toEqual([utb]);
    expect(p.canSeeScreeningRate).toBe(false);
  });

  it('lets an applicant without a unit record no idea', () => {
    expect(permissionsOf({ roles: ['applicant'], units: [] }).canWriteIdeas).toBe(false);
  });

  it('lets advisors and admins keep programmes and calls and ideas of any unit', () => {
    for (const role of ['advisor', 'admin']) {
      const p = permissionsOf({ roles: [role], units: [] });
      expect(p.canWriteProgrammes).toBe(true);
      expect(p.canWriteCalls).toBe(true);
      expect(p.canWriteIdeasOf('anything')).toBe(true);
      expect(p.ideaUnitChoices).toBeNull();
      expect(p.canSeeScreeningRate).toBe(true);
    }
  });

  it('lets an auditor see the screening rate but write nothing', () => {
    const p = permissionsOf({ roles: ['auditor'], units: [] });
    expect(p.canSeeScreeningRate).toBe(true);
    expect(p.canWriteIdeas).toBe(false);
    expect(p.canWriteCalls).toBe(false);
    expect(p.canWriteProgrammes).toBe(false);
  });

  it('lets a coordinator see the screening rate', () => {
    expect(permissionsOf({ roles: ['coordinator'], units: [utb] }).canSeeScreeningRate).toBe(true);
  });

  it('shows the portfolio to coordinators, advisors, auditors and admins, not to applicants', () => {
    for (const role of ['coordinator', 'advisor', 'auditor', 'admin']) {
      expect(permissionsOf({ roles: [role], units: [utb] }).canSeePortfolio).toBe(true);
    }
    expect(permissionsOf({ roles: ['applicant'], units: [utb] }).canSeePortfolio).toBe(false);
  });
});

describe('permissions for the partner register and partner searches', () => {
  const utb = { id: 'utb', code: 'UTB', name: 'Utbildningsförvaltningen' };

  it('lets an applicant register organisations and search partners for their own units, but not delete or import', () => {
    const p = permissionsOf({ roles: ['applicant'], units: [utb] });
    expect(p.canWritePartners).toBe(true);
    expect(p.canDeletePartners).toBe(false);
    expect(p.canImportPartners).toBe(false);
    expect(p.canWritePartnerSearches).toBe(true);
    expect(p.partnerSearchUnitChoices).toEqual([utb]);
    expect(p.canWritePartnerSearchesOf('utb')).toBe(true);
    expect(p.canWritePartnerSearchesOf('soc')).toBe(false);
    expect(p.canWritePartnerships).toBe(true);
  });

  it('lets advisors and admins delete, import, and search partners for any unit', () => {
    for (const role of ['advisor', 'admin']) {
      const p = permissionsOf({ roles: [role], units: [] });
      expect(p.canDeletePartners).toBe(true);
      expect(p.canImportPartners).toBe(true);
      expect(p.canWritePartnerSearches).toBe(true);
      expect(p.partnerSearchUnitChoices).toBeNull();
      expect(p.canWritePartnerSearchesOf('soc')).toBe(true);
    }
    // Admins only read applications, so they add no partners to one.
    expect(permissionsOf({ roles: ['advisor'], units: [] }).canWritePartnerships).toBe(true);
    expect(permissionsOf({ roles: ['admin'], units: [] }).canWritePartnerships).toBe(false);
  });

  it('lets an auditor only read the register and the searches', () => {
    const p = permissionsOf({ roles: ['auditor'], units: [utb] });
    expect(p.canWritePartners).toBe(false);
    expect(p.canWritePartnerSearches).toBe(false);
    expect(p.canWritePartnerSearchesOf('utb')).toBe(false);
    expect(p.canWritePartnerships).toBe(false);
  });

  it('lets only advisors and admins record exchange rates', () => {
    for (const role of ['applicant', 'coordinator', 'auditor']) {
      expect(permissionsOf({ roles: [role], units: [utb] }).canWriteExchangeRates).toBe(false);
    }
    for (const role of ['advisor', 'admin']) {
      expect(permissionsOf({ roles: [role], units: [] }).canWriteExchangeRates).toBe(true);
    }
  });
});
