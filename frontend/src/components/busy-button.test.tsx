import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BusyButton } from './busy-button';

describe('BusyButton', () => {
  it('while busy: disabled, aria-busy, the same label, and a click sends nothing', async () => {
    const onClick = vi.fn();
    render(
      <BusyButton className="button button--secondary" busy onClick={onClick}>
        Exportera
      </BusyButton>,
    );
    const button = screen.getByRole('button', { name: 'Exportera' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveClass('button', 'button--secondary');
    await userEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('when idle: enabled, no aria-busy, a plain button that is clicked', async () => {
    const onClick = vi.fn();
    render(
      <BusyButton busy={false} onClick={onClick}>
        Starta kontroll
      </BusyButton>,
    );
    const button = screen.getByRole('button', { name: 'Starta kontroll' });
    expect(button).toBeEnabled();
    expect(button).not.toHaveAttribute('aria-busy');
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveClass('button');
    await userEvent.click(button);
    expect(onClick).toHaveBeenCalledOnce();
  });

  it('stays disabled when the caller disables it though idle', () => {
    render(
      <BusyButton busy={false} disabled>
        Radera
      </BusyButton>,
    );
    expect(screen.getByRole('button', { name: 'Radera' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Radera' })).not.toHaveAttribute('aria-busy');
  });
});
