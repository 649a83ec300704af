import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, BUDGET_ID, budgetApplication, budgetView, partnership, summaryFor } from '../budget-fixture';
import { BudgetGrantRoute } from './budget-revision-route';

const path = '/applications/:id/budget/granted';
const at = `/applications/${APPLICATION_ID}/budget/granted`;
const base = `/api/v1/applications/${APPLICATION_ID}`;

function scenario(extra: Parameters<typeof mockFetch>[0] = []) {
  return mockFetch([
    ...extra,
    { method: 'GET', path: base, answer: () => json(budgetApplication({ status: 'GRANTED', grantedAmount: 400 })) },
    { method: 'GET', path: `${base}/budget`, answer: () => json(budgetView({ editable: false }), { headers: { ETag: '"4"' } }) },
    { method: 'GET', path: `${base}/partners`, answer: () => json(partnership) },
    { method: 'GET', path: `/api/v1/budgets/${BUDGET_ID}/versions`, answer: () => json([]) },
    { method: 'POST', path: `${base}/budget/preview`, answer: () => json({ summary: summaryFor(1000, 150, 1150, 460, 690), violations: [], periods: 2 }) },
  ]);
}

describe('adjusting the granted budget to the amount granted', () => {
  it('shows the amount granted beside the budget’s EU share and records the adjusted version', async () => {
    const { requests } = scenario([
      { method: 'POST', path: `/api/v1/budgets/${BUDGET_ID}/granted`, answer: () => json({ number: 3, kind: 'GRANTED' }) },
    ]);
    const { router } = renderRoute(<BudgetGrantRoute />, { path, at, me: meWith(['advisor']) });
    const figures = await screen.findByTestId('grant-figures');
    expect(figures).toHaveTextContent('400,00 kr');
    await waitFor(() => expect(figures).toHaveTextContent('460,00 kr'));
    expect(screen.queryByRole('textbox', { name: /^Skäl/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Registrera anpassningen' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/applications/${APPLICATION_ID}/budget`));
    const post = requests.find((request) => request.url.pathname.endsWith('/granted'));
    expect(post?.body).toMatchObject({ currency: 'SEK', lines: [{ id: 'line-1', amount: 1000 }] });
  });

  it('shows BUDGET-014 when the EU share still differs, and refuses anyone but an advisor', async () => {
    scenario([
      { method: 'POST', path: `/api/v1/budgets/${BUDGET_ID}/granted`, answer: () => problem(400, { title: 'Budget rules broken',
        code: 'BUDGET-014', errors: [{ field: 'partners', code: 'BUDGET-014', message: 'the EU share comes to 460.00; the funder granted 400.00' }] }) },
    ]);
    const first = renderRoute(<BudgetGrantRoute />, { path, at, me: meWith(['advisor']) });
    await userEvent.click(await screen.findByRole('button', { name: 'Registrera anpassningen' }));
    expect(await screen.findByText(/EU-bidraget stämmer inte med det beviljade beloppet/)).toBeInTheDocument();
    first.unmount();

    scenario();
    renderRoute(<BudgetGrantRoute />, { path, at, me: meWith(['auditor']) });
    expect(await screen.findByText(/av en handläggare vid Internationella kontoret/)).toBeInTheDocument();
  });
});
