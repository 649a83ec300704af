/**
 * A button whose action may be running: while busy it is disabled (no second click sends it twice) and says so
 * to assistive technology (aria-busy), keeping its label. Any other button attribute passes through.
 */
import type { ButtonHTMLAttributes } from 'react';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  busy: boolean;
  type?: 'button' | 'submit';
}

export function BusyButton({ busy, disabled, type = 'button', className = 'button', children, ...rest }: BusyButtonProps) {
  return (
    <button {...rest} type={type} className={className} disabled={busy || disabled} aria-busy={busy || undefined}>
      {children}
    </button>
  );
}
