import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PartnerMemberView } from '@/lib/api/types';
import { CALL_ID, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem, type Route } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, application } from '../application-fixture';
import { ApplicationPartnership } from './application-partnership';

const partners = `/api/v1/applications/${APPLICATION_ID}/partners`;
const SEARCH_ID = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';

function member(overrides: Partial<PartnerMemberView>): PartnerMemberView {
  return {
    id: 'm-lead',
    organisationId: 'org-sodertalje',
    legalName: 'Södertälje kommun',
    country: 'SE',
    type: 'MUNICIPALITY',
    pic: null,
    role: 'LEAD_PARTNER',
    searchId: null,
    addedBy: { subject: 'sub-anna', name: 'Anna Andersson' },
    addedAt: '2026-02-10T09:00:00Z',
    version: 0,
    ...overrides,
  };
}

const lead = member({});
const turku = member({ id: 'm-turku', organisationId: 'org-turku', legalName: 'Turun kaupunki', country: 'FI', pic: '999999999', role: 'PARTNER', searchId: SEARCH_ID, version: 3 });
const aarhus = member({ id: 'm-aarhus', organisationId: 'org-aarhus', legalName: 'AARHUS UNIVERSITET', country: 'DK', type: 'UNIVERSITY', role: 'ASSOCIATED_PARTNER', version: 1 });

function scenario(change: Route | null, before: PartnerMemberView[], after: PartnerMemberView[] = before) {
  let changed = false;
  const routes: Route[] = [
    { method: 'GET', path: partners, answer: () => json(changed ? after : before) },
    {
      method: 'GET',
      path: '/api/v1/partner-searches',
      answer: () => json({ items: [{ id: SEARCH_ID, title: 'Partner till Gröna skolgårdar', status: 'OPEN', interests: 2 }], page: 0, size: 200, total: 1 }),
    },
  ];
  if (change)
    routes.push({
      ...change,
      answer: async (request, body) => {
        const response = await change.answer(request, body);
        changed = response.ok;
        return response;
      },
    });
  return mockFetch(routes);
}

function renderPanel(canManage: boolean) {
  return renderRoute(<ApplicationPartnership application={application()} canManage={canManage} />, { path: '/', at: '/' });
}

describe('partnership panel', () => {
  it('lists the partnership lead partner first, with country, type, role and who added each', async () => {
    scenario(null, [aarhus, turku, lead]);
    renderPanel(false);
    const table = await screen.findByRole('table', { name: 'Ansökans partnerskap, huvudpartnern först' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('link')[0].textContent)).toEqual(['Södertälje kommun', 'Turun kaupunki', 'AARHUS UNIVERSITET']);
    expect(rows[0]).toHaveTextContent(/Södertälje kommun.*Sverige.*Kommun.*Huvudpartner.*Anna Andersson/);
    expect(rows[1]).toHaveTextContent('PIC 999999999');
    expect(within(rows[1]).getByRole('link', { name: 'Turun kaupunki' })).toHaveAttribute('href', '/partners/org-turku');
    expect(within(rows[1]).getByRole('link', { name: 'via partnersökning' })).toHaveAttribute('href', `/partner-searches/${SEARCH_ID}`);
    expect(rows[2]).toHaveTextContent(/Danmark.*Universitet eller högskola.*Associerad partner/);
    // Read only: no role choices, no removal, no new search.
    expect(within(table).queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Ny partnersökning för ansökan' })).toBeNull();
    expect(await screen.findByRole('link', { name: 'Partner till Gröna skolgårdar' })).toHaveAttribute('href', `/partner-searches/${SEARCH_ID}`);
  });

  it("changes a partner's role with If-Match and says so", async () => {
    const { requests } = scenario(
      { method: 'PUT', path: `${partners}/m-turku`, answer: () => json({ ...turku, role: 'ASSOCIATED_PARTNER', version: 4 }) },
      [lead, turku],
      [lead, { ...turku, role: 'ASSOCIATED_PARTNER', version: 4 }],
    );
    renderPanel(true);
    const role = await screen.findByRole('combobox', { name: 'Roll för Turun kaupunki' });
    const save = screen.getByRole('button', { name: 'Spara roll: Turun kaupunki' });
    expect(save).toBeDisabled();
    await userEvent.selectOptions(role, 'ASSOCIATED_PARTNER');
    await userEvent.click(save);

    expect(await screen.findByText('Turun kaupunki är nu Associerad partner.')).toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.body).toEqual({ role: 'ASSOCIATED_PARTNER' });
    expect(put.headers.get('If-Match')).toBe('"3"');
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Roll för Turun kaupunki' })).toHaveValue('ASSOCIATED_PARTNER'));
  });

  it('explains that a second lead partner is refused (PARTNERSHIP-002)', async () => {
    scenario({ method: 'PUT', path: `${partners}/m-turku`, answer: () => problem(409, { title: 'Conflict', code: 'PARTNERSHIP-002' }) }, [lead, turku]);
    renderPanel(true);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Roll för Turun kaupunki' }), 'LEAD_PARTNER');
    await userEvent.click(screen.getByRole('button', { name: 'Spara roll: Turun kaupunki' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ansökan har redan en huvudpartner. Gör först den nuvarande huvudpartnern till partner.');
  });

  it('reads the partnership again when someone else changed it first (412)', async () => {
    const { requests } = scenario({ method: 'PUT', path: `${partners}/m-turku`, answer: () => problem(412, { title: 'Precondition failed', code: 'STALE_VERSION' }) }, [lead, turku]);
    renderPanel(true);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Roll för Turun kaupunki' }), 'ASSOCIATED_PARTNER');
    await userEvent.click(screen.getByRole('button', { name: 'Spara roll: Turun kaupunki' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Någon annan har ändrat partnerskapet under tiden. Listan har lästs in på nytt; försök igen.');
    await waitFor(() => expect(requests.filter((request) => request.method === 'GET' && request.url.pathname === partners)).toHaveLength(2));
  });

  it('removes a partner after confirming', async () => {
    const { requests } = scenario({ method: 'DELETE', path: `${partners}/m-turku`, answer: () => new Response(null, { status: 204 }) }, [lead, turku], [lead]);
    renderPanel(true);
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort Turun kaupunki' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Ta bort Turun kaupunki ur partnerskapet?' });
    expect(dialog).toHaveAccessibleDescription('Organisationen finns kvar i partnerregistret.');
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText('Turun kaupunki har tagits bort ur partnerskapet.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Turun kaupunki' })).toBeNull());
    expect(requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  it('offers a new partner search for the application, with its unit and call', async () => {
    scenario(null, []);
    renderPanel(true);
    expect(await screen.findByText('Inga organisationer ingår i partnerskapet ännu.')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Ny partnersökning för ansökan' });
    expect(new URLSearchParams(link.getAttribute('href')!.split('?')[1])).toEqual(new URLSearchParams({ unitId: UTB_ID, applicationId: APPLICATION_ID, callId: CALL_ID }));
    expect(screen.getByRole('link', { name: 'Sök i partnerregistret' })).toHaveAttribute('href', '/partners');
  });
});
