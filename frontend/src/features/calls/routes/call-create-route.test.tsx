import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CALL_ID, call, meWith, programme, PROGRAMME_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { CallCreateRoute } from './call-create-route';

const programmes = () => json({ items: [programme()], page: 0, size: 200, total: 1 });

async function fillRequired() {
  await screen.findByRole('option', { name: /ESF-2127/ });
  await userEvent.type(screen.getByLabelText(/^Identifierare/), 'ESF-2026-UNG');
  await userEvent.type(screen.getByLabelText(/^Titel/), 'Unga i arbete');
  await userEvent.type(screen.getByLabelText(/^Stänger/), '2026-03-05T17:00');
}

describe('creating a call', () => {
  it('sends the deadline as Brussels time with its offset, and topics as a list', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/programmes', answer: programmes },
      { method: 'POST', path: '/api/v1/calls', answer: () => json(call(), { status: 201 }) },
    ]);
    const { router } = renderRoute(<CallCreateRoute />, { path: '/calls/new', at: `/calls/new?programmeId=${PROGRAMME_ID}`, me: meWith(['advisor']) });
    await fillRequired();
    await userEvent.type(screen.getByLabelText(/^Ämnen/), 'ungdomar; arbetsmarknad;');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/calls/${CALL_ID}`));
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      programmeId: PROGRAMME_ID,
      identifier: 'ESF-2026-UNG',
      title: 'Unga i arbete',
      closesAt: '2026-03-05T17:00:00+01:00',
      timeZone: 'Europe/Brussels',
      eligibleApplicantTypes: [],
      topics: ['ungdomar', 'arbetsmarknad'],
    });
  });

  it('narrows from the programme rules and shows a too-wide flat rate at that flat rate', async () => {
    const { requests } = mockFetch([
      { method: 'GET', path: '/api/v1/programmes', answer: programmes },
      {
        method: 'POST',
        path: '/api/v1/calls',
        answer: () =>
          problem(400, {
            title: 'Bad Request',
            errors: [
              { field: 'rules.flatRates[1].maxPercent', message: 'Programmet tillåter högst 40 %.' },
              { field: 'rules.maxCoFinancingPercent', message: 'Programmet tillåter högst 60 %.' },
            ],
          }),
      },
    ]);
    renderRoute(<CallCreateRoute />, { path: '/calls/new', at: `/calls/new?programmeId=${PROGRAMME_ID}`, me: meWith(['advisor']) });
    await fillRequired();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Utlysningen avgränsar programmets regler' }));
    const other = screen.getByLabelText(/^Högsta procentsats: Övriga kostnader på personalkostnader/);
    expect(other).toHaveValue(40);
    expect(screen.getByLabelText(/^Högsta EU-medfinansiering/)).toHaveValue(60);
    await userEvent.clear(other);
    await userEvent.type(other, '45');
    await userEvent.click(screen.getByRole('button', { name: 'Skapa' }));

    await waitFor(() => expect(other).toHaveAccessibleDescription('Programmet tillåter högst 40 %.'));
    expect(screen.getByLabelText(/^Högsta procentsats: Indirekta kostnader på personalkostnader/)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText(/^Högsta EU-medfinansiering/)).toHaveAccessibleDescription('Programmet tillåter högst 60 %.');
    expect(screen.getByRole('alert')).toHaveTextContent('Felen visas vid respektive fält.');
    const sent = requests.find((request) => request.method === 'POST')?.body as { rules: { flatRates: unknown[] } };
    expect(sent.rules.flatRates).toEqual([
      { type: 'INDIRECT_ON_STAFF_COSTS', maxPercent: 15 },
      { type: 'OTHER_COSTS_ON_STAFF_COSTS', maxPercent: 45 },
    ]);
  });
});
