import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { meWith, UTB_ID } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, application } from '@/testing/application-fixture';
import { ApplicationDetailRoute } from './application-detail-route';

const path = '/applications/:id';
const at = `/applications/${APPLICATION_ID}`;
const base = `/api/v1/applications/${APPLICATION_ID}`;
const applicant = meWith(['applicant'], [{ id: UTB_ID, code: 'UTB', name: 'Utbildningsförvaltningen' }]);
const advisor = meWith(['advisor']);
const note = { id: 'c2', internal: true, body: 'Budgeten behöver ses över.', author: { subject: 'ada', name: 'Ada Advisor' }, writtenAt: '2026-02-12T10:00:00Z' };
const member = { subject: 'sub-anna', name: 'Anna Applicant', email: null, addedBy: { subject: 'sub-carl', name: 'Carl Coordinator' }, addedAt: '2026-02-10T09:00:00Z' };
const partner = {
  id: 'm-lead',
  organisationId: 'org-sodertalje',
  legalName: 'Södertälje kommun',
  country: 'SE',
  type: 'MUNICIPALITY',
  pic: null,
  role: 'LEAD_PARTNER',
  searchId: null,
  addedBy: { subject: 'sub-anna', name: 'Anna Andersson' },
  addedAt: '2026-02-02T09:00:00Z',
  version: 0,
};
const comment = { id: 'c1', internal: false, body: 'Klar för granskning.', author: { subject: 'anna', name: 'Anna Applicant' }, writtenAt: '2026-02-11T10:00:00Z' };

const item = (code: string, field: string, section: string, blocking = true) => ({ code, field, section, message: 'x', blocking, about: null });
const readiness = {
  status: 'DRAFT',
  nextSteps: [
    {
      action: 'APPROVE_FOR_UNIT',
      roles: ['coordinator'],
      people: [{ subject: null, name: 'Cecilia Samordnare', email: 'cecilia@example.se' }],
      otherPeople: 0,
      yours: false,
      ready: false,
      needs: [item('READINESS-006', 'acronym', 'DESCRIPTION'), item('PARTNERSHIP-004', 'partners', 'PARTNERSHIP'), item('BUDGET-017', 'budget', 'BUDGET'), item('READINESS-008', 'workPackages', 'WORK_PACKAGES', false)],
    },
  ],
};

function mockApplication(view = application(), comments: unknown[] = [comment]) {
  return mockFetch([
    { method: 'GET', path: `${base}/readiness`, answer: () => json(readiness) },
    { method: 'GET', path: base, answer: () => json(view) },
    {
      method: 'GET',
      path: `${base}/timeline`,
      answer: () => json([{ action: 'APPROVE_FOR_UNIT', fromStatus: 'DRAFT', toStatus: 'UNIT_APPROVED', comment: 'Ok från enheten', actor: { subject: 'carl', name: 'Carl Coordinator' }, at: '2026-02-11T09:00:00Z' }]),
    },
    { method: 'GET', path: `${base}/attachments`, answer: () => json([]) },
    { method: 'GET', path: `${base}/team`, answer: () => json([member]) },
    { method: 'GET', path: `${base}/team/candidates`, answer: () => json([{ subject: 'sub-ada', name: 'Ada Advisor', email: null }]) },
    { method: 'GET', path: `${base}/comments`, answer: () => json(comments) },
    { method: 'GET', path: `${base}/partners`, answer: () => json([partner]) },
    { method: 'GET', path: `${base}/budget`, answer: () => json({ type: 'about:blank', status: 404, title: 'Not Found' }, { status: 404 }) },
    { method: 'GET', path: '/api/v1/partner-searches', answer: () => json({ items: [], page: 0, size: 200, total: 0 }) },
    { method: 'POST', path: `${base}/comments`, answer: () => json(note, { status: 201 }) },
  ]);
}

describe('application page', () => {
  it("shows a draft of the applicant's unit with its status, an edit link and the timeline, without workflow steps", async () => {
    mockApplication();
    renderRoute(<ApplicationDetailRoute />, { path, at, me: applicant });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sommarskola i matematik' })).toBeInTheDocument();
    expect(screen.getAllByText('Utkast').length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Redigera' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/edit`);
    expect(screen.getByText('Inget steg är ditt just nu; se Nästa steg överst för vem som tar det och vad som saknas.')).toBeInTheDocument();
    // What the next step needs, at the top, each item linked to its place.
    const next = await screen.findByRole('region', { name: 'Nästa steg' });
    expect(within(next).getByRole('heading', { level: 3, name: 'Godkänn för enheten' })).toBeInTheDocument();
    expect(within(next).getByText('Tas av: Samordnare (Cecilia Samordnare).')).toBeInTheDocument();
    expect(within(next).getByRole('link', { name: 'Ange en akronym för projektet' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/edit#application-form-acronym`);
    expect(within(next).getByRole('link', { name: 'Ange exakt en huvudpartner i partnerskapet' })).toHaveAttribute('href', '#partnership');
    expect(within(next).getByRole('link', { name: 'Gör en budget för ansökan' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/budget`);
    expect(within(next).getByText('Rekommenderas (stoppar inte steget):')).toBeInTheDocument();
    expect(within(next).getByRole('link', { name: 'Beskriv arbetet i arbetspaket' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/edit#application-form-workPackages`);
    expect(await screen.findByText('Godkänn för enheten: Utkast → Godkänd av enheten')).toBeInTheDocument();
    expect(screen.getByLabelText('Fil')).toBeInTheDocument();
  });

  it('lets only an advisor write an internal note, marked as internal', async () => {
    const { requests } = mockApplication(application({ status: 'IN_REVIEW', allowedActions: ['RETURN_FOR_CHANGES', 'CLEAR_FOR_SUBMISSION', 'WITHDRAW'] }), [comment, note]);
    renderRoute(<ApplicationDetailRoute />, { path, at, me: advisor });
    const comments = await screen.findByRole('region', { name: 'Kommentarer' });
    const internal = await within(comments).findByText('Budgeten behöver ses över.');
    expect(internal.closest('li')).toHaveTextContent('Intern');
    expect(screen.queryByRole('button', { name: 'Godkänn för enheten' })).toBeNull();
    expect(screen.queryByLabelText('Fil')).toBeNull();

    await userEvent.type(within(comments).getByLabelText(/^Ny kommentar/), 'Budgeten behöver ses över.');
    await userEvent.click(within(comments).getByRole('checkbox', { name: /Intern anteckning/ }));
    await userEvent.click(within(comments).getByRole('button', { name: 'Skicka kommentar' }));
    await waitFor(() => expect(requests.find((request) => request.method === 'POST')?.body).toEqual({ body: 'Budgeten behöver ses över.', internal: true }));
  });

  it('offers no internal notes to an applicant', async () => {
    mockApplication();
    renderRoute(<ApplicationDetailRoute />, { path, at, me: applicant });
    const comments = await screen.findByRole('region', { name: 'Kommentarer' });
    expect(await within(comments).findByText('Klar för granskning.')).toBeInTheDocument();
    expect(within(comments).queryByRole('checkbox')).toBeNull();
  });

  it('shows a granted amount as the server sent it', async () => {
    mockApplication(application({ status: 'GRANTED', submittedOn: '2026-03-01', decisionOn: '2026-05-01', funderReference: 'ESF-42', grantedAmount: 250000.5 }));
    renderRoute(<ApplicationDetailRoute />, { path, at, me: applicant });
    expect(await screen.findByText('250 000,50 €')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Inskickad version' })).toHaveAttribute('href', `/applications/${APPLICATION_ID}/submitted`);
    expect(screen.queryByRole('link', { name: 'Redigera' })).toBeNull();
  });

  it('lets an applicant add to and remove from the team', async () => {
    mockApplication();
    renderRoute(<ApplicationDetailRoute />, { path, at, me: applicant });
    const team = await screen.findByRole('region', { name: 'Team' });
    expect(await within(team).findByRole('button', { name: 'Ta bort Anna Applicant' })).toBeInTheDocument();
    expect(await within(team).findByRole('option', { name: 'Ada Advisor' })).toBeInTheDocument();
  });

  it('shows the partnership; a draft of their own unit lets an applicant change it, a submitted one does not', async () => {
    mockApplication();
    const first = renderRoute(<ApplicationDetailRoute />, { path, at, me: applicant });
    const partnership = await screen.findByRole('region', { name: 'Partnerskap' });
    expect(await within(partnership).findByRole('combobox', { name: 'Roll för Södertälje kommun' })).toHaveValue('LEAD_PARTNER');
    expect(within(partnership).getByRole('link', { name: 'Ny partnersökning för ansökan' })).toBeInTheDocument();
    expect(within(partnership).getByRole('form', { name: 'Lägg till organisation' })).toBeInTheDocument();
    first.unmount();

    mockApplication(application({ status: 'SUBMITTED', submittedOn: '2026-03-01' }));
    renderRoute(<ApplicationDetailRoute />, { path, at, me: applicant });
    const submitted = await screen.findByRole('region', { name: 'Partnerskap' });
    expect(await within(submitted).findByRole('link', { name: 'Södertälje kommun' })).toBeInTheDocument();
    expect(within(submitted).getByText('Huvudpartner')).toBeInTheDocument();
    expect(within(submitted).queryByRole('combobox')).toBeNull();
    expect(within(submitted).queryByRole('button')).toBeNull();
    expect(within(submitted).queryByRole('form')).toBeNull();
  });

  it('shows an auditor the team without any way to change it', async () => {
    const { requests } = mockApplication();
    renderRoute(<ApplicationDetailRoute />, { path, at, me: meWith(['auditor']) });
    const team = await screen.findByRole('region', { name: 'Team' });
    expect(await within(team).findByRole('cell', { name: 'Anna Applicant' })).toBeInTheDocument();
    expect(within(team).queryByRole('button')).toBeNull();
    expect(within(team).queryByRole('combobox')).toBeNull();
    expect(requests.some((request) => request.url.pathname.endsWith('/team/candidates'))).toBe(false);
    // Nor the partnership: no organisation to add, no role to change.
    const partnership = screen.getByRole('region', { name: 'Partnerskap' });
    expect(await within(partnership).findByRole('link', { name: 'Södertälje kommun' })).toBeInTheDocument();
    expect(within(partnership).queryByRole('form', { name: 'Lägg till organisation' })).toBeNull();
    expect(within(partnership).queryByRole('combobox')).toBeNull();
  });
});
