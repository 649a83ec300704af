import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { call, meWith } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { CallPicker, type CallPickerProps } from './call-picker';
import { callOptionTexts } from './call-option-texts';
import { i18n } from '@/lib/i18n/i18n';

const first = call({ id: 'c1', identifier: 'ESF-2026-1', title: 'Unga i arbete' });
const second = call({ id: 'c2', identifier: 'ERUF-2026-2', title: 'Gröna skolgårdar', programmeId: 'p2', programmeName: 'Regionalfonden' });
const third = call({ id: 'c3', identifier: 'ERUF-2026-3', title: 'Grön energi', programmeId: 'p2', programmeName: 'Regionalfonden' });

function scenario() {
  return mockFetch([
    {
      method: 'GET',
      path: '/api/v1/calls',
      answer: (request) => {
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page'));
        const all = url.searchParams.get('q') ? [second] : [first, second, third];
        // two per page so that "more" has something to add
        return json({ items: all.slice(page * 2, page * 2 + 2), page, size: 2, total: all.length });
      },
    },
    { method: 'GET', path: /\/api\/v1\/calls\/c\d$/, answer: (request) => json([first, second, third].find((c) => request.url.endsWith(c.id))) },
  ]);
}

function Harness(props: Partial<CallPickerProps>) {
  const [value, setValue] = useState<string[]>(props.value ?? []);
  return <CallPicker formId="f" name="callId" label="Utlysning" {...props} value={value} onChange={setValue} />;
}

describe('call picker', () => {
  it('asks the server for open and forthcoming calls, nearest deadline first, and adds a page on "more"', async () => {
    const { requests } = scenario();
    renderRoute(<Harness />, { path: '/', at: '/', me: meWith(['applicant']) });
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    const query = requests.find((r) => r.url.pathname === '/api/v1/calls')!.url.searchParams;
    expect([query.get('sort'), query.get('status'), query.get('page')]).toEqual(['closesAt', null, '0']);
    expect(screen.getByRole('status')).toHaveTextContent('2 av 3 utlysningar visas');
    await userEvent.click(screen.getByRole('button', { name: 'Visa fler utlysningar' }));
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    expect(screen.queryByRole('button', { name: 'Visa fler utlysningar' })).toBeNull();
  });

  it('finds a call by what is typed and keeps the choice shown', async () => {
    const { requests } = scenario();
    renderRoute(<Harness />, { path: '/', at: '/', me: meWith(['applicant']) });
    await userEvent.type(await screen.findByRole('searchbox', { name: /Hitta utlysning/ }), 'gröna sk');
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('q')).toBe('gröna sk'));
    const option = await screen.findByRole('option', { name: /ERUF-2026-2: Gröna skolgårdar/ });
    expect(option).toHaveTextContent('Regionalfonden');
    expect(option).toHaveTextContent('Öppen');
    await userEvent.click(option);
    const chosen = await screen.findByRole('list', { name: 'Vald utlysning' });
    expect(within(chosen).getByText('ERUF-2026-2: Gröna skolgårdar')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: /Gröna skolgårdar/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('offers the chosen programmes\' calls, widens on request, includes closed ones when asked, and warns', async () => {
    const { requests } = scenario();
    renderRoute(<Harness multiple programmeIds={['p1']} value={['c2']} warningFor={(c) => (c.programmeId === 'p1' ? null : 'Annat program')} />, {
      path: '/',
      at: '/',
      me: meWith(['applicant']),
    });
    await screen.findAllByRole('option');
    expect(requests.find((r) => r.url.pathname === '/api/v1/calls')!.url.searchParams.getAll('programmeId')).toEqual(['p1']);
    expect(await screen.findByRole('alert')).toHaveTextContent('Annat program');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sök i alla program' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Visa även stängda utlysningar' }));
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.getAll('status')).toEqual(['OPEN', 'FORTHCOMING', 'CLOSED']));
    expect(requests.at(-1)?.url.searchParams.getAll('programmeId')).toEqual([]);
  });

  it('shows the deadline in the call\'s zone, and Swedish time beside it only when it differs', () => {
    const t = i18n.getFixedT('sv');
    const brussels = callOptionTexts(first, t, 'sv');
    expect(brussels.deadline).toMatch(/sista dag 5 mars 2026 17:00/);
    expect(brussels.swedishDeadline).toBeNull();
    const lisbon = callOptionTexts({ ...first, closesAt: '2026-03-05T17:00:00Z', timeZone: 'Europe/Lisbon' }, t, 'sv');
    expect(lisbon.deadline).toMatch(/17:00/);
    expect(lisbon.swedishDeadline).toMatch(/svensk tid 5 mars 2026 18:00/);
  });
});
