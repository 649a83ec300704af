import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { cooperation, PARTNER_ID, partner } from '../partner-fixture';
import { PartnerDetailRoute } from './partner-detail-route';

const path = '/partners/:id';
const at = `/partners/${PARTNER_ID}`;
const applicant = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);

function scenario(view = partner()) {
  return mockFetch([
    { method: 'GET', path: `/api/v1/partners/${PARTNER_ID}`, answer: () => json(view, { headers: { ETag: `"${view.version}"` } }) },
    { method: 'GET', path: `/api/v1/partners/${PARTNER_ID}/cooperation`, answer: () => json(cooperation) },
    {
      method: 'DELETE',
      path: `/api/v1/partners/${PARTNER_ID}`,
      answer: () => problem(409, { title: 'Conflict', code: 'PARTNER-004', detail: 'Turun kaupunki is in an application' }),
    },
  ]);
}

const value = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('organisation page', () => {
  it('shows every field of the register entry, in words', async () => {
    scenario();
    renderRoute(<PartnerDetailRoute />, { path, at, me: applicant });
    expect(await screen.findByRole('heading', { level: 1, name: 'Turun kaupunki' })).toBeInTheDocument();
    expect(value('Namn på engelska')).toHaveTextContent('City of Turku');
    expect(value('Land')).toHaveTextContent('Finland (FI)');
    expect(value('Ort och region')).toHaveTextContent('Turku, Varsinais-Suomi');
    expect(value('Typ av organisation')).toHaveTextContent('Kommun');
    expect(value('PIC')).toHaveTextContent('999999999');
    expect(value('Momsregistreringsnummer')).toHaveTextContent('FI02045366');
    expect(value('Vänort')).toHaveTextContent('Nej');
    expect(value('Språk')).toHaveTextContent('finska (fi)svenska (sv)engelska (en)');
    expect(value('Kompetens')).toHaveTextContent('climate adaptationurban water');
    expect(value('EU-projekt')).toHaveTextContent('12 (varav 3 som koordinator)');
    expect(within(value('Nätverk')).getByRole('link', { name: 'Organisationer i nätverket UBC' })).toHaveAttribute('href', '/partners?network=UBC');
    expect(screen.getByRole('link', { name: /https:\/\/www.turku.fi/ })).toHaveAttribute('target', '_blank');
  });

  it('lists the contact persons', async () => {
    scenario();
    renderRoute(<PartnerDetailRoute />, { path, at, me: applicant });
    const contacts = await screen.findByRole('region', { name: 'Kontaktpersoner' });
    const row = within(contacts).getByRole('cell', { name: 'Anni Virtanen' }).closest('tr')!;
    expect(row).toHaveTextContent('EU-samordnare');
    expect(within(row).getByRole('link', { name: 'anni.virtanen@turku.fi' })).toHaveAttribute('href', 'mailto:anni.virtanen@turku.fi');
  });

  it('shows its history with the municipality and its EU projects', async () => {
    scenario();
    renderRoute(<PartnerDetailRoute />, { path, at, me: applicant });
    const applications = await screen.findByRole('region', { name: 'Ansökningar med kommunen' });
    const application = within(applications).getByRole('link', { name: 'Gröna skolgårdar för ett förändrat klimat' });
    expect(application).toHaveAttribute('href', '/applications/77777777-7777-4777-8777-777777777777');
    expect(application.closest('tr')).toHaveTextContent(/UTB.*Utkast.*Partner/);

    const searches = screen.getByRole('region', { name: 'Partnersökningar' });
    expect(within(searches).getByRole('link', { name: 'Partner till Gröna skolgårdar' }).closest('tr')).toHaveTextContent('Matchar sökningen, Har anmält intresse');

    const projects = screen.getByRole('region', { name: 'EU-projekt' });
    const project = within(projects).getByText('CLARITY').closest('tr')!;
    expect(project).toHaveTextContent('Coordinator');
    expect(project).toHaveTextContent('H2020');
    expect(project).toHaveTextContent('SC5-01-2016-2017 Exploiting the added value of climate services');
    expect(project).toHaveTextContent('1 juni 2017 – 30 nov. 2020');
    expect(project).toHaveTextContent('650 000 €');
  });

  it('lets an applicant edit but not delete, and shows no history link', async () => {
    scenario();
    renderRoute(<PartnerDetailRoute />, { path, at, me: applicant });
    expect(await screen.findByRole('link', { name: 'Redigera' })).toHaveAttribute('href', `/partners/${PARTNER_ID}/edit`);
    expect(screen.queryByRole('button', { name: 'Ta bort' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Historik' })).toBeNull();
  });

  it('lets an advisor delete, and says why an organisation in use stays', async () => {
    const { requests } = scenario();
    renderRoute(<PartnerDetailRoute />, { path, at, me: meWith(['advisor']) });
    expect(await screen.findByRole('link', { name: 'Historik' })).toHaveAttribute('href', `/partners/${PARTNER_ID}/history`);
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Ta bort Turun kaupunki?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Turun kaupunki ingår i en ansökans partnerskap eller har anmält intresse i en partnersökning och kan därför inte tas bort.',
    );
    expect(requests.find((request) => request.method === 'DELETE')?.headers.get('If-Match')).toBe('"2"');
  });

  it('shows an auditor the page without edit or delete', async () => {
    scenario();
    renderRoute(<PartnerDetailRoute />, { path, at, me: meWith(['auditor']) });
    expect(await screen.findByRole('link', { name: 'Historik' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ta bort' })).toBeNull();
  });
});
