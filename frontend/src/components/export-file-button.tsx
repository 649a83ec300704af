/** A button that exports a file with the filters in force, a hint saying which rows, and the outcome announced. */
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
      <button
        type="button"
        className="button button--secondary"
        onClick={() => exporting.mutate(filters)}
        disabled={exporting.isPending}
        aria-busy={exporting.isPending || undefined}
        aria-describedby={hintId}
      >
        {label}
      </button>
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
