/** A modal confirmation: keyboard operable, focus kept inside, Escape cancels, focus returns after. */
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { BusyButton } from './busy-button';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  destructive?: boolean;
  busy?: boolean;
  confirmDisabled?: boolean;
  /** The element to focus first; the cancel button if not given. */
  initialFocus?: RefObject<HTMLElement | null>;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function trapTab(event: React.KeyboardEvent, container: HTMLElement) {
  const focusables = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
  if (focusables.length === 0) return;
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  const active = document.activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !container.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

function useInertBackground(open: boolean) {
  useEffect(() => {
    if (!open) return;
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    return () => root?.removeAttribute('inert');
  }, [open]);
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, onConfirm, onCancel, destructive, busy = false, confirmDisabled, initialFocus } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const bodyId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useInertBackground(open);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    (initialFocus?.current ?? cancelRef.current)?.focus();
    return () => previous?.focus?.();
  }, [open, initialFocus]);

  if (!open) return null;

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!busy) onCancel();
    } else if (event.key === 'Tab' && dialogRef.current) {
      trapTab(event, dialogRef.current);
    }
  };

  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div id={bodyId} className="dialog__body">
          {children}
        </div>
        <div className="dialog__actions">
          <BusyButton className={destructive ? 'button button--danger' : 'button'} busy={busy} disabled={confirmDisabled} onClick={onConfirm}>
            {confirmLabel}
          </BusyButton>
          <button type="button" ref={cancelRef} className="button button--secondary" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}

interface ConfirmRemovalProps<T> {
  /** The row chosen for removal; the dialog is open while there is one. */
  item: T | null;
  title: (item: T) => string;
  text: string;
  busy: boolean;
  onRemove: (item: T) => void;
  onCancel: () => void;
}

/** The "delete this row?" confirmation of a panel's list (attachments, partners, team, evidence, lines, interests). */
export function ConfirmRemoval<T>({ item, title, text, busy, onRemove, onCancel }: ConfirmRemovalProps<T>) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={item !== null}
      title={item === null ? '' : title(item)}
      confirmLabel={t('common.delete')}
      destructive
      busy={busy}
      onConfirm={() => item !== null && onRemove(item)}
      onCancel={onCancel}
    >
      <p>{text}</p>
    </ConfirmDialog>
  );
}
