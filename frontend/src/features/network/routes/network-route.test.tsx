import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { NetworkRoute } from './network-route';

const person = (name: string) => ({
  name,
  email: `${name.split(' ')[0].toLowerCase()}@sodertalje.se`,
  userSubject: null,
  sources: ['CONTACT_ROLE'],
  units: ['UTB Utbildningsförvaltningen'],
  unitIds: [],
  runningProjects: [],
  pastProjects: [],
  programmes: [],
  themes: [],
});
const emptyPage = () => json({ items: [], page: 0, size: 200, total: 0 });

describe('the project managers\' directory', () => {
  it('is paged like the other lists: the next page is asked for and shown', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/units', answer: emptyPage },
      { method: 'GET', path: '/api/v1/programmes', answer: emptyPage },
      {
        method: 'GET',
        path: '/api/v1/network/members',
        answer: (request) =>
          new URL(request.url).searchParams.get('page') === '1'
            ? json({ items: [person('Vera Sist')], page: 1, size: 20, total: 21 })
            : json({ items: Array.from({ length: 20 }, (_, i) => person(`Person ${i + 1}`)), page: 0, size: 20, total: 21 }),
      },
    ]);
    const { router } = renderRoute(<NetworkRoute />, { path: '/network', at: '/network', me: meWith(['advisor']) });
    expect(await screen.findByText('21 träffar')).toBeInTheDocument();
    expect(screen.getAllByRole('row')).toHaveLength(21);
    await userEvent.click(screen.getByRole('button', { name: 'Nästa sida' }));

    expect(await screen.findByText('Vera Sist')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?page=1');
    const asked = requests.filter((request) => request.url.pathname === '/api/v1/network/members');
    expect(asked.map((request) => request.url.searchParams.get('page'))).toEqual(['0', '1']);
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
  });
});
