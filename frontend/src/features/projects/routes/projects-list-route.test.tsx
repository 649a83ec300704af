import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { project } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/render-route';
import { ProjectsListRoute } from './projects-list-route';

describe('the project list', () => {
  it('lets an advisor list the projects past their retention date, kept in the address', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/projects', answer: () => json({ items: [project({ status: 'CLOSED', retentionUntil: '2025-12-31' })], page: 0, size: 20, total: 1 }) },
      { method: 'GET', path: '/api/v1/units', answer: () => json({ items: [], page: 0, size: 200, total: 0 }) },
    ]);
    const { router } = renderRoute(<ProjectsListRoute />, { path: '/projects', at: '/projects', me: meWith(['advisor']) });
    await screen.findByRole('link', { name: 'Studiehandledning på modersmål med digitala verktyg' });
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bara projekt förbi lagringstiden' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sök' }));
    await waitFor(() => expect(router.state.location.search).toContain('pastRetention=true'));
    await waitFor(() =>
      expect(requests.filter((r) => r.url.pathname === '/api/v1/projects').at(-1)?.url.searchParams.get('pastRetention')).toBe('true'),
    );
  });
});
