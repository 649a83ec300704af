import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PartnerMemberView, PartnerView } from '@/lib/api/types';
import { CALL_ID, meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem, type Route } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, application } from '@/testing/application-fixture';
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

function organisation(overrides: Partial<PartnerView>): PartnerView {
  return {
    id: 'org-x',
    legalName: 'X',
    englishName: null,
    country: 'SE',
    region: null,
    city: null,
    type: 'MUNICIPALITY',
    pic: null,
    vatNumber: null,
    website: null,
    expertise: [],
    languages: [],
    description: null,
    contacts: [],
    twinTown: false,
    networks: [],
    projectsCount: 0,
    coordinatedCount: 0,
    version: 0,
    ...overrides,
  };
}

const register = [
  organisation({ id: 'org-sodertalje', legalName: 'Södertälje kommun', city: 'Södertälje' }),
  organisation({ id: 'org-sodertorn', legalName: 'Södertörns högskola', city: 'Huddinge', type: 'UNIVERSITY' }),
  organisation({ id: 'org-turku', legalName: 'Turun kaupunki', country: 'FI', city: 'Turku' }),
];
const registerRoute: Route = {
  method: 'GET',
  path: '/api/v1/partners',
  answer: (request) => {
    const q = (new URL(request.url).searchParams.get('q') ?? '').toLowerCase();
    const items = register.filter((item) => item.legalName.toLowerCase().includes(q));
    return json({ items, page: 0, size: 10, total: items.length });
  },
};

function scenario(change: Route | null, before: PartnerMemberView[], after: PartnerMemberView[] = before) {
  let changed = false;
  const routes: Route[] = [
    { method: 'GET', path: partners, answer: () => json(changed ? after : before) },
    registerRoute,
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

function renderPanel(canManage: boolean, me = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }])) {
  return renderRoute(<ApplicationPartnership application={application()} canManage={canManage} />, { path: '/', at: '/', me });
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
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ansökan har redan en huvudpartner. Välj en annan roll, eller gör först den nuvarande huvudpartnern till partner.',
    );
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

  describe('adding an organisation of the register', () => {
    const added = member({ id: 'm-sodertorn', organisationId: 'org-sodertorn', legalName: 'Södertörns högskola', type: 'UNIVERSITY', role: 'PARTNER' });

    async function choose(name: RegExp) {
      const form = await screen.findByRole('form', { name: 'Lägg till organisation' });
      await userEvent.type(within(form).getByRole('searchbox', { name: 'Sök organisation i partnerregistret' }), 'söder');
      const choices = await within(form).findByRole('group', { name: /^Välj organisation/ });
      await userEvent.click(within(choices).getByRole('radio', { name }));
      return form;
    }

    it('searches the register as the user types and shows each match with country, type and city, but no ids', async () => {
      const { requests } = scenario(null, [lead]);
      renderPanel(true);
      const form = await screen.findByRole('form', { name: 'Lägg till organisation' });
      await userEvent.type(within(form).getByRole('searchbox', { name: 'Sök organisation i partnerregistret' }), 'söder');
      const choices = await within(form).findByRole('group', { name: /^Välj organisation/ });
      const radios = within(choices).getAllByRole('radio');
      expect(radios.map((radio) => radio.closest('div')!.textContent)).toEqual([
        'Södertälje kommun, Sverige, Kommun, Södertälje (ingår redan)',
        'Södertörns högskola, Sverige, Universitet eller högskola, Huddinge',
      ]);
      expect(within(form).getByRole('status')).toHaveTextContent('2 organisationer hittades.');
      expect(form).not.toHaveTextContent('org-');
      // Debounced: one search for the whole word, with at most ten results.
      const searches = requests.filter((request) => request.url.pathname === '/api/v1/partners');
      expect(searches).toHaveLength(1);
      expect(Object.fromEntries(searches[0].url.searchParams)).toEqual({ q: 'söder', size: '10' });
      expect(within(form).getByRole('link', { name: 'Ny organisation i registret' })).toHaveAttribute('href', '/partners/new');
    });

    it('adds the chosen organisation with the chosen role, says so and reads the partnership again', async () => {
      const { requests } = scenario({ method: 'POST', path: partners, answer: () => json(added, { status: 201 }) }, [lead], [lead, added]);
      renderPanel(true);
      const form = await choose(/^Södertörns högskola/);
      const role = within(form).getByRole('combobox', { name: /^Roll i partnerskapet/ });
      expect(role).toHaveValue('PARTNER');
      expect(within(role).getAllByRole('option').map((option) => option.textContent)).toEqual(['Huvudpartner', 'Partner', 'Associerad partner']);
      await userEvent.selectOptions(role, 'ASSOCIATED_PARTNER');
      await userEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));

      expect(await screen.findByText('Södertörns högskola har lagts till i partnerskapet som Associerad partner.')).toBeInTheDocument();
      const post = requests.find((request) => request.method === 'POST')!;
      expect(post.body).toEqual({ organisationId: 'org-sodertorn', role: 'ASSOCIATED_PARTNER' });
      expect(await screen.findByRole('link', { name: 'Södertörns högskola' })).toHaveAttribute('href', '/partners/org-sodertorn');
      expect(requests.filter((request) => request.method === 'GET' && request.url.pathname === partners)).toHaveLength(2);
      // The form is empty again.
      expect(within(form).getByRole('searchbox', { name: 'Sök organisation i partnerregistret' })).toHaveValue('');
      expect(within(form).queryByRole('radio')).toBeNull();
    });

    it('explains that the application already has a lead partner (PARTNERSHIP-002)', async () => {
      scenario({ method: 'POST', path: partners, answer: () => problem(409, { title: 'Conflict', code: 'PARTNERSHIP-002' }) }, [lead]);
      renderPanel(true);
      const form = await choose(/^Södertörns högskola/);
      await userEvent.selectOptions(within(form).getByRole('combobox', { name: /^Roll i partnerskapet/ }), 'LEAD_PARTNER');
      await userEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));
      expect(await within(form).findByRole('alert')).toHaveTextContent(
        'Ansökan har redan en huvudpartner. Välj en annan roll, eller gör först den nuvarande huvudpartnern till partner.',
      );
      expect(within(form).getByRole('radio', { name: /^Södertörns högskola/ })).toBeChecked();
    });

    it('names an organisation already in the partnership (PARTNERSHIP-001)', async () => {
      scenario({ method: 'POST', path: partners, answer: () => problem(409, { title: 'Conflict', code: 'PARTNERSHIP-001' }) }, [lead]);
      renderPanel(true);
      const form = await choose(/^Södertälje kommun/);
      await userEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));
      expect(await within(form).findByRole('alert')).toHaveTextContent('Södertälje kommun ingår redan i ansökans partnerskap.');
    });

    it('asks for an organisation before adding', async () => {
      const { requests } = scenario(null, [lead]);
      renderPanel(true);
      const form = await screen.findByRole('form', { name: 'Lägg till organisation' });
      await userEvent.click(within(form).getByRole('button', { name: 'Lägg till' }));
      const search = within(form).getByRole('searchbox', { name: 'Sök organisation i partnerregistret' });
      expect(search).toHaveAccessibleDescription(expect.stringContaining('Välj en organisation i listan.'));
      expect(search).toHaveFocus();
      expect(requests.some((request) => request.method === 'POST')).toBe(false);
    });

    it('is not offered to an auditor', async () => {
      scenario(null, [lead]);
      renderPanel(false, meWith(['auditor']));
      expect(await screen.findByRole('link', { name: 'Södertälje kommun' })).toBeInTheDocument();
      expect(screen.queryByRole('form', { name: 'Lägg till organisation' })).toBeNull();
      expect(screen.queryByRole('searchbox')).toBeNull();
      expect(screen.queryByRole('link', { name: 'Ny organisation i registret' })).toBeNull();
    });
  });
});
