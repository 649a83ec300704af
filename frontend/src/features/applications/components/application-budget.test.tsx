import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, application } from '@/testing/application-fixture';
import { ApplicationBudget } from './application-budget';

const budgetPath = `/api/v1/applications/${APPLICATION_ID}/budget`;

describe("the application page's budget section", () => {
  it('shows the total and the EU share with two decimals and links to the budget', async () => {
    mockFetch([{ method: 'GET', path: budgetPath, answer: () => json({ id: 'b1', summary: { currency: 'SEK', total: 3297543.75, euShare: 1319017.5 } }) }]);
    renderRoute(<ApplicationBudget application={application()} canEdit />, { path: '/', at: '/' });
    expect(await screen.findByText('3 297 543,75 SEK')).toBeInTheDocument();
    expect(screen.getByText('1 319 017,50 SEK')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Öppna budgeten' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/budget`);
  });

  it('offers "Skapa budget" when there is none and the user may edit, and says so otherwise', async () => {
    mockFetch([{ method: 'GET', path: budgetPath, answer: () => problem(404, { title: 'Not Found' }) }]);
    const first = renderRoute(<ApplicationBudget application={application()} canEdit />, { path: '/', at: '/' });
    expect(await screen.findByRole('link', { name: 'Skapa budget' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/budget`);
    first.unmount();
    renderRoute(<ApplicationBudget application={application()} canEdit={false} />, { path: '/', at: '/' });
    expect(await screen.findByText('Ansökan har ingen budget ännu.')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
