import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meWith, programme, PROGRAMME_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { ProgrammeDetailRoute } from './programme-detail-route';

const path = '/programmes/:id';
const at = `/programmes/${PROGRAMME_ID}`;

describe('programme page', () => {
  it('shows the rule set readably', async () => {
    mockFetch([{ method: 'GET', path: `/api/v1/programmes/${PROGRAMME_ID}`, answer: () => json(programme()) }]);
    renderRoute(<ProgrammeDetailRoute />, { path, at, me: meWith(['applicant']) });
    await screen.findByRole('heading', { level: 2, name: 'Regler' });
    const value = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(value('Kostnadsslag')).toHaveTextContent('PersonalkostnaderKontors- och administrationskostnaderResor och logi');
    expect(value('Schabloner')).toHaveTextContent(/Indirekta kostnader på personalkostnader: högst 15\s%/);
    expect(value('Medfinansiering från EU')).toHaveTextContent(/högst 60\s%/);
    expect(value('Rapporteringsperiod')).toHaveTextContent('6 månader');
    expect(value('Arkivering vid statsstöd')).toHaveTextContent('10 år');
    expect(screen.getByRole('link', { name: 'Programmets utlysningar' })).toHaveAttribute('href', `/calls?programmeId=${PROGRAMME_ID}`);
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Historik' })).toBeNull();
  });

  it('offers edit, delete and history to an advisor', async () => {
    mockFetch([{ method: 'GET', path: `/api/v1/programmes/${PROGRAMME_ID}`, answer: () => json(programme()) }]);
    renderRoute(<ProgrammeDetailRoute />, { path, at, me: meWith(['advisor']) });
    expect(await screen.findByRole('link', { name: 'Redigera' })).toHaveAttribute('href', `/programmes/${PROGRAMME_ID}/edit`);
    expect(screen.getByRole('button', { name: 'Ta bort' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Historik' })).toBeInTheDocument();
  });
});
