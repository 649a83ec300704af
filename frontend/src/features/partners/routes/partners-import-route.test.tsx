import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { PartnersImportRoute } from './partners-import-route';

const csv = 'legalName,englishName,country,region,city,type,pic,vatNumber,website,expertise,languages,description,twinTown,networks\nTurun kaupunki,City of Turku,FI,,Turku,MUNICIPALITY,999999999,,,climate adaptation,fi;sv,,false,UBC\n';

function renderImport() {
  return renderRoute(<PartnersImportRoute />, { path: '/partners/import', at: '/partners/import', me: meWith(['advisor']) });
}

async function choose(content: string) {
  await userEvent.upload(screen.getByLabelText(/^CSV-fil/), new File([content], 'organisationer.csv', { type: 'text/csv' }));
}

describe('importing organisations', () => {
  it('sends the CSV as it is and shows what the import did', async () => {
    const { requests } = mockFetch([
      { method: 'POST', path: '/api/v1/partners/import', answer: () => json({ format: 'CORDIS', rows: 12584, created: 5755, updated: 2, participations: 12580 }) },
    ]);
    renderImport();
    await choose(csv);
    await userEvent.click(screen.getByRole('button', { name: 'Importera' }));

    const status = (await screen.findByText('Importen är klar.')).closest('[role="status"]') as HTMLElement;
    expect(status).toHaveTextContent('Filen lästes som CORDIS deltagarfil.');
    const figure = (label: string) => within(status).getByText(label).nextElementSibling;
    expect(figure('Lästa rader')).toHaveTextContent('12 584');
    expect(figure('Nya organisationer')).toHaveTextContent('5 755');
    expect(figure('Uppdaterade organisationer')).toHaveTextContent('2');
    expect(figure('Registrerade projektdeltaganden')).toHaveTextContent('12 580');
    expect(requests[0].headers.get('Content-Type')).toBe('text/csv');
    expect(requests[0].body).toBe(csv);
  });

  it('lists the rows in error (IMPORT-001) and says nothing was imported', async () => {
    mockFetch([
      {
        method: 'POST',
        path: '/api/v1/partners/import',
        answer: () =>
          problem(400, {
            title: 'Import refused',
            code: 'IMPORT-001',
            detail: '2 problem(s) in the file; nothing was imported',
            errors: [
              { field: 'rows[3].pic', message: 'must be the 9 digits of the Participant Identification Code' },
              { field: 'rows[7].country', message: 'is not an ISO 3166-1 alpha-2 code such as SE or FI' },
            ],
          }),
      },
    ]);
    renderImport();
    await choose(csv);
    await userEvent.click(screen.getByRole('button', { name: 'Importera' }));

    const table = await screen.findByRole('table', { name: '2 fel i filen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/^4picmust be the 9 digits of the Participant Identification Code$/);
    expect(rows[1]).toHaveTextContent(/^8countryis not an ISO 3166-1 alpha-2 code such as SE or FI$/);
    expect(screen.getByRole('heading', { level: 2, name: 'Inget importerades' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Filen har fel och ingenting importerades.');
    expect(screen.queryByText('Importen är klar.')).toBeNull();
  });

  it('asks for a file before sending anything', async () => {
    const { requests } = mockFetch([]);
    renderImport();
    await userEvent.click(screen.getByRole('button', { name: 'Importera' }));
    const input = screen.getByLabelText(/^CSV-fil/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Välj en CSV-fil.'));
    expect(requests).toHaveLength(0);
  });
});
