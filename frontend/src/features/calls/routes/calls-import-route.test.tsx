import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { CallsImportRoute } from './calls-import-route';

const topics = JSON.stringify([{ reference: 'T1', topicId: 'ERASMUS-EDU-2026-PCOOP-ENGO', title: 'Partnerships', deadline: '2026-03-05' }]);
const csv = 'programmeCode,identifier,title,opensAt,closesAt,timeZone,budget,topics,url\nESF-2127,ESF-1,Unga,,2026-03-05T17:00:00+01:00,Europe/Brussels,,unga;arbete,\n';

function renderImport() {
  return renderRoute(<CallsImportRoute />, { path: '/calls/import', at: '/calls/import', me: meWith(['advisor']) });
}

async function choose(name: string, content: string, type = '') {
  // `accept` only guides the browser's picker; any file may still be chosen.
  await userEvent.setup({ applyAccept: false }).upload(screen.getByLabelText(/^Fil/), new File([content], name, { type }));
}

describe('importing calls', () => {
  it('recognises a Funding & Tenders JSON file and shows what was imported', async () => {
    const { requests } = mockFetch([
      { method: 'POST', path: '/api/v1/calls/import', answer: () => json({ created: 2, updated: 1, programmesCreated: 1 }) },
    ]);
    renderImport();
    await choose('topics.txt', `  ${topics}`);
    expect(await screen.findByText(/JSON \(Funding & Tenders-portalen\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Importera' }));

    const result = await screen.findByText('Importen är klar.');
    const figures = result.closest('[role="status"]') as HTMLElement;
    expect(within(figures).getByText('Nya utlysningar').nextElementSibling).toHaveTextContent('2');
    expect(within(figures).getByText('Uppdaterade utlysningar').nextElementSibling).toHaveTextContent('1');
    expect(within(figures).getByText('Nya program').nextElementSibling).toHaveTextContent('1');
    expect(requests[0].headers.get('Content-Type')).toBe('application/json');
    expect(requests[0].body).toEqual(JSON.parse(topics));
  });

  it('sends a CSV file as text/csv, as it is', async () => {
    const { requests } = mockFetch([
      { method: 'POST', path: '/api/v1/calls/import', answer: () => json({ created: 1, updated: 0, programmesCreated: 0 }) },
    ]);
    renderImport();
    await choose('utlysningar.csv', csv);
    await userEvent.click(screen.getByRole('button', { name: 'Importera' }));
    await screen.findByText('Importen är klar.');
    expect(requests[0].headers.get('Content-Type')).toBe('text/csv');
    expect(requests[0].body).toBe(csv);
  });

  it('lists the rows in error as a table, and says nothing was imported', async () => {
    mockFetch([
      {
        method: 'POST',
        path: '/api/v1/calls/import',
        answer: () =>
          problem(400, {
            title: 'Bad Request',
            code: 'IMPORT-001',
            detail: 'Filen innehåller fel; inget har importerats.',
            errors: [
              { field: 'rows[0].deadline', message: 'Datumet ska skrivas ÅÅÅÅ-MM-DD.' },
              { field: 'rows[12].programmeId', message: 'Programmet saknas.' },
            ],
          }),
      },
    ]);
    renderImport();
    await choose('topics.json', topics);
    await userEvent.click(screen.getByRole('button', { name: 'Importera' }));

    const table = await screen.findByRole('table', { name: '2 fel i filen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/^1deadlineDatumet ska skrivas ÅÅÅÅ-MM-DD\.$/);
    expect(rows[1]).toHaveTextContent(/^13programmeIdProgrammet saknas\.$/);
    expect(screen.getByRole('heading', { level: 2, name: 'Inget importerades' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Filen har fel och ingenting importerades.');
    expect(screen.queryByText('Importen är klar.')).toBeNull();
  });

  it('asks for a file it can read before sending anything', async () => {
    const { requests } = mockFetch([]);
    renderImport();
    await userEvent.click(screen.getByRole('button', { name: 'Importera' }));
    const input = screen.getByLabelText(/^Fil/);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Välj en fil.'));

    await choose('anteckningar.txt', 'hej');
    await userEvent.click(screen.getByRole('button', { name: 'Importera' }));
    await waitFor(() => expect(input).toHaveAccessibleDescription(expect.stringContaining('Filens format känns inte igen.')));
    expect(requests).toHaveLength(0);
  });
});
