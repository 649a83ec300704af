import { describe, expect, it } from 'vitest';
import { SOC_ID, UTB_ID } from '@/testing/fixtures';
import { application } from '@/testing/application-fixture';
import { applicationAccessOf } from './application-access';

const utb = { id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' };
const int = { id: SOC_ID, code: 'INT', name: 'Internationella kontoret' };

describe('what a user may do with applications', () => {
  it('lets an applicant create applications for their own unit only', () => {
    const access = applicationAccessOf({ roles: ['applicant'], units: [utb] });
    expect(access.canCreate).toBe(true);
    expect(access.canCreateFor(UTB_ID)).toBe(true);
    expect(access.canCreateFor(SOC_ID)).toBe(false);
    expect(access.canEdit(application())).toBe(true);
  });

  it('lets an advisor without a unit create none (the create page offers only own units), though they edit any draft', () => {
    const access = applicationAccessOf({ roles: ['advisor'], units: [] });
    expect(access.canCreate).toBe(false);
    expect(access.canCreateFor(UTB_ID)).toBe(false);
    expect(access.canEdit(application())).toBe(true);
    expect(access.canWriteInternal).toBe(true);
  });

  it("lets an advisor of the International Office create for that unit, not for another unit's idea", () => {
    const access = applicationAccessOf({ roles: ['advisor'], units: [int] });
    expect(access.canCreate).toBe(true);
    expect(access.canCreateFor(SOC_ID)).toBe(true);
    expect(access.canCreateFor(UTB_ID)).toBe(false);
  });

  it('lets auditors and admins only read, whatever their units', () => {
    for (const role of ['auditor', 'admin']) {
      const access = applicationAccessOf({ roles: [role], units: [utb] });
      expect(access.canWrite).toBe(false);
      expect(access.canCreateFor(UTB_ID)).toBe(false);
      expect(access.canEdit(application())).toBe(false);
    }
  });
});
