/**
 * Adding or changing an expenditure line: partner of the partnership, cost category, dates, supplier, amount in
 * SEK or EUR, VAT and whether it is recoverable. The server's refusals are shown at their fields; a 412 shows the conflict.
 */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { ConflictNotice } from '@/components/conflict-notice';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import { queryKeys } from '@/lib/api/query-keys';
import { COST_CATEGORIES, CURRENCIES, type ExpenditureView, type PartnerMemberView } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { getExpenditures } from '../api/get-expenditures';
import { useSaveExpenditure } from '../api/save-expenditure';
import {
  EXPENDITURE_FIELDS,
  expenditureConflictRows,
  expenditureToForm,
  formToExpenditureRequest,
  validateExpenditure,
  type ExpenditureFormValues,
} from './expenditure-form-values';

interface ExpenditureFormProps {
  reportId: string;
  partners: PartnerMemberView[];
  initial: ExpenditureFormValues;
  /** The line being changed; a new line when not given. */
  line?: ExpenditureView;
  onDone: (message: string) => void;
  onCancel: () => void;
}

export function ExpenditureForm({ reportId, partners, initial, line, onDone, onCancel }: ExpenditureFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formId = line ? `expenditure-${line.id}` : 'expenditure-new';
  const [values, setValues] = useState(initial);
  const save = useSaveExpenditure();
  const { fieldErrors, check } = useFormErrors(save.error);
  const { conflict, run, clearConflict } = useConflictSave<ExpenditureView>({
    save: (version) => save.mutateAsync({ reportId, line: line && { id: line.id, version }, body: formToExpenditureRequest(values) }),
    fetchLatest: async () => {
      const lines = await queryClient.fetchQuery({ queryKey: queryKeys.reportExpenditures(reportId), queryFn: () => getExpenditures(reportId), staleTime: 0 });
      return lines.find((candidate) => candidate.id === line?.id) ?? (line as ExpenditureView);
    },
  });

  const store = async (version: number) => {
    if (!check(validateExpenditure(values, t))) {
      document.querySelector<HTMLElement>(`#${formId} [aria-invalid="true"]`)?.focus();
      return;
    }
    if (await run(version)) onDone(line ? t('reports.lineSaved', { supplier: values.supplier.trim() }) : t('reports.lineAdded', { supplier: values.supplier.trim() }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void store(line?.version ?? 0);
  };
  const set = <K extends keyof ExpenditureFormValues>(field: K) => (value: ExpenditureFormValues[K]) => setValues((previous) => ({ ...previous, [field]: value }));
  const problem = isApiError(save.error) ? save.error.problem : undefined;
  const text = (field: 'spentOn' | 'supplier' | 'description' | 'invoiceNumber' | 'paidOn' | 'amount' | 'vatAmount') => ({
    formId,
    name: field,
    label: t(`reports.line.${field}`),
    value: values[field],
    onChange: set(field),
    error: fieldErrors[field],
  });

  return (
    <form id={formId} className="form" onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{line ? t('reports.editLine', { supplier: line.supplier }) : t('reports.addLine')}</h3>
      <ProblemAlert error={alertError(save.error)} hasFieldErrors={Object.keys(fieldErrors).length > 0} extraErrors={unmatchedFieldErrors(problem, EXPENDITURE_FIELDS)} />
      {conflict && line && (
        <ConflictNotice
          busy={save.isPending}
          rows={expenditureConflictRows(values, conflict, t)}
          onOverwrite={() => void store(conflict.version)}
          onDiscard={() => {
            setValues(expenditureToForm(conflict));
            clearConflict();
            save.reset();
          }}
        />
      )}
      <SelectField
        formId={formId}
        name="partnerId"
        label={t('reports.line.partnerId')}
        value={values.partnerId}
        onChange={set('partnerId')}
        emptyLabel={t('form.choose')}
        options={partners.map((partner) => ({ value: partner.organisationId, label: partner.legalName }))}
        required
        error={fieldErrors.partnerId}
      />
      <SelectField
        formId={formId}
        name="category"
        label={t('reports.line.category')}
        value={values.category}
        onChange={(value) => set('category')(value as ExpenditureFormValues['category'])}
        emptyLabel={t('form.choose')}
        options={COST_CATEGORIES.map((category) => ({ value: category, label: t(`costCategory.${category}`) }))}
        required
        error={fieldErrors.category}
      />
      <TextField {...text('spentOn')} type="date" hint={t('reports.spentOnHint')} required />
      <TextField {...text('supplier')} required autoComplete="off" />
      <TextField {...text('description')} required autoComplete="off" />
      <TextField {...text('invoiceNumber')} autoComplete="off" />
      <TextField {...text('paidOn')} type="date" />
      <TextField {...text('amount')} inputMode="decimal" hint={t('reports.amountHint')} required />
      <SelectField
        formId={formId}
        name="currency"
        label={t('reports.line.currency')}
        value={values.currency}
        onChange={(value) => set('currency')(value as ExpenditureFormValues['currency'])}
        options={CURRENCIES.map((currency) => ({ value: currency, label: currency }))}
        error={fieldErrors.currency}
      />
      <TextField {...text('vatAmount')} inputMode="decimal" hint={t('reports.vatHint')} />
      <CheckboxField formId={formId} name="vatRecoverable" label={t('reports.line.vatRecoverable')} checked={values.vatRecoverable} onChange={set('vatRecoverable')} error={fieldErrors.vatRecoverable} />
      <div className="button-row">
        <BusyButton type="submit" busy={save.isPending}>
          {line ? t('common.save') : t('reports.addLineButton')}
        </BusyButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
