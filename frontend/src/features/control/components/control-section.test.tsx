import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ControlView } from '@/lib/api/types';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { LEAD_ID, LINE_ID, PROJECT_ID, REPORT_ID, claim, report, utbUnits } from '@/testing/report-fixtures';
import { renderRoute } from '@/testing/render-route';
import { ControlSection } from './control-section';
import { ProjectControllers } from './project-controllers';

const OTHER_LINE = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const QUESTION_ID = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
const base = `/api/v1/reports/${REPORT_ID}/control`;
const submitted = report({ status: 'SUBMITTED', editable: false, allowedActions: [] });

function control(overrides: Partial<ControlView> = {}): ControlView {
  return {
    id: 'ffffffff-ffff-4fff-8fff-ffffffffffff',
    reportId: REPORT_ID,
    status: 'RUNNING',
    finalReport: false,
    findings: null,
    followUpPrevious: null,
    followUpNext: null,
    conclusion: null,
    startedBy: { subject: 'sub-cora', name: 'Cora Lind' },
    startedAt: '2026-12-01T09:00:00Z',
    closedBy: null,
    closedAt: null,
    reopenReason: null,
    lines: [
      { expenditureId: LINE_ID, partnerId: LEAD_ID, category: 'STAFF', spentOn: '2026-06-25', supplier: 'Södertälje kommun, lön',
        description: 'Projektledare', invoiceNumber: 'LÖN-1', amount: 40000, currency: 'SEK', eligible: 40000, evidenceCount: 1,
        inSample: true, carried: false, fromPeriod: null, decision: null, deductedAmount: null, errorType: null, comment: null,
        decidedBy: null, decidedAt: null, version: 2 },
      { expenditureId: OTHER_LINE, partnerId: LEAD_ID, category: 'EXTERNAL_EXPERTISE', spentOn: '2026-03-01', supplier: 'Läromedia AB',
        description: 'Licenser', invoiceNumber: null, amount: 8000, currency: 'SEK', eligible: 8000, evidenceCount: 0,
        inSample: false, carried: false, fromPeriod: null, decision: null, deductedAmount: null, errorType: null, comment: null,
        decidedBy: null, decidedAt: null, version: null },
    ],
    draws: [{ method: 'RANDOM', seed: 4242, size: 1, criterion: null, linesAdded: 1, by: { subject: 'sub-cora', name: 'Cora Lind' },
      at: '2026-12-01T09:05:00Z' }],
    clarifications: [{ id: QUESTION_ID, expenditureId: null, question: 'Var finns tidrapporten?', askedBy: { subject: 'sub-cora', name: 'Cora Lind' },
      askedAt: '2026-12-01T10:00:00Z', dueOn: '2026-12-15', answer: null, answeredBy: null, answeredAt: null, files: [], version: 0 }],
    certificate: null,
    events: [{ action: 'START', comment: null, by: { subject: 'sub-cora', name: 'Cora Lind' }, at: '2026-12-01T09:00:00Z' }],
    overview: {
      currency: 'SEK', declared: 48000, inSample: 40000, inSamplePercent: 83.33, parked: 0, deducted: 2500, eligibleAfterControl: 45500,
      eligibleAfterControlPercent: 94.79, carriedLines: 0, carriedDeclared: 0, carriedEligible: 0,
      byCategory: [], byPartner: [{ partnerId: LEAD_ID, partnerName: 'Södertälje kommun', declared: 48000, inSample: 40000, parked: 0,
        deducted: 2500, eligible: 45500 }],
      deductions: [{ category: 'STAFF', errorType: 'CALCULATION_ERROR', amount: 2500 }],
      claimDeclared: claim({ eligibleTotal: 54000, euClaimed: 21600 }), claim: claim({ eligibleTotal: 51125, euClaimed: 20450 }),
      rateMissing: false,
    },
    allowedActions: ['CLOSE'],
    mayWork: true,
    mayAnswer: false,
    version: 5,
    ...overrides,
  };
}

/** The control after the unit's answer: the request's version moves, as the server moves it. */
function answered(): ControlView {
  const before = control({ mayWork: false, mayAnswer: true, allowedActions: [] });
  return { ...before, clarifications: [{ ...before.clarifications[0], answer: 'Den är bifogad', version: 1,
    answeredBy: { subject: 'sub-anna', name: 'Anna Andersson' }, answeredAt: '2026-12-02T08:00:00Z' }] };
}

const errorTypes = [
  { code: 'CALCULATION_ERROR', nameSv: 'Beräkningsfel', nameEn: 'Calculation error', active: true, sortOrder: 60, version: 0 },
  { code: 'NO_EVIDENCE', nameSv: 'Underlag saknas', nameEn: 'No evidence', active: true, sortOrder: 20, version: 0 },
];

function render(view: ControlView | null, roles: string[], extra: Parameters<typeof mockFetch>[0] = []) {
  const fetched = mockFetch([
    ...extra,
    { method: 'GET', path: base, answer: () => (view ? json(view) : problem(404, { title: 'Not Found' })) },
    { method: 'GET', path: '/api/v1/control-error-types', answer: () => json(errorTypes) },
  ]);
  const onMessage = vi.fn();
  renderRoute(<ControlSection report={submitted} onMessage={onMessage} />, { path: '/reports/:id', at: `/reports/${REPORT_ID}`,
    me: meWith(roles, roles.includes('applicant') ? utbUnits : []) });
  return { ...fetched, onMessage };
}

describe('the control of a claim', () => {
  it('shows the overview as Jems does and the claim before and after control', async () => {
    render(control(), ['controller']);
    const overview = await screen.findByTestId('control-overview');
    expect(within(overview).getByRole('row', { name: /I urvalet/ })).toHaveTextContent('40 000,00');
    expect(within(overview).getByRole('row', { name: /I urvalet/ })).toHaveTextContent('83,33');
    expect(within(overview).getByRole('row', { name: /Stödberättigande efter kontroll/ })).toHaveTextContent('45 500,00');
    expect(screen.getByTestId('control-claim')).toHaveTextContent('20 450,00');
    expect(await screen.findByTestId('control-deductions')).toHaveTextContent('Beräkningsfel');
    expect(screen.getByText(/Slumpmässigt, frö 4242 av Cora Lind/)).toBeInTheDocument();
  });

  it('lets the controller deduct a sampled line with an error type, sending the line version as If-Match', async () => {
    const { requests, onMessage } = render(control(), ['controller'], [
      { method: 'PUT', path: `${base}/lines/${LINE_ID}`, answer: () => json(control()) },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Besluta: Södertälje kommun, lön, LÖN-1' }));
    const form = screen.getByRole('form', { name: 'Beslut om Södertälje kommun, lön, LÖN-1' });
    await userEvent.selectOptions(within(form).getByLabelText(/^Beslut/), 'DEDUCTED');
    await userEvent.type(within(form).getByLabelText(/^Avdrag/), '2500,50');
    await userEvent.selectOptions(within(form).getByLabelText(/^Feltyp/), 'CALCULATION_ERROR');
    await userEvent.click(within(form).getByRole('button', { name: 'Spara beslutet' }));
    expect(within(form).getByText('Fältet måste fyllas i.')).toBeInTheDocument();
    await userEvent.type(within(form).getByLabelText(/^Kommentar/), 'Fel timpris');
    await userEvent.click(within(form).getByRole('button', { name: 'Spara beslutet' }));
    await vi.waitFor(() => expect(onMessage).toHaveBeenCalledWith('Beslutet är sparat.'));
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"2"');
    expect(put?.body).toEqual({ decision: 'DEDUCTED', deductedAmount: 2500.5, errorType: 'CALCULATION_ERROR', comment: 'Fel timpris' });
  });

  it('draws a random sample by the seed given, with the control version as If-Match', async () => {
    const { requests } = render(control(), ['controller'], [{ method: 'POST', path: `${base}/draws`, answer: () => json(control()) }]);
    await userEvent.type(await screen.findByLabelText(/^Antal rader/), '3');
    await userEvent.type(screen.getByLabelText(/^Frö/), '77');
    await userEvent.click(screen.getByRole('button', { name: 'Dra urvalet' }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'POST')).toBe(true));
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.headers.get('If-Match')).toBe('"5"');
    expect(post?.body).toEqual({ method: 'RANDOM', size: 3, seed: 77 });
  });

  it('lets the unit answer a clarification, and does not offer it control work', async () => {
    const { requests, onMessage } = render(control({ mayWork: false, mayAnswer: true, allowedActions: [] }), ['applicant'], [
      { method: 'PUT', path: `${base}/clarifications/${QUESTION_ID}/answer`, answer: () => json(answered()) },
    ]);
    const question = await screen.findByTestId('clarification');
    expect(question).toHaveTextContent('Var finns tidrapporten?');
    expect(screen.queryByRole('button', { name: 'Dra urvalet' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Avsluta kontrollen' })).toBeNull();
    await userEvent.type(within(question).getByLabelText(/^Svar/), 'Den är bifogad');
    await userEvent.click(within(question).getByRole('button', { name: 'Skicka svaret' }));
    await vi.waitFor(() => expect(onMessage).toHaveBeenCalledWith('Svaret är skickat.'));
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"0"');
    expect(put?.body).toEqual({ answer: 'Den är bifogad' });
  });

  it('uploads the certificate as a PDF with the control version as If-Match, and says when someone changed the control meanwhile', async () => {
    const { requests } = render(control(), ['controller'], [
      { method: 'PUT', path: `${base}/certificate`, answer: () => problem(412, { status: 412, title: 'Precondition failed', code: 'STALE_VERSION' }) },
    ]);
    const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'Kontrollintyg.pdf', { type: 'application/pdf' });
    await userEvent.upload(await screen.findByLabelText(/^Intyg \(PDF\)/), pdf);
    await userEvent.click(screen.getByRole('button', { name: 'Ladda upp intyget' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Någon annan har ändrat');
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('If-Match')).toBe('"5"');
    expect(put?.url.searchParams.get('fileName')).toBe('Kontrollintyg.pdf');
  });

  it('says in the user\'s language what stops a control from closing', async () => {
    render(control(), ['controller'], [
      { method: 'POST', path: `${base}/transitions`, answer: () => problem(409, { code: 'CONTROL-007', title: 'Conflict', detail: 'The control cannot close yet',
        errors: [{ field: 'certificate', message: 'upload the signed control certificate', code: 'CONTROL-007' }] }) },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Avsluta kontrollen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('intyget uppladdat');
  });

  it('offers an advisor to start the control of a submitted claim that has none', async () => {
    const { requests } = render(null, ['advisor'], [{ method: 'POST', path: base, answer: () => json(control(), { status: 201 }) }]);
    expect(await screen.findByText('Ingen kontroll är påbörjad.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Starta kontrollen' }));
    await vi.waitFor(() => expect(requests.some((r) => r.method === 'POST' && r.url.pathname === base)).toBe(true));
  });
});

describe('a project\'s controllers', () => {
  it('lets an advisor appoint a controller who has logged in', async () => {
    const path = `/api/v1/projects/${PROJECT_ID}/controllers`;
    const { requests } = mockFetch([
      { method: 'GET', path, answer: () => json([]) },
      { method: 'GET', path: `${path}/candidates`, answer: () => json([{ subject: 'sub-cora', name: 'Cora Lind', email: 'cora@example.org' }]) },
      { method: 'POST', path, answer: () => json({ subject: 'sub-cora', name: 'Cora Lind', email: 'cora@example.org',
        appointedBy: { subject: 'sub-ada', name: 'Ada Ahlström' }, appointedAt: '2026-12-01T09:00:00Z' }, { status: 201 }) },
    ]);
    const onMessage = vi.fn();
    renderRoute(<ProjectControllers projectId={PROJECT_ID} onMessage={onMessage} />, { path: '/projects/:id', at: `/projects/${PROJECT_ID}`,
      me: meWith(['advisor']) });
    expect(await screen.findByText(/Ingen kontrollant är utsedd/)).toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByLabelText(/^Kontrollant att utse/), 'sub-cora');
    await userEvent.click(screen.getByRole('button', { name: 'Utse' }));
    await vi.waitFor(() => expect(onMessage).toHaveBeenCalledWith('Cora Lind är utsedd till kontrollant.'));
    expect(requests.find((r) => r.method === 'POST')?.body).toEqual({ subject: 'sub-cora' });
  });

  it('shows an applicant who controls the project, without the appointing form', async () => {
    mockFetch([
      { method: 'GET', path: `/api/v1/projects/${PROJECT_ID}/controllers`, answer: () => json([{ subject: 'sub-cora', name: 'Cora Lind',
        email: null, appointedBy: { subject: 'sub-ada', name: 'Ada Ahlström' }, appointedAt: '2026-12-01T09:00:00Z' }]) },
    ]);
    renderRoute(<ProjectControllers projectId={PROJECT_ID} onMessage={vi.fn()} />, { path: '/projects/:id', at: `/projects/${PROJECT_ID}`,
      me: meWith(['applicant'], utbUnits) });
    expect(await screen.findByText('Cora Lind')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Utse' })).toBeNull();
  });
});
