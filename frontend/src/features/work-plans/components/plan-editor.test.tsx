import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PROGRAMME_ID, meWith, programme, socUnit } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { PlanEditor } from './plan-editor';

const figures = [
  { figure: 'EU_GRANTED', measure: 'SEK', filters: ['UNIT', 'FUND', 'PROGRAMME'], nameSv: 'EU-medel beviljade', nameEn: 'EU money granted' },
  { figure: 'PROJECT_FINANCED_SHARE', measure: 'PERCENT', filters: [], nameSv: 'Kontorets projektfinansierade andel', nameEn: "The office's project-financed share" },
];

describe('the work plan editor', () => {
  it('binds an indicator to a portfolio figure narrowed by unit, fund and programme, as the figure allows', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/work-plans/figures', answer: () => json(figures) },
      { method: 'GET', path: '/api/v1/units', answer: () => json({ items: [socUnit], page: 0, size: 200, total: 1 }) },
      { method: 'GET', path: '/api/v1/programmes', answer: () => json({ items: [programme()], page: 0, size: 200, total: 1 }) },
      { method: 'POST', path: '/api/v1/work-plans', answer: (_request, body) => json({ ...(body as object), version: 0 }, { status: 201 }) },
    ]);
    renderRoute(<PlanEditor year={2027} plan={null} onDone={() => {}} />, { path: '/work-plans', at: '/work-plans', me: meWith(['advisor']) });
    const goal = await screen.findByRole('group', { name: 'Mål 1' });
    await userEvent.type(within(goal).getByLabelText(/^Målet/), 'EU-medel till utvecklingsarbete');
    await userEvent.click(within(goal).getByRole('button', { name: 'Lägg till indikator' }));
    await userEvent.type(within(goal).getByLabelText(/^Indikator/), 'Beviljade ESF+-medel');
    await userEvent.selectOptions(within(goal).getByLabelText(/^Värdet/), 'EU_GRANTED');
    await userEvent.selectOptions(await within(goal).findByLabelText('Fond'), 'ESF_PLUS');
    await userEvent.selectOptions(within(goal).getByLabelText('Program'), PROGRAMME_ID);
    await userEvent.selectOptions(within(goal).getByLabelText('Enhet'), socUnit.id);

    // The office's own share has no filter to narrow it by.
    await userEvent.selectOptions(within(goal).getByLabelText(/^Värdet/), 'PROJECT_FINANCED_SHARE');
    expect(within(goal).queryByLabelText('Fond')).toBeNull();
    await userEvent.selectOptions(within(goal).getByLabelText(/^Värdet/), 'EU_GRANTED');
    await userEvent.selectOptions(within(goal).getByLabelText('Fond'), 'ESF_PLUS');
    await userEvent.selectOptions(within(goal).getByLabelText('Program'), PROGRAMME_ID);

    await userEvent.click(screen.getByRole('button', { name: 'Spara arbetsplanen' }));
    const post = await vi.waitFor(() => {
      const found = requests.find((request) => request.method === 'POST');
      if (!found) throw new Error('not sent yet');
      return found;
    });
    const body = post.body as { goals: { indicators: { binding: Record<string, unknown> }[] }[] };
    expect(body.goals[0].indicators[0].binding).toEqual({ figure: 'EU_GRANTED', fund: 'ESF_PLUS', programmeId: PROGRAMME_ID });
  });
});
