/**
 * The edit page's glue, once: the form's values from the record, the client's checks, saving
 * against the version the user started from (If-Match), on 412 the latest version fetched and
 * shown as a conflict that the user overwrites or discards (taking the latest).
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice, type ConflictRow } from '@/components/conflict-notice';
import type { Problem } from '@/lib/api/problem';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';

interface Mutation {
  error: unknown;
  isPending: boolean;
  reset: () => void;
}

interface RecordEditorOptions<R extends { version: number }, V> {
  record: R;
  toForm: (record: R) => V;
  /** The update's mutation: its error, whether it runs, its reset. */
  mutation: Mutation;
  /** Sends the values against a version. */
  save: (values: V, version: number) => Promise<unknown>;
  /** The record as it is now (fetched past any cache). */
  fetchLatest: () => Promise<R>;
  /** The client's own checks; no errors lets the save go. */
  validate?: (values: V) => Record<string, string>;
  /** Maps server errors of nested properties to the form's own keys. */
  nestedErrors?: (problem: Problem, values: V) => Record<string, string>;
  /** The form's errors when the page reads them itself (e.g. with a duplicate notice); `alert` goes to the form's alert. */
  errors?: { fieldErrors: Record<string, string>; check: (errors: Record<string, string>) => boolean; alert: unknown };
  /** After a save: usually back to the record with a notice. */
  onSaved: (values: V) => void;
}

export function useRecordEditor<R extends { version: number }, V>(options: RecordEditorOptions<R, V>) {
  const { record, toForm, mutation, save, fetchLatest, validate, nestedErrors, errors, onSaved } = options;
  const { t } = useTranslation();
  const [base, setBase] = useState(record);
  const [values, setValues] = useState(() => toForm(record));
  const own = useFormErrors(mutation.error, nestedErrors && ((problem) => nestedErrors(problem, values)));
  const { fieldErrors, check } = errors ?? own;
  const { conflict, run, clearConflict } = useConflictSave<R>({ save: (version) => save(values, version), fetchLatest });

  const submit = async (version: number) => {
    if (validate && !check(validate(values))) return;
    if (await run(version)) onSaved(values);
  };
  const discard = (latest: R) => {
    setValues(toForm(latest));
    setBase(latest);
    clearConflict();
    mutation.reset();
  };
  /** The notice of a conflict, to put above the form's fields; null without one. */
  const conflictNotice = (rows: (latest: R) => ConflictRow[]): ReactNode =>
    conflict && (
      <ConflictNotice busy={mutation.isPending} rows={rows(conflict)} onOverwrite={() => void submit(conflict.version)} onDiscard={() => discard(conflict)} />
    );

  return {
    base,
    values,
    conflict,
    conflictNotice,
    /** The form's props but `onCancel` and the form's own. */
    form: {
      values,
      onChange: setValues,
      onSubmit: () => void submit(base.version),
      fieldErrors,
      error: errors ? errors.alert : alertError(mutation.error),
      submitting: mutation.isPending,
      submitLabel: t('common.save'),
    },
  };
}

interface RecordCreatorOptions<V, T, D> {
  initial: () => V;
  /** The create mutation. */
  mutation: { mutate: (body: T, options: { onSuccess: (data: D) => void }) => void; error: unknown; isPending: boolean };
  toRequest: (values: V) => T;
  validate?: (values: V) => Record<string, string>;
  /** Maps server errors of nested properties to the form's own keys. */
  nestedErrors?: (problem: Problem, values: V) => Record<string, string>;
  /** After the record is created: usually to it, with a notice. */
  onCreated: (data: D, values: V) => void;
  submitLabel: string;
}

/** The create page's glue: the form's values, the client's checks, the create call. */
export function useRecordCreator<V, T, D>(options: RecordCreatorOptions<V, T, D>) {
  const { initial, mutation, toRequest, validate, nestedErrors, onCreated, submitLabel } = options;
  const [values, setValues] = useState(initial);
  const { fieldErrors, check } = useFormErrors(mutation.error, nestedErrors && ((problem) => nestedErrors(problem, values)));
  const submit = () => {
    if (validate && !check(validate(values))) return;
    mutation.mutate(toRequest(values), { onSuccess: (data) => onCreated(data, values) });
  };
  return { values, onChange: setValues, onSubmit: submit, fieldErrors, error: alertError(mutation.error), submitting: mutation.isPending, submitLabel };
}
