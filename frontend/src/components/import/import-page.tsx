/**
 * The one import page: a file field, the import (all rows or none), the result or the rows'
 * errors. Each import says how to read its file, how to send it and how to show the result.
 */
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { FileField } from '@/components/form/file-field';
import { PageHeader } from '@/components/layout/page-header';
import { useFormat } from '@/lib/i18n/format';
import { BusyButton } from '@/components/busy-button';
import { ImportFailure } from './import-failure';

interface ImportMutation<D> {
  reset: () => void;
  isPending: boolean;
  isSuccess: boolean;
  data: D | undefined;
  error: unknown;
}

interface ImportPageProps<F, D> {
  formId: string;
  title: string;
  intro: string;
  fileLabel: string;
  fileHint: string;
  accept: string;
  /** Reads the chosen file into what `send` takes. */
  read: (file: File) => Promise<F>;
  /** Whether the file read can be sent (e.g. its format was recognised). */
  ready?: (file: F) => boolean;
  /** The field's error when the user submits without a file that can be sent. */
  missing: (file: F | null) => string;
  /** A line under the field about the chosen file. */
  status?: (file: F) => ReactNode;
  importing: ImportMutation<D>;
  send: (file: F) => void;
  submitLabel: string;
  back: { to: string; label: string };
  result: (data: D) => ReactNode;
}

export function ImportPage<F, D>(props: ImportPageProps<F, D>) {
  const { formId, title, intro, fileLabel, fileHint, accept, read, ready = () => true, missing, status, importing, send, submitLabel, back, result } = props;
  const [file, setFile] = useState<F | null>(null);
  const [missed, setMissed] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const choose = async (chosen: File | null) => {
    importing.reset();
    setMissed(false);
    setFile(chosen ? await read(chosen) : null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file === null || !ready(file)) {
      setMissed(true);
      inputRef.current?.focus();
      return;
    }
    send(file);
  };

  return (
    <>
      <PageHeader title={title}>
        <p className="lead">{intro}</p>
      </PageHeader>
      <form className="form" onSubmit={submit} noValidate>
        <FileField
          formId={formId}
          name="file"
          label={fileLabel}
          hint={fileHint}
          error={missed ? missing(file) : undefined}
          accept={accept}
          required
          inputRef={inputRef}
          onChange={(chosen) => void choose(chosen)}
        />
        {file !== null && status?.(file)}
        <div className="button-row">
          <BusyButton type="submit" busy={importing.isPending}>
            {submitLabel}
          </BusyButton>
          <Link className="button button--secondary" to={back.to}>
            {back.label}
          </Link>
        </div>
      </form>
      {importing.isSuccess && importing.data !== undefined && result(importing.data)}
      {importing.error !== null && <ImportFailure error={importing.error} />}
    </>
  );
}

/** What an import did, as labelled figures under a title; `children` say more. */
export function ImportFigures({ title, figures, children }: { title: string; figures: [string, number][]; children?: ReactNode }) {
  const format = useFormat();
  return (
    <div className="alert alert--success" role="status">
      <p className="alert__title">{title}</p>
      {children}
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div className="figure" key={label}>
            <dt>{label}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
