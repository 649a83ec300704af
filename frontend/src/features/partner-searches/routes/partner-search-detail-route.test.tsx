import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PartnerSearchView } from '@/lib/api/types';
import { meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem, type Route } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { aarhus, DRAFT_ID, interest, SEARCH_ID, search, TURKU_ID, turku, unitApplication } from '../search-fixture';
import { PartnerSearchDetailRoute } from './partner-search-detail-route';

const path = '/partner-searches/:id';
const at = `/partner-searches/${SEARCH_ID}`;
const base = `/api/v1/partner-searches/${SEARCH_ID}`;
const anna = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);
const OTHER_DRAFT = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const SUBMITTED = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';

function scenario(view: PartnerSearchView = search(), extra: Route[] = []) {
  return mockFetch([
    ...extra,
    { method: 'GET', path: base, answer: () => json(view) },
    { method: 'GET', path: `${base}/matches`, answer: () => json({ items: [turku, aarhus], page: 0, size: 20, total: 2 }) },
    { method: 'GET', path: `${base}/interests`, answer: () => json([interest()]) },
    {
      method: 'GET',
      path: '/api/v1/applications',
      answer: () =>
        json({
          items: [
            unitApplication(DRAFT_ID, 'Gröna skolgårdar för ett förändrat klimat', 'DRAFT'),
            unitApplication(OTHER_DRAFT, 'Läxhjälp på biblioteken', 'DRAFT'),
            unitApplication(SUBMITTED, 'Digitala klassrum', 'SUBMITTED'),
          ],
          page: 0,
          size: 200,
          total: 3,
        }),
    },
  ]);
}

const matchItem = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;

describe('partner search page', () => {
  it("shows the search's criteria in words", async () => {
    scenario();
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    expect(await screen.findByRole('heading', { level: 1, name: 'Partner till Gröna skolgårdar' })).toBeInTheDocument();
    const value = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(value('Sökta roller')).toHaveTextContent('Partner');
    expect(value('Länder')).toHaveTextContent('Finland, Danmark');
    expect(value('Typer av organisation')).toHaveTextContent('Kommun, Universitet eller högskola');
    expect(value('Sista dag för intresseanmälan')).toHaveTextContent('31 mars 2026');
    expect(await within(value('Ansökan')).findByRole('link', { name: 'Gröna skolgårdar för ett förändrat klimat' })).toHaveAttribute('href', `/applications/${DRAFT_ID}`);
    expect(within(value('Utlysning')).getByRole('link', { name: 'ERDF-2026-KLIMAT' })).toBeInTheDocument();
  });

  it('lists the ranked matches, best first, each with its reasons in words', async () => {
    scenario();
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    const list = await screen.findByRole('list', { name: 'Matchande organisationer, bäst först' });
    const items = within(list).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(items).toEqual(['Turun kaupunki', 'AARHUS UNIVERSITET']);
    expect(screen.getByText('2 organisationer matchar.')).toBeInTheDocument();

    const first = matchItem('Turun kaupunki');
    expect(within(first).getByRole('link', { name: 'Turun kaupunki' })).toHaveAttribute('href', `/partners/${TURKU_ID}`);
    expect(first).toHaveTextContent('Kommun · Turku, Finland');
    const reasons = within(within(first).getByRole('list', { name: 'Därför matchar den:' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(reasons).toEqual([
      'Har anmält intresse för sökningen',
      'Kompetens som efterfrågas: climate adaptation, urban water',
      'Tidigare EU-projekt i ämnet: CLARITY, GROWGREEN',
      'Finns i ett av de sökta länderna: Finland',
      'Är en sökt typ av organisation: Kommun',
      'Har varit partner i 2 av kommunens ansökningar',
    ]);
    expect(matchItem('AARHUS UNIVERSITET')).toHaveTextContent('Har koordinerat 1 EU-projekt (en huvudpartner söks)');
  });

  it("adds a match to the search's own application as partner, and says so with a link to it", async () => {
    const { requests } = scenario(search(), [
      {
        method: 'POST',
        path: `/api/v1/applications/${DRAFT_ID}/partners`,
        answer: (_request, body) => json({ id: 'member-1', ...(body as object), legalName: 'Turun kaupunki', version: 0 }, { status: 201 }),
      },
    ]);
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    await screen.findByRole('list', { name: 'Matchande organisationer, bäst först' });
    await userEvent.click(within(matchItem('Turun kaupunki')).getByRole('button', { name: 'Lägg till i ansökan: Turun kaupunki' }));

    const form = screen.getByRole('form', { name: 'Lägg till Turun kaupunki i en ansökan' });
    const application = within(form).getByLabelText(/^Ansökan/);
    await waitFor(() => expect(application).toHaveFocus());
    expect(application).toHaveValue(DRAFT_ID);
    // Drafts of the unit only: a submitted application takes no partners.
    expect(within(application).queryByRole('option', { name: /Digitala klassrum/ })).toBeNull();
    expect(within(form).getByLabelText(/^Roll i partnerskapet/)).toHaveValue('PARTNER');
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till i partnerskapet' }));

    const status = await screen.findByText('Turun kaupunki har lagts till i Gröna skolgårdar för ett förändrat klimat som Partner.');
    expect(within(status).getByRole('link', { name: 'Öppna Gröna skolgårdar för ett förändrat klimat' })).toHaveAttribute('href', `/applications/${DRAFT_ID}`);
    expect(screen.queryByRole('form', { name: /i en ansökan/ })).toBeNull();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ organisationId: TURKU_ID, role: 'PARTNER', searchId: SEARCH_ID });
  });

  it('explains a refusal to name a second lead partner (PARTNERSHIP-002) and keeps the form', async () => {
    scenario(search(), [
      {
        method: 'POST',
        path: `/api/v1/applications/${DRAFT_ID}/partners`,
        answer: () => problem(409, { title: 'Conflict', code: 'PARTNERSHIP-002', detail: 'The partnership already has a lead partner' }),
      },
    ]);
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    await screen.findByRole('list', { name: 'Matchande organisationer, bäst först' });
    await userEvent.click(within(matchItem('Turun kaupunki')).getByRole('button', { name: /^Lägg till i ansökan/ }));
    const form = screen.getByRole('form', { name: 'Lägg till Turun kaupunki i en ansökan' });
    await userEvent.selectOptions(within(form).getByLabelText(/^Roll i partnerskapet/), 'LEAD_PARTNER');
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till i partnerskapet' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Ansökan har redan en huvudpartner. Välj en annan roll, eller gör först den nuvarande huvudpartnern till partner.',
    );
    expect(within(form).getByLabelText(/^Roll i partnerskapet/)).toHaveValue('LEAD_PARTNER');
  });

  it('says when the organisation is already in the partnership (PARTNERSHIP-001) or the application is no longer a draft (APPLICATION-002)', async () => {
    let answers = 0;
    scenario(search(), [
      {
        method: 'POST',
        path: `/api/v1/applications/${DRAFT_ID}/partners`,
        answer: () => problem(409, { title: 'Conflict', code: ++answers === 1 ? 'PARTNERSHIP-001' : 'APPLICATION-002' }),
      },
    ]);
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    await screen.findByRole('list', { name: 'Matchande organisationer, bäst först' });
    await userEvent.click(within(matchItem('Turun kaupunki')).getByRole('button', { name: /^Lägg till i ansökan/ }));
    const form = screen.getByRole('form', { name: /i en ansökan/ });
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till i partnerskapet' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Turun kaupunki ingår redan i ansökans partnerskap.');
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till i partnerskapet' }));
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent('Ansökan är inte längre ett utkast, så partnerskapet kan inte ändras.'));
  });

  it('offers the drafts of the unit when the search has no application of its own', async () => {
    const { requests } = scenario(search({ applicationId: null }), [
      { method: 'POST', path: `/api/v1/applications/${OTHER_DRAFT}/partners`, answer: () => json({ id: 'm' }, { status: 201 }) },
    ]);
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    await screen.findByRole('list', { name: 'Matchande organisationer, bäst först' });
    await userEvent.click(within(matchItem('AARHUS UNIVERSITET')).getByRole('button', { name: /^Lägg till i ansökan/ }));
    const form = screen.getByRole('form', { name: 'Lägg till AARHUS UNIVERSITET i en ansökan' });
    const application = within(form).getByLabelText(/^Ansökan/);
    expect(application).toHaveValue('');
    expect(within(application).getAllByRole('option').map((option) => option.textContent)).toEqual(['Välj …', 'Gröna skolgårdar för ett förändrat klimat', 'Läxhjälp på biblioteken']);
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till i partnerskapet' }));
    expect(application).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await userEvent.selectOptions(application, OTHER_DRAFT);
    await userEvent.click(within(form).getByRole('button', { name: 'Lägg till i partnerskapet' }));
    expect(await screen.findByText(/AARHUS UNIVERSITET har lagts till i Läxhjälp på biblioteken som Partner\./)).toBeInTheDocument();
  });

  it('lists the expressions of interest, marking late ones', async () => {
    scenario();
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    const interests = await screen.findByRole('region', { name: 'Intresseanmälningar' });
    const row = (await within(interests).findByRole('link', { name: 'Turun kaupunki' })).closest('tr')!;
    expect(row).toHaveTextContent('Partner');
    expect(row).toHaveTextContent('2 apr. 2026');
    expect(within(row).getByText('Sen')).toBeInTheDocument();
    expect(row).toHaveTextContent('(inkom efter sista dag för intresseanmälan)');
    expect(row).toHaveTextContent('Vill bidra med erfarenhet av dagvatten.');
  });

  it("records a match's expression of interest, and says when it came in late", async () => {
    const { requests } = scenario(search(), [
      {
        method: 'POST',
        path: `${base}/interests`,
        answer: (_request, body) => json(interest({ id: 'new', organisationId: aarhus.organisationId, legalName: aarhus.legalName, ...(body as object), late: true }), { status: 201 }),
      },
    ]);
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    await screen.findByRole('list', { name: 'Matchande organisationer, bäst först' });
    await userEvent.click(within(matchItem('AARHUS UNIVERSITET')).getByRole('button', { name: 'Registrera intresse: AARHUS UNIVERSITET' }));

    const form = screen.getByRole('form', { name: 'Registrera en intresseanmälan' });
    const organisation = within(form).getByLabelText(/^Organisation/);
    expect(organisation).toHaveFocus();
    expect(organisation).toHaveValue(aarhus.organisationId);
    await userEvent.selectOptions(within(form).getByLabelText(/^Föreslagen roll/), 'ASSOCIATED_PARTNER');
    await userEvent.clear(within(form).getByLabelText(/^Inkom/));
    await userEvent.type(within(form).getByLabelText(/^Inkom/), '2026-04-05');
    await userEvent.type(within(form).getByLabelText(/^Anteckning/), 'Via EFFEKNET');
    await userEvent.click(within(form).getByRole('button', { name: 'Registrera intresse' }));

    expect(await screen.findByText('Intresset från AARHUS UNIVERSITET har registrerats. Det kom in efter sista dag för intresseanmälan och är markerat som sent.')).toBeInTheDocument();
    expect(requests.find((request) => request.method === 'POST')?.body).toEqual({
      organisationId: aarhus.organisationId,
      proposedRole: 'ASSOCIATED_PARTNER',
      receivedOn: '2026-04-05',
      note: 'Via EFFEKNET',
    });
  });

  it('finds an organisation in the register to record its interest, and explains one already recorded (SEARCH-002)', async () => {
    const { requests } = scenario(search(), [
      { method: 'GET', path: '/api/v1/partners', answer: () => json({ items: [{ id: TURKU_ID, legalName: 'Turun kaupunki', city: 'Turku', country: 'FI' }], page: 0, size: 20, total: 1 }) },
      { method: 'POST', path: `${base}/interests`, answer: () => problem(409, { title: 'Conflict', code: 'SEARCH-002' }) },
    ]);
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    const form = await screen.findByRole('form', { name: 'Registrera en intresseanmälan' });
    await userEvent.type(within(form).getByRole('searchbox', { name: /^Sök organisation i registret/ }), 'turku{Enter}');
    expect(await within(form).findByText('1 organisation hittades.')).toBeInTheDocument();
    expect(requests.find((request) => request.url.pathname === '/api/v1/partners')?.url.searchParams.get('q')).toBe('turku');
    await userEvent.selectOptions(within(form).getByLabelText(/^Organisation/), TURKU_ID);
    await userEvent.click(within(form).getByRole('button', { name: 'Registrera intresse' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Intresset från Turun kaupunki är redan registrerat i den här sökningen.');
  });

  it('explains that a closed search takes no interest (SEARCH-001), and asks for an organisation first', async () => {
    const { requests } = scenario(search(), [
      { method: 'POST', path: `${base}/interests`, answer: () => problem(409, { title: 'Conflict', code: 'SEARCH-001' }) },
    ]);
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    const form = await screen.findByRole('form', { name: 'Registrera en intresseanmälan' });
    await userEvent.click(within(form).getByRole('button', { name: 'Registrera intresse' }));
    expect(within(form).getByLabelText(/^Organisation/)).toHaveAttribute('aria-invalid', 'true');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await screen.findByRole('list', { name: 'Matchande organisationer, bäst först' });
    await userEvent.click(within(matchItem('Turun kaupunki')).getByRole('button', { name: /^Registrera intresse/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Registrera intresse' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Sökningen är stängd. Öppna den igen för att registrera intresse.');
  });

  it('shows a closed search without the interest form', async () => {
    scenario(search({ status: 'CLOSED' }));
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: anna });
    expect(await screen.findByText('Sökningen är stängd. Öppna den igen för att registrera fler intresseanmälningar.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Registrera en intresseanmälan' })).toBeNull();
    await screen.findByRole('list', { name: 'Matchande organisationer, bäst först' });
    expect(screen.queryByRole('button', { name: /^Registrera intresse/ })).toBeNull();
  });

  it('lets an auditor only read: no adding, no recording, no editing', async () => {
    scenario();
    renderRoute(<PartnerSearchDetailRoute />, { path, at, me: meWith(['auditor']) });
    await screen.findByRole('list', { name: 'Matchande organisationer, bäst först' });
    expect(screen.queryByRole('button', { name: /^Lägg till i ansökan/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Registrera intresse/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ta bort' })).toBeNull();
  });
});
