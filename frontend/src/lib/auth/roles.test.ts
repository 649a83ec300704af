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
