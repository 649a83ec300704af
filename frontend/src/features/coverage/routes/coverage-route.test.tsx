import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meWith, SOC_ID, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { CoverageRoute } from './coverage-route';

const coverage = () =>
  json({
    date: '2026-11-26',
    activeUnits: 12,
    unitsWithCoordinator: 10,
    unitsWithoutCoordinator: [
      { id: SOC_ID, code: 'SOC', name: 'Socialförvaltningen', type: 'MUNICIPAL_DEPARTMENT' },
      { id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen', type: 'MUNICIPAL_DEPARTMENT' },
    ],
  });

describe('coordinator coverage', () => {
  it('shows the counts and links to add a coordinator, prefilled', async () => {
    mockFetch([{ method: 'GET', path: '/api/v1/units/coordinator-coverage', answer: coverage }]);
    renderRoute(<CoverageRoute />, { path: '/coverage', at: '/coverage', me: meWith(['advisor']) });
    const table = await screen.findByRole('table', { name: /saknar en aktiv samordnare/ });
    expect(screen.getByText('Aktiva enheter').nextElementSibling).toHaveTextContent('12');
    expect(screen.getByText('Utan samordnare').nextElementSibling).toHaveTextContent('2');
    const link = within(table).getByRole('link', { name: 'Lägg till samordnare för Socialförvaltningen' });
    expect(link).toHaveAttribute('href', `/contacts/new?unitId=${SOC_ID}&role=INTERNATIONAL_COORDINATOR`);
  });

  it('offers a coordinator the link for their own unit only', async () => {
    mockFetch([{ method: 'GET', path: '/api/v1/units/coordinator-coverage', answer: coverage }]);
    const me = meWith(['coordinator'], [{ id: SOC_ID, code: 'SOC', name: 'Socialförvaltningen' }]);
    renderRoute(<CoverageRoute />, { path: '/coverage', at: '/coverage', me });
    const table = await screen.findByRole('table', { name: /saknar en aktiv samordnare/ });
    expect(within(table).getAllByRole('link', { name: /Lägg till samordnare/ })).toHaveLength(1);
    expect(within(table).getByRole('link', { name: /Lägg till samordnare för Socialförvaltningen/ })).toBeInTheDocument();
  });

  it('says so when every unit is covered', async () => {
    mockFetch([
      {
        method: 'GET',
        path: '/api/v1/units/coordinator-coverage',
        answer: () => json({ date: '2026-11-26', activeUnits: 12, unitsWithCoordinator: 12, unitsWithoutCoordinator: [] }),
      },
    ]);
    renderRoute(<CoverageRoute />, { path: '/coverage', at: '/coverage', me: meWith(['auditor']) });
    expect(await screen.findByText('Alla aktiva enheter har en samordnare.')).toBeInTheDocument();
  });

  it('asks a coordinator whom the register does not name to register, and not one whom it names', async () => {
    const soc = { id: SOC_ID, code: 'SOC', name: 'Socialförvaltningen' };
    const register = (email: string) => () =>
      json({ items: [{ id: 'c-1', name: 'Någon Annan', email, unitId: SOC_ID, roles: ['INTERNATIONAL_COORDINATOR'] }], page: 0, size: 200, total: 1 });
    mockFetch([
      { method: 'GET', path: '/api/v1/units/coordinator-coverage', answer: coverage },
      { method: 'GET', path: '/api/v1/contact-persons', answer: register('someone.else@example.org') },
    ]);
    const first = renderRoute(<CoverageRoute />, { path: '/coverage', at: '/coverage', me: meWith(['coordinator'], [soc]) });
    const link = await screen.findByRole('link', { name: 'Registrera dig som kontaktperson' });
    expect(link).toHaveAttribute('href', `/contacts/new?unitId=${SOC_ID}&role=INTERNATIONAL_COORDINATOR`);
    expect(screen.getByText(/Du är samordnare för Socialförvaltningen men inte registrerad/)).toBeInTheDocument();
    first.unmount();

    mockFetch([
      { method: 'GET', path: '/api/v1/units/coordinator-coverage', answer: coverage },
      { method: 'GET', path: '/api/v1/contact-persons', answer: register('TEST@example.org') },
    ]);
    renderRoute(<CoverageRoute />, { path: '/coverage', at: '/coverage', me: meWith(['coordinator'], [soc]) });
    await screen.findByRole('table', { name: /saknar en aktiv samordnare/ });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByRole('link', { name: 'Registrera dig som kontaktperson' })).toBeNull();
  });
});
