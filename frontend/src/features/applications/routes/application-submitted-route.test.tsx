import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, application } from '@/testing/application-fixture';
import { ApplicationSubmittedRoute } from './application-submitted-route';

const { unitCode, unitName, callId, callIdentifier, callTitle, title, acronym, summary, objectives, workPackages, periodStart, periodEnd } = application();

describe('submitted version', () => {
  it('shows the partnership as it was submitted, lead partner first', async () => {
    mockFetch([
      {
        method: 'GET',
        path: `/api/v1/applications/${APPLICATION_ID}/submitted`,
        answer: () =>
          json({
            submittedAt: '2026-03-01T10:00:00Z',
            sha256: 'ab'.repeat(32),
            content: {
              unitCode, unitName, callId, callIdentifier, callTitle, title, acronym, summary, objectives, workPackages, periodStart, periodEnd,
              partners: [
                { legalName: 'Södertälje kommun', country: 'SE', pic: null, role: 'LEAD_PARTNER' },
                { legalName: 'Turun kaupunki', country: 'FI', pic: '999999999', role: 'PARTNER' },
              ],
            },
          }),
      },
    ]);
    renderRoute(<ApplicationSubmittedRoute />, { path: '/applications/:id/submitted', at: `/applications/${APPLICATION_ID}/submitted`, me: meWith(['applicant']) });
    const table = await screen.findByRole('table', { name: 'Ansökans partnerskap, huvudpartnern först' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(/^Södertälje kommunSverige–Huvudpartner$/);
    expect(rows[1]).toHaveTextContent(/^Turun kaupunkiFinland999999999Partner$/);
  });
});
