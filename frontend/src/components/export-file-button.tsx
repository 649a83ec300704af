/** A button that exports a file with the filters in force, a hint saying which rows, and the outcome announced. */
import { BusyButton } from '@/components/busy-button';
import { ProblemAlert } from '@/components/problem-alert';

interface ExportFileButtonProps<F> {
  filters: F;
  exporting: { mutate: (filters: F) => void; isPending: boolean; isSuccess: boolean; error: unknown };
  hintId: string;
  label: string;
  /** The hint with and without filters, and the announcement when done. */
  filteredHint: string;
  allHint: string;
  doneMessage: string;
}

export function ExportFileButton<F extends object>({ filters, exporting, hintId, label, filteredHint, allHint, doneMessage }: ExportFileButtonProps<F>) {
  const filtered = Object.values(filters).some((value) => value !== undefined);
  return (
    <>
      <BusyButton className="button button--secondary" busy={exporting.isPending} onClick={() => exporting.mutate(filters)} aria-describedby={hintId}>
        {label}
      </BusyButton>
      <span id={hintId} className="field__hint">
        {filtered ? filteredHint : allHint}
      </span>
      <p role="status" className="visually-hidden">
        {exporting.isSuccess ? doneMessage : ''}
      </p>
      <ProblemAlert error={exporting.error} />
    </>
  );
}
