/** An advisor records the funder's payment of a claim sent to it: the amount paid (in the budget's currency) and the day (If-Match). */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/conflict-notice';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import type { ReportView } from '@/lib/api/types';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { getReportQueryOptions } from '../api/get-report';
import { useRecordPayment } from '../api/record-payment';
import { localToday } from '../local-today';
import { parseNumber } from './report-form-values';

const FORM_ID = 'payment-form';
const amountText = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

export function PaymentForm({ report, onSaved }: { report: ReportView; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [paidAmount, setPaidAmount] = useState(amountText(report.paidAmount));
  const [paidOn, setPaidOn] = useState(report.paidOn ?? '');
  const payment = useRecordPayment();
  const { fieldErrors, check } = useFormErrors(payment.error);
  const { conflict, run, clearConflict } = useConflictSave<ReportView>({
    save: (version) => payment.mutateAsync({ id: report.id, version, body: { paidAmount: parseNumber(paidAmount), paidOn } }),
    fetchLatest: () => queryClient.fetchQuery({ ...getReportQueryOptions(report.id), staleTime: 0 }),
  });

  const store = async (version: number) => {
    const errors: Record<string, string> = {};
    const amount = parseNumber(paidAmount);
    if (!paidAmount.trim()) errors.paidAmount = t('form.requiredError');
    else if (!Number.isFinite(amount) || amount < 0) errors.paidAmount = t('reports.notANumber');
    if (!paidOn) errors.paidOn = t('form.requiredError');
    if (!check(errors)) return;
    if (await run(version)) onSaved(t('reports.paymentSaved'));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void store(report.version);
  };
  const problem = isApiError(payment.error) ? payment.error.problem : undefined;

  return (
    <form id={FORM_ID} className="form" onSubmit={submit} noValidate>
      <ProblemAlert error={alertError(payment.error)} hasFieldErrors={Object.keys(fieldErrors).length > 0} extraErrors={unmatchedFieldErrors(problem, ['paidAmount', 'paidOn'])} />
      {conflict && (
        <ConflictNotice
          busy={payment.isPending}
          rows={[
            { field: 'paidAmount', label: t('reports.paidAmount'), mine: paidAmount, theirs: amountText(conflict.paidAmount) },
            { field: 'paidOn', label: t('reports.paidOn'), mine: paidOn, theirs: conflict.paidOn ?? '' },
          ]}
          onOverwrite={() => void store(conflict.version)}
          onDiscard={() => {
            setPaidAmount(amountText(conflict.paidAmount));
            setPaidOn(conflict.paidOn ?? '');
            clearConflict();
            payment.reset();
          }}
        />
      )}
      <TextField formId={FORM_ID} name="paidAmount" label={t('reports.paidAmount')} inputMode="decimal" value={paidAmount} onChange={setPaidAmount} required error={fieldErrors.paidAmount} />
      <TextField formId={FORM_ID} name="paidOn" type="date" max={localToday()} label={t('reports.paidOn')} value={paidOn} onChange={setPaidOn} required error={fieldErrors.paidOn} />
      <div className="button-row">
        <BusyButton type="submit" busy={payment.isPending}>
          {t('reports.recordPayment')}
        </BusyButton>
      </div>
    </form>
  );
}
