import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { RatesImportRoute } from './rates-import-route';

const csv = 'currency;month;unitsPerEur;source\nSEK;2026-10;11,2365;InforEuro\nSEK;2026-11;11,4830;InforEuro\n';

function renderImport() {
  return renderRoute(<RatesImportRoute />, { path: '/exchange-rates/import', at: '/exchange-rates/import', me: meWith(['advisor']) });
}

async function importFile() {
  await userEvent.upload(screen.getByLabelText(/^CSV-fil/), new File([csv], 'kurser.csv', { type: 'text/csv' }));
  await userEvent.click(screen.getByRole('button', { name: 'Importera' }));
}

describe('importing exchange rates', () => {
  it('sends the CSV as it is and shows what the import did', async () => {
    const { requests } = mockFetch([
      { method: 'POST', path: '/api/v1/exchange-rates/import', answer: () => json({ rows: 2, created: 1, updated: 1, unchanged: 0 }) },
    ]);
    renderImport();
    await importFile();

    const status = (await screen.findByText('Importen är klar.')).closest('[role="status"]') as HTMLElement;
    const figure = (label: string) => within(status).getByText(label).nextElementSibling;
    expect(figure('Lästa rader')).toHaveTextContent('2');
    expect(figure('Nya månader')).toHaveTextContent('1');
    expect(figure('Ändrade månader')).toHaveTextContent('1');
    expect(figure('Oförändrade månader')).toHaveTextContent('0');
    expect(requests[0].headers.get('Content-Type')).toBe('text/csv');
    expect(requests[0].body).toBe(csv);
  });

  it('lists every row in error and says nothing was imported', async () => {
    mockFetch([
      {
        method: 'POST',
        path: '/api/v1/exchange-rates/import',
        answer: () =>
          problem(400, {
            title: 'Import refused',
            code: 'IMPORT-001',
            detail: '2 problem(s) in the file; nothing was imported',
            errors: [
              { field: 'rows[0].currency', message: 'must not be EUR: rates are units of a currency per 1 EUR', code: 'RATE-002' },
              { field: 'rows[1].unitsPerEur', message: 'must be a number above zero', code: 'RATE-005' },
            ],
          }),
      },
    ]);
    renderImport();
    await importFile();

    const table = await screen.findByRole('table', { name: '2 fel i filen' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/^1currencymust not be EUR/);
    expect(rows[2]).toHaveTextContent(/^2unitsPerEurmust be a number above zero/);
    expect(screen.getByText(/Filen har fel och ingenting importerades/)).toBeInTheDocument();
  });

  it('asks for a file before sending anything', async () => {
    const { requests } = mockFetch([]);
    renderImport();
    await userEvent.click(screen.getByRole('button', { name: 'Importera' }));
    expect(await screen.findByText('Välj en CSV-fil.')).toBeInTheDocument();
    expect(requests).toEqual([]);
  });
});
