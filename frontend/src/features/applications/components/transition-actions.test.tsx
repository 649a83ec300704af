import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TransitionAction } from '@/lib/api/types';
import { meWith } from '@/testing/fixtures';
import { json, mockFetch, problem } from '@/testing/mock-fetch';
import { renderRoute } from '@/testing/render-route';
import { APPLICATION_ID, application } from '@/testing/application-fixture';
import { TransitionActions } from './transition-actions';

const path = '/applications/:id';
const at = `/applications/${APPLICATION_ID}`;
const advisor = meWith(['advisor']);
const transitions = `/api/v1/applications/${APPLICATION_ID}/transitions`;

function show(allowedActions: TransitionAction[], onDone = vi.fn()) {
  renderRoute(<TransitionActions application={application({ status: 'IN_REVIEW', allowedActions })} onDone={onDone} />, { path, at, me: advisor });
  return onDone;
}

describe('workflow actions', () => {
  it('offers exactly the actions the server allows', () => {
    show(['RETURN_FOR_CHANGES', 'CLEAR_FOR_SUBMISSION', 'WITHDRAW']);
    const names = screen.getAllByRole('button').map((button) => button.textContent);
    expect(names).toEqual(['Skicka tillbaka för ändring', 'Klarmarkera för inskickning', 'Återta ansökan']);
    expect(screen.queryByRole('button', { name: 'Godkänn för enheten' })).toBeNull();
  });

  it('says so when no step is allowed', () => {
    show([]);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Inget steg är ditt just nu; se Nästa steg överst för vem som tar det och vad som saknas.')).toBeInTheDocument();
  });

  it('requires a comment to return an application and sends nothing without one', async () => {
    const { requests } = mockFetch([]);
    show(['RETURN_FOR_CHANGES']);
    await userEvent.click(screen.getByRole('button', { name: 'Skicka tillbaka för ändring' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Skicka tillbaka för ändring' });
    const comment = within(dialog).getByLabelText(/^Kommentar/);
    expect(comment).toBeRequired();
    expect(comment).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Skicka tillbaka för ändring' }));
    expect(comment).toHaveAttribute('aria-invalid', 'true');
    expect(comment).toHaveAccessibleDescription(/Fältet måste fyllas i\./);
    expect(requests).toEqual([]);
  });

  it('asks just for what each step needs', async () => {
    show(['SUBMIT', 'RECORD_GRANT', 'RECORD_REJECTION', 'START_REVIEW']);
    const fieldsOf = async (action: string) => {
      await userEvent.click(screen.getByRole('button', { name: action }));
      const dialog = screen.getByRole('alertdialog', { name: action });
      const labels = within(dialog)
        .queryAllByRole('textbox')
        .concat(within(dialog).queryAllByRole('spinbutton'))
        .map((field) => field.getAttribute('name'));
      const dates = Array.from(dialog.querySelectorAll('input[type="date"]')).map((field) => field.getAttribute('name'));
      await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
      return [...labels, ...dates].sort();
    };
    expect(await fieldsOf('Registrera inskickning')).toEqual(['funderReference', 'submittedOn']);
    expect(await fieldsOf('Registrera beviljande')).toEqual(['decisionOn', 'grantedAmount']);
    expect(await fieldsOf('Registrera avslag')).toEqual(['decisionOn', 'rejectionReason']);
    expect(await fieldsOf('Påbörja granskning')).toEqual(['comment']);
  });

  it('shows the server field error at its field and sends the version', async () => {
    const { requests } = mockFetch([
      {
        method: 'POST',
        path: transitions,
        answer: () => problem(400, { title: 'Bad Request', errors: [{ field: 'transition.request.submittedOn', message: 'must not be in the future' }] }),
      },
    ]);
    show(['SUBMIT']);
    await userEvent.click(screen.getByRole('button', { name: 'Registrera inskickning' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Registrera inskickning' });
    await userEvent.type(within(dialog).getByLabelText(/^Finansiärens referens/), 'ESF-REF-42');
    const date = within(dialog).getByLabelText(/^Inskickad den/);
    await userEvent.type(date, '2026-03-01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrera inskickning' }));

    await waitFor(() => expect(date).toHaveAccessibleDescription(/must not be in the future/));
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(requests[0].headers.get('If-Match')).toBe('"3"');
    expect(requests[0].body).toEqual({ action: 'SUBMIT', funderReference: 'ESF-REF-42', submittedOn: '2026-03-01' });
  });

  it('explains a refusal for the role (403) and an impossible step (409)', async () => {
    mockFetch([
      { once: true, method: 'POST', path: transitions, answer: () => problem(403, { title: 'Forbidden', code: 'APPLICATION-003' }) },
      { method: 'POST', path: transitions, answer: () => problem(409, { title: 'Conflict', code: 'APPLICATION-001', detail: 'Not from IN_REVIEW' }) },
    ]);
    show(['CLEAR_FOR_SUBMISSION']);
    await userEvent.click(screen.getByRole('button', { name: 'Klarmarkera för inskickning' }));
    const dialog = screen.getByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Klarmarkera för inskickning' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Du har inte behörighet till detta.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Klarmarkera för inskickning' }));
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent('Åtgärden kan inte genomföras i nuvarande läge.'));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Steget går inte att ta från ansökans nuvarande läge.');
  });

  it('records a grant and reports the new status', async () => {
    const { requests } = mockFetch([
      { method: 'POST', path: transitions, answer: () => json(application({ status: 'GRANTED', grantedAmount: 250000.5, version: 4 })) },
    ]);
    const onDone = show(['RECORD_GRANT']);
    await userEvent.click(screen.getByRole('button', { name: 'Registrera beviljande' }));
    const dialog = screen.getByRole('alertdialog');
    await userEvent.type(within(dialog).getByLabelText(/^Beviljat belopp/), '250000.50');
    await userEvent.type(within(dialog).getByLabelText(/^Beslutsdatum/), '2026-05-01');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Registrera beviljande' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith('Registrera beviljande: klart. Ansökan har nu status Beviljad.'));
    expect(requests[0].body).toEqual({ action: 'RECORD_GRANT', grantedAmount: 250000.5, decisionOn: '2026-05-01' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
