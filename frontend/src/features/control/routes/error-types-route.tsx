/**
 * /control-error-types ("Feltyper i kontrollen"): the typology of errors a controller's deduction names, kept by
 * advisors. A type is added with its code and both names; renamed, reordered or retired later (never removed:
 * earlier deductions name it; a retired type is no longer offered).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { TextField } from '@/components/form/text-field';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { ControlErrorTypeView } from '@/lib/api/types';
import { useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { useErrorTypes } from '../api/control';
import { useAddErrorType, useUpdateErrorType } from '../api/error-types';

interface Values {
  code: string;
  nameSv: string;
  nameEn: string;
  sortOrder: string;
  active: boolean;
}

export function ErrorTypesRoute() {
  const { t } = useTranslation();
  const types = useErrorTypes();
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const done = (text: string) => {
    setEditing(null);
    setMessage(text);
  };
  return (
    <>
      <PageHeader title={t('control.errorTypes.title')}>
        <p className="lead">{t('control.errorTypes.intro')}</p>
      </PageHeader>
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      {types.isPending ? (
        <Loading />
      ) : types.isError ? (
        <ProblemAlert error={types.error} />
      ) : (
        <div className="table-wrapper">
          <table className="table" data-testid="error-types">
            <caption className="visually-hidden">{t('control.errorTypes.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('control.errorTypes.code')}</th>
                <th scope="col">{t('control.errorTypes.nameSv')}</th>
                <th scope="col">{t('control.errorTypes.nameEn')}</th>
                <th scope="col" className="numeric">{t('control.errorTypes.sortOrder')}</th>
                <th scope="col">{t('control.errorTypes.state')}</th>
                <th scope="col"><span className="visually-hidden">{t('control.errorTypes.change')}</span></th>
              </tr>
            </thead>
            <tbody>
              {types.data.map((type) => (
                <tr key={type.code}>
                  <td>{type.code}</td>
                  <td>{type.nameSv}</td>
                  <td>{type.nameEn}</td>
                  <td className="numeric">{type.sortOrder}</td>
                  <td>{type.active ? t('control.errorTypes.active') : t('control.errorTypes.retired')}</td>
                  <td>
                    <button type="button" className="button button--secondary" onClick={() => setEditing(type.code)}>
                      {t('control.errorTypes.changeOne', { name: type.nameSv })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing && types.data?.some((type) => type.code === editing) && (
        <ErrorTypeForm key={editing} type={types.data.find((type) => type.code === editing)} onDone={done} onCancel={() => setEditing(null)} />
      )}
      {!editing && <ErrorTypeForm key="new" onDone={done} />}
    </>
  );
}

function ErrorTypeForm({ type, onDone, onCancel }: { type?: ControlErrorTypeView; onDone: (message: string) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const formId = type ? `error-type-${type.code}` : 'error-type-new';
  const [values, setValues] = useState<Values>({
    code: type?.code ?? '',
    nameSv: type?.nameSv ?? '',
    nameEn: type?.nameEn ?? '',
    sortOrder: type ? String(type.sortOrder) : '',
    active: type?.active ?? true,
  });
  const add = useAddErrorType();
  const update = useUpdateErrorType();
  const save = type ? update : add;
  const { fieldErrors, check } = useFormErrors(save.error);
  const set = (change: Partial<Values>) => setValues((old) => ({ ...old, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const code = values.code.trim().toUpperCase();
    if (!code) errors.code = t('form.requiredError');
    else if (!/^[A-Z][A-Z0-9_]*$/.test(code)) errors.code = t('control.errorTypes.codeRule');
    if (!values.nameSv.trim()) errors.nameSv = t('form.requiredError');
    if (!values.nameEn.trim()) errors.nameEn = t('form.requiredError');
    const sortOrder = values.sortOrder.trim() ? Number(values.sortOrder.trim()) : null;
    if (sortOrder !== null && !Number.isInteger(sortOrder)) errors.sortOrder = t('control.errorTypes.wholeNumber');
    if (!check(errors)) return;
    const body = { code, nameSv: values.nameSv.trim(), nameEn: values.nameEn.trim(), active: values.active, sortOrder };
    if (type) update.mutate({ version: type.version, body }, { onSuccess: (saved) => onDone(t('control.errorTypes.saved', { name: saved.nameSv })) });
    else add.mutate(body, { onSuccess: (saved) => onDone(t('control.errorTypes.added', { name: saved.nameSv })) });
  };
  const title = type ? t('control.errorTypes.changeOne', { name: type.nameSv }) : t('control.errorTypes.add');
  return (
    <form id={formId} className="form section" aria-label={title} onSubmit={submit} noValidate>
      <h2>{title}</h2>
      <ProblemAlert error={save.error} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
      <TextField formId={formId} name="code" label={t('control.errorTypes.code')} hint={type ? undefined : t('control.errorTypes.codeHint')} value={values.code}
        readOnly={Boolean(type)} required onChange={(code) => set({ code })} error={fieldErrors.code} />
      <TextField formId={formId} name="nameSv" label={t('control.errorTypes.nameSv')} value={values.nameSv} required onChange={(nameSv) => set({ nameSv })} error={fieldErrors.nameSv} />
      <TextField formId={formId} name="nameEn" label={t('control.errorTypes.nameEn')} value={values.nameEn} required onChange={(nameEn) => set({ nameEn })} error={fieldErrors.nameEn} />
      <TextField formId={formId} name="sortOrder" label={t('control.errorTypes.sortOrder')} inputMode="numeric" value={values.sortOrder} onChange={(sortOrder) => set({ sortOrder })} error={fieldErrors.sortOrder} />
      {type && <CheckboxField formId={formId} name="active" label={t('control.errorTypes.offered')} checked={values.active} onChange={(active) => set({ active })} />}
      <div className="button-row">
        <BusyButton type="submit" busy={save.isPending}>
          {type ? t('control.errorTypes.save') : t('control.errorTypes.addButton')}
        </BusyButton>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('control.errorTypes.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
