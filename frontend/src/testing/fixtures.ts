/** Sample API data for tests. */
import type { ContactPersonView, Me, UnitView } from '@/lib/api/types';

export const SOC_ID = '11111111-1111-4111-8111-111111111111';
export const UTB_ID = '22222222-2222-4222-8222-222222222222';
export const CONTACT_ID = '33333333-3333-4333-8333-333333333333';

export function meWith(roles: string[], units: Me['units'] = []): Me {
  return { subject: 'sub-1', username: 'test.user', name: 'Test User', email: 'test@example.org', roles, units };
}

export const socUnit: UnitView = {
  id: SOC_ID,
  code: 'SOC',
  name: 'Socialförvaltningen',
  type: 'MUNICIPAL_DEPARTMENT',
  parentId: null,
  parentName: null,
  active: true,
  version: 0,
};

export function contact(overrides: Partial<ContactPersonView> = {}): ContactPersonView {
  return {
    id: CONTACT_ID,
    unitId: SOC_ID,
    unitCode: 'SOC',
    unitName: 'Socialförvaltningen',
    name: 'Sara Samordnare',
    title: 'Utvecklingsledare',
    email: 'sara@example.org',
    phone: null,
    roles: ['INTERNATIONAL_COORDINATOR'],
    activeFrom: '2026-01-01',
    activeTo: null,
    active: true,
    erased: false,
    version: 1,
    ...overrides,
  };
}
