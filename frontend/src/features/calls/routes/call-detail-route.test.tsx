import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CALL_ID, call, meWith, programme } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { CallDetailRoute } from './call-detail-route';

function renderCall(maxPartners: number | null) {
  mockFetch([
    { method: 'GET', path: '/api/v1/programmes', answer: () => json({ items: [programme()], page: 0, size: 200, total: 1 }) },
    { method: 'GET', path: `/api/v1/calls/${CALL_ID}`, answer: () => json(call({ maxPartners })) },
  ]);
  renderRoute(<CallDetailRoute />, { path: '/calls/:id', at: `/calls/${CALL_ID}`, me: meWith(['applicant']) });
}

describe('call page', () => {
  it('shows the most partners an application may have', async () => {
    renderCall(5);
    expect((await screen.findByText('Max antal partner')).nextElementSibling).toHaveTextContent('5');
  });

  it('says when the call sets no cap', async () => {
    renderCall(null);
    expect((await screen.findByText('Max antal partner')).nextElementSibling).toHaveTextContent('Inget tak');
  });
});
