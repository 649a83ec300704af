import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

function Harness({ onConfirm = () => {} }: { onConfirm?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Ta bort
      </button>
      <ConfirmDialog open={open} title="Ta bort SOC?" confirmLabel="Ja, ta bort" onConfirm={onConfirm} onCancel={() => setOpen(false)} destructive>
        <p>Det går inte att ångra.</p>
      </ConfirmDialog>
    </>
  );
}

describe('ConfirmDialog', () => {
  it('opens as a labelled modal dialog with focus on "cancel"', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Ta bort SOC?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Det går inte att ångra.');
    expect(screen.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
  });

  it('keeps focus inside while tabbing', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Ja, ta bort' })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Avbryt' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Ja, ta bort' })).toHaveFocus();
  });

  it('closes on Escape and gives focus back to the opening button', async () => {
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Ta bort' });
    await userEvent.click(opener);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('confirms with the keyboard', async () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort' }));
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onConfirm).toHaveBeenCalledOnce();
  });
});
