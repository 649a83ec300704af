import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '@/lib/i18n/i18n';
import { meWith, socUnit } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { portfolioView, PROGRAMME_ERDF } from '../portfolio-fixture';
import { PortfolioRoute } from './portfolio-route';

const PORTFOLIO = '/api/v1/dashboard/portfolio';

function scenario(answer = () => json(portfolioView())) {
  return mockFetch([
    { method: 'GET', path: PORTFOLIO, answer },
    { method: 'GET', path: `${PORTFOLIO}/by-unit.csv`, answer: () => new Response('Unit code\r\n', { headers: { 'Content-Type': 'text/csv' } }) },
    { method: 'GET', path: '/api/v1/units', answer: () => json({ items: [socUnit], page: 0, size: 200, total: 1 }) },
    {
      method: 'GET',
      path: '/api/v1/programmes',
      answer: () => json({ items: [{ id: PROGRAMME_ERDF, code: 'ERUF-OMS', name: 'Regionalfondsprogram Östra Mellansverige' }], page: 0, size: 200, total: 1 }),
    },
  ]);
}

function renderAt(at = '/dashboard') {
  return renderRoute(<PortfolioRoute />, { path: '/dashboard', at, me: meWith(['advisor']) });
}

/** The panel of a figure, by its heading. */
async function panel(name: string) {
  return (await screen.findByRole('heading', { level: 2, name })).closest('section')!;
}

describe('portfolio dashboard', () => {
  beforeEach(() => {
    // jsdom has no layout: the charts' container needs a ResizeObserver to exist, the tests read the tables.
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
  });

  it('shows the key figures the server computed, in kronor to the öre', async () => {
    scenario();
    renderAt();
    const figures = await screen.findByLabelText('Nyckeltal');
    expect(figures).toHaveTextContent(/Ansökningar\s*4/);
    expect(figures).toHaveTextContent(/Beviljandegrad\s*66,67\s%/);
    expect(figures).toHaveTextContent(/Sökta EU-medel\s*167\s000,37\skr/);
    expect(figures).toHaveTextContent(/Utbetalda EU-medel\s*46\s500,00\skr/);
  });

  it('shows each chart as a table on request, with every figure of the group', async () => {
    scenario();
    renderAt();
    const byUnit = await panel('EU-medel per enhet');
    expect(within(byUnit).getByRole('img', { name: /Diagram: EU-medel per enhet/ })).toBeInTheDocument();
    expect(within(byUnit).queryByRole('table')).toBeNull();
    await userEvent.click(within(byUnit).getByRole('button', { name: 'Visa som tabell' }));
    const table = within(byUnit).getByRole('table', { name: 'EU-medel per enhet' });
    expect(within(table).getByRole('rowheader', { name: 'Socialförvaltningen' }).closest('tr')).toHaveTextContent(
      /Socialförvaltningen\s*220\s*100\s%\s*132\s000,00\skr\s*126\s250,00\skr\s*83\s000,00\skr\s*63\s333,30\skr\s*46\s500,00\skr/,
    );
    expect(within(table).getByRole('rowheader', { name: 'Utbildningsförvaltningen' }).closest('tr')).toHaveTextContent(/201\s*0\s%\s*35\s000,37\skr/);
    expect(within(byUnit).getByRole('button', { name: 'Visa som tabell' })).toHaveAttribute('aria-pressed', 'true');

    const byYear = await panel('Ansökningar per år och status');
    await userEvent.click(within(byYear).getByRole('button', { name: 'Visa som tabell' }));
    const statuses = within(byYear).getByRole('table', { name: 'Ansökningar per år och status' });
    expect(within(statuses).getByRole('columnheader', { name: 'Beviljad' })).toBeInTheDocument();
    expect(within(statuses).getByRole('rowheader', { name: '2025' }).closest('tr')).toHaveTextContent(/2025\s*0000011\s*0\s*2$/);

    const funds = await panel('EU-medel per fond');
    await userEvent.click(within(funds).getByRole('button', { name: 'Visa som tabell' }));
    expect(within(funds).getByRole('rowheader', { name: 'Europeiska regionala utvecklingsfonden (Eruf)' })).toBeInTheDocument();
  });

  it('shows the screening rate and the units without a coordinator', async () => {
    scenario();
    renderAt();
    const screening = await panel('Screeningsgrad per enhet');
    await userEvent.click(within(screening).getByRole('button', { name: 'Visa som tabell' }));
    expect(within(screening).getByRole('rowheader', { name: 'Socialförvaltningen' }).closest('tr')).toHaveTextContent(/32\s*66,67\s%/);
    const coverage = await panel('Enheter utan samordnare');
    expect(coverage).toHaveTextContent('1 av 2 aktiva enheter har en internationell samordnare i dag.');
    expect(within(coverage).getByRole('link', { name: 'Utbildningsförvaltningen' })).toHaveAttribute('href', expect.stringContaining('/units/'));
  });

  it('keeps the filters in the address and asks the server with them', async () => {
    const { requests } = scenario();
    const { router } = renderAt('/dashboard?yearFrom=2024&yearTo=2025');
    await panel('EU-medel per enhet');
    const first = requests.find((request) => request.url.pathname === PORTFOLIO)!;
    expect(first.url.searchParams.get('yearFrom')).toBe('2024');
    expect(first.url.searchParams.get('yearTo')).toBe('2025');

    await userEvent.selectOptions(screen.getByLabelText('Fond'), 'INTERREG');
    await waitFor(() => expect(requests.at(-1)?.url.searchParams.get('fund')).toBe('INTERREG'));
    expect(router.state.location.search).toContain('fund=INTERREG');
    expect(requests.at(-1)?.url.searchParams.get('yearFrom')).toBe('2024');

    await userEvent.click(screen.getByRole('button', { name: 'Rensa filter' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('downloads a figure as CSV with the same filters, fetched with the token and saved as a file', async () => {
    const { requests } = scenario();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:portfolio');
    vi.stubGlobal('URL', class extends URL {
      static createObjectURL = createObjectURL;
      static revokeObjectURL = vi.fn();
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderAt('/dashboard?fund=ERDF');
    const byUnit = await panel('EU-medel per enhet');
    await userEvent.click(within(byUnit).getByRole('button', { name: 'Ladda ner EU-medel per enhet som CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('portfolio-by-unit.csv');
    const exported = requests.find((request) => request.url.pathname === `${PORTFOLIO}/by-unit.csv`)!;
    expect(exported.url.searchParams.get('fund')).toBe('ERDF');
    expect(await createObjectURL.mock.calls[0][0].text()).toBe('Unit code\r\n');
  });

  it('says what is wrong with a filter the server refuses', async () => {
    scenario(() => problem(400, { title: 'Invalid request', code: 'VALIDATION', detail: 'The request has invalid fields', errors: [{ field: 'yearTo', message: 'must not be before yearFrom', code: 'Range' }] }));
    renderAt('/dashboard?yearFrom=2026&yearTo=2024');
    expect(await screen.findByRole('alert')).toBeInTheDocument();
  });

  it('speaks English', async () => {
    scenario();
    await i18n.changeLanguage('en');
    try {
      renderAt();
      expect(await screen.findByRole('heading', { level: 2, name: 'EU money by unit' })).toBeInTheDocument();
      expect(screen.getByLabelText('Key figures')).toHaveTextContent(/Success rate\s*66\.67\s%/);
    } finally {
      await i18n.changeLanguage('sv');
    }
  });
});
