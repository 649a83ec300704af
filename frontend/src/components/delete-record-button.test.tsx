import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, isApiError } from '@/lib/api/problem';
import { DeleteRecordButton } from './delete-record-button';

type Variables = { id: string; version: number };

const IN_USE = new ApiError(409, { status: 409, title: 'Conflict', code: 'THING-004', detail: 'SOC is in use' });

function Harness({ deleteThing }: { deleteThing: (variables: Variables) => Promise<void> }) {
  const deletion = useMutation({ mutationFn: deleteThing });
  return (
    <DeleteRecordButton
      deletion={deletion}
      variables={{ id: 'soc', version: 3 }}
      title="Ta bort SOC?"
      describeError={(error) => (isApiError(error, 409) && error.problem.code === 'THING-004' ? 'SOC används fortfarande.' : undefined)}
      to="/things"
      notice="SOC har tagits bort."
    >
      <p>SOC kommer att tas bort.</p>
    </DeleteRecordButton>
  );
}

function List() {
  const { state } = useLocation();
  return <p>Listan: {(state as { notice?: string } | null)?.notice}</p>;
}

function renderHarness(deleteThing: (variables: Variables) => Promise<void>) {
  const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path: '/things/soc', element: <Harness deleteThing={deleteThing} /> },
      { path: '/things', element: <List /> },
    ],
    { initialEntries: ['/things', '/things/soc'], initialIndex: 1 },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Ta bort SOC?' });
  expect(dialog).toHaveAccessibleDescription('SOC kommer att tas bort.');
  return dialog;
}

describe('DeleteRecordButton', () => {
  it('deletes after confirmation and goes to the list with the notice, replacing the page', async () => {
    const deleteThing = vi.fn((_variables: Variables) => Promise.resolve());
    const router = renderHarness(deleteThing);
    const dialog = await openDialog();
    expect(deleteThing).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await screen.findByText('Listan: SOC har tagits bort.')).toBeInTheDocument();
    expect(deleteThing).toHaveBeenCalledTimes(1);
    expect(deleteThing.mock.calls[0][0]).toEqual({ id: 'soc', version: 3 });
    expect(router.state.location.pathname).toBe('/things');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    // Replaced, so going back does not return to the deleted record's page.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('shows the problem in the dialog and stays when the deletion fails', async () => {
    const router = renderHarness(() => Promise.reject(new ApiError(500, { status: 500, title: 'Internal Server Error' })));
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Ett fel uppstod på servern.');
    expect(router.state.location.pathname).toBe('/things/soc');
    expect(within(dialog).getByRole('button', { name: 'Ta bort' })).toBeEnabled();
  });

  it('shows the specific message for a failure it knows instead of the problem', async () => {
    const router = renderHarness(() => Promise.reject(IN_USE));
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('SOC används fortfarande.');
    expect(alert).not.toHaveTextContent('Åtgärden kan inte genomföras');
    expect(router.state.location.pathname).toBe('/things/soc');
  });

  it('forgets the failure on cancel and gives focus back to the button', async () => {
    const deleteThing = vi.fn(() => Promise.reject(IN_USE));
    renderHarness(deleteThing);
    const opener = screen.getByRole('button', { name: 'Ta bort' });
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(opener).toHaveFocus();
    const reopened = await openDialog();
    expect(within(reopened).queryByRole('alert')).toBeNull();
    expect(deleteThing).toHaveBeenCalledTimes(1);
  });
});
