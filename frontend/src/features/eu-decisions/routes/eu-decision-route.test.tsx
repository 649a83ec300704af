import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, SOC_ID, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import type { EuDecisionView } from '../api/decisions';
import { EuDecisionRoute } from './eu-decision-route';

const ID = '44444444-4444-4444-8444-444444444444';

function decision(over: Partial<EuDecisionView> = {}): EuDecisionView {
  return {
    id: ID,
    title: 'Direktivet om öppenhet i lönesättningen',
    actReference: '32023L0970',
    actUrl: 'https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=CELEX:32023L0970',
    decidedOn: '2023-05-10',
    mainTask: 'EMPLOYER_QUESTIONS',
    units: [
      { id: UTB_ID, code: 'UTB', name: 'Utbildningskontoret', canAnswer: true, answer: undefined },
      {
        id: SOC_ID,
        code: 'SOC',
        name: 'Socialkontoret',
        canAnswer: false,
        answer: { assessment: 'Berör socialsekreterare.', answeredByName: 'Carl Carlsson', answeredAt: '2026-11-02T09:00:00Z', version: 0 },
      },
    ],
    impactAssessment: 'Lönespann i annonser.',
    actions: [{ what: 'Informera HR', who: 'Internationella kontoret', due: '2026-12-31', status: 'IN_PROGRESS' }],
    status: 'UNDER_FOLLOW_UP',
    answered: 1,
    overdueActions: 0,
    createdAt: '2026-11-01T09:00:00Z',
    version: 3,
    ...over,
  } as EuDecisionView;
}

describe('an EU decision', () => {
  it('shows the act, the actions and the answers, and lets the unit write its own assessment', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: `/api/v1/eu-decisions/${ID}`, answer: () => json(decision()) },
      { method: 'PUT', path: `/api/v1/eu-decisions/${ID}/answers/${UTB_ID}`, answer: () => json(decision()) },
    ]);
    renderRoute(<EuDecisionRoute />, { path: '/eu-decisions/:id', at: `/eu-decisions/${ID}`, me: meWith(['coordinator'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningskontoret' }]) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Direktivet om öppenhet i lönesättningen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /32023L0970/ })).toHaveAttribute('href', expect.stringContaining('CELEX:32023L0970'));
    expect(screen.getByRole('table', { name: 'Beslutade åtgärder' })).toHaveTextContent('Pågår');
    const soc = screen.getByRole('article', { name: 'Socialkontoret (SOC)' });
    expect(soc).toHaveTextContent('Berör socialsekreterare.');
    expect(within(soc).queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Ändra EU-beslutet' })).toBeNull();

    const utb = screen.getByRole('article', { name: 'Utbildningskontoret (UTB)' });
    expect(utb).toHaveTextContent('Inget svar ännu.');
    await userEvent.type(within(utb).getByLabelText(/Enhetens bedömning/), 'Berör lärarna.');
    await userEvent.click(within(utb).getByRole('button', { name: 'Spara enhetens bedömning' }));
    expect(await screen.findByText('Enhetens bedömning har sparats.')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.body).toEqual({ assessment: 'Berör lärarna.' });
  });
});
