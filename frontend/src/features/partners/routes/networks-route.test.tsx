import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { partner } from '../partner-fixture';
import { NetworksRoute } from './networks-route';

describe('networks and twin towns', () => {
  it('links each network to the register filtered by it, and lists the twin towns', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/partners/networks', answer: () => json([{ name: 'EFFEKNET', organisations: 1 }, { name: 'SEU', organisations: 1 }]) },
      {
        method: 'GET',
        path: '/api/v1/partners',
        answer: () => json({ items: [partner({ id: 'wuxi', legalName: '无锡市人民政府', englishName: "Wuxi Municipal People's Government", country: 'CN', city: 'Wuxi', twinTown: true })], page: 0, size: 200, total: 1 }),
      },
    ]);
    renderRoute(<NetworksRoute />, { path: '/partners/networks', at: '/partners/networks', me: meWith(['applicant']) });
    const networks = await screen.findByRole('region', { name: 'Nätverk' });
    const effeknet = await within(networks).findByRole('link', { name: 'EFFEKNET' });
    expect(effeknet).toHaveAttribute('href', '/partners?network=EFFEKNET');
    expect(effeknet.closest('tr')).toHaveTextContent('1');

    const twinTowns = screen.getByRole('region', { name: 'Vänorter' });
    const wuxi = await within(twinTowns).findByRole('link', { name: '无锡市人民政府' });
    expect(wuxi).toHaveAttribute('href', '/partners/wuxi');
    expect(wuxi.closest('li')).toHaveTextContent("(Wuxi Municipal People's Government), Wuxi, Kina");
    expect(within(twinTowns).getByRole('link', { name: 'Visa vänorterna i registret' })).toHaveAttribute('href', '/partners?twinTown=true');
    expect(requests.find((request) => request.url.pathname === '/api/v1/partners')?.url.searchParams.get('twinTown')).toBe('true');
  });
});
