/** A wide table's scrolling box: focusable and named, so keyboard users can scroll it too (WCAG 2.1.1). */
import type { ReactNode } from 'react';

export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrapper" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
