/** Sample register data for this feature's tests. */
import type { CooperationView, PartnerView } from '@/lib/api/types';

export const PARTNER_ID = '88888888-8888-4888-8888-888888888888';
export const EXISTING_ID = '99999999-9999-4999-8999-999999999999';

export function partner(overrides: Partial<PartnerView> = {}): PartnerView {
  return {
    id: PARTNER_ID,
    legalName: 'Turun kaupunki',
    englishName: 'City of Turku',
    country: 'FI',
    region: 'Varsinais-Suomi',
    city: 'Turku',
    type: 'MUNICIPALITY',
    pic: '999999999',
    vatNumber: 'FI02045366',
    website: 'https://www.turku.fi',
    expertise: ['climate adaptation', 'urban water'],
    languages: ['fi', 'sv', 'en'],
    description: 'Stad i sydvästra Finland med lång erfarenhet av EU-projekt.',
    contacts: [{ name: 'Anni Virtanen', role: 'EU-samordnare', email: 'anni.virtanen@turku.fi', phone: '+358 2 262 7229' }],
    twinTown: false,
    networks: ['EUROCITIES', 'UBC'],
    projectsCount: 12,
    coordinatedCount: 3,
    version: 2,
    ...overrides,
  };
}

export const cooperation: CooperationView = {
  applications: [
    {
      applicationId: '77777777-7777-4777-8777-777777777777',
      title: 'Gröna skolgårdar för ett förändrat klimat',
      acronym: 'GROGARD',
      status: 'DRAFT',
      unitCode: 'UTB',
      role: 'PARTNER',
      projectId: null,
    },
  ],
  searches: [
    { searchId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', title: 'Partner till Gröna skolgårdar', unitCode: 'UTB', status: 'OPEN', matches: true, expressedInterest: true },
  ],
  projects: [
    {
      source: 'CORDIS',
      projectRef: '730283',
      acronym: 'CLARITY',
      role: 'Coordinator',
      programme: 'H2020',
      topicCode: 'SC5-01-2016-2017',
      topic: 'Exploiting the added value of climate services',
      startDate: '2017-06-01',
      endDate: '2020-11-30',
      euContribution: 650000,
    },
  ],
};
