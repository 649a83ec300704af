/**
 * The funder's own corrections of a claim sent to it (issue 19): when it paid less than the EU amount claimed, an
 * advisor records per partner and cost category the eligible expenditure it did not accept and why; later claims
 * are measured against the corrected claim. Everyone who reads the report sees them.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { COST_CATEGORIES, type CostCategory, type FunderCorrections as Corrections, type ReportView } from '@/lib/api/types';
import { usePermissions } from '@/lib/auth/me-context';
import { useFormat } from '@/lib/i18n/format';
import { parseNumber } from '@/lib/i18n/parse-number';
import { useMoney } from '@/lib/i18n/use-money';
import { useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { useFunderCorrections, useSaveFunderCorrections } from '../api/funder-corrections';

const FORM_ID = 'funder-corrections';

/** A partner of the budget: its organisation and name. */
export interface CorrectionPartner {
  organisationId: string;
  legalName: string;
}

interface Row {
  key: number;
  partnerId: string;
  category: string;
  amount: string;
  reason: string;
}

const amountText = (value: number) => String(value).replace('.', ',');

export function FunderCorrectionsSection({ report, partners, onMessage }: { report: ReportView; partners: CorrectionPartner[]; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const permissions = usePermissions();
  const corrections = useFunderCorrections(report.id);
  const data = corrections.data;
  const paidLess = data?.shortfall !== null && data?.shortfall !== undefined && data.shortfall > 0;
  return (
    <section id="funder-corrections" tabIndex={-1} className="section" aria-labelledby="funder-corrections-title">
      <h2 id="funder-corrections-title">{t('control.corrections.title')}</h2>
      {corrections.isPending ? (
        <Loading />
      ) : corrections.isError ? (
        <ProblemAlert error={corrections.error} />
      ) : (
        <>
          <CorrectionsSummary corrections={corrections.data} partners={partners} />
          {!paidLess && <p className="muted">{t('control.corrections.onlyWhenPaidLess')}</p>}
          {paidLess && permissions.canRecordFunderCorrections && (
            <CorrectionsForm key={corrections.data.reportVersion} report={report} corrections={corrections.data} partners={partners} onMessage={onMessage} />
          )}
        </>
      )}
    </section>
  );
}

function CorrectionsSummary({ corrections, partners }: { corrections: Corrections; partners: CorrectionPartner[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { amount } = useMoney(corrections.currency);
  const partnerName = (id: string) => partners.find((p) => p.organisationId === id)?.legalName ?? id;
  return (
    <>
      <dl className="details" data-testid="funder-corrections-summary">
        <dt>{t('control.corrections.euClaimed')}</dt>
        <dd>{amount(corrections.euClaimed)}</dd>
        <dt>{t('control.corrections.paid')}</dt>
        <dd>{amount(corrections.paidAmount)}</dd>
        <dt>{t('control.corrections.shortfall')}</dt>
        <dd>{amount(corrections.shortfall)}</dd>
      </dl>
      {corrections.corrections.length === 0 ? (
        <p>{t('control.corrections.none')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table" data-testid="funder-corrections">
            <caption className="visually-hidden">{t('control.corrections.caption', { currency: corrections.currency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('control.partner')}</th>
                <th scope="col">{t('control.category')}</th>
                <th scope="col" className="numeric">{`${t('control.amount')} (${corrections.currency})`}</th>
                <th scope="col">{t('control.corrections.reason')}</th>
                <th scope="col">{t('control.corrections.recorded')}</th>
              </tr>
            </thead>
            <tbody>
              {corrections.corrections.map((c) => (
                <tr key={c.id}>
                  <td>{partnerName(c.partnerId)}</td>
                  <td>{t(`costCategory.${c.category}`)}</td>
                  <td className="numeric">{amount(c.amount)}</td>
                  <td className="pre-line">{c.reason}</td>
                  <td>{`${c.recordedBy.name}, ${format.dateTime(c.recordedAt)}`}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={2}>{t('control.corrections.total')}</th>
                <td className="numeric">{amount(corrections.total)}</td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </>
  );
}

function CorrectionsForm({ report, corrections, partners, onMessage }: { report: ReportView; corrections: Corrections; partners: CorrectionPartner[]; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() =>
    corrections.corrections.map((c, key) => ({ key, partnerId: c.partnerId, category: c.category, amount: amountText(c.amount), reason: c.reason })),
  );
  const [nextKey, setNextKey] = useState(rows.length);
  const save = useSaveFunderCorrections();
  const { fieldErrors, check } = useFormErrors(save.error);
  const update = (key: number, change: Partial<Row>) => setRows((old) => old.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const add = () => {
    setRows((old) => [...old, { key: nextKey, partnerId: partners.length === 1 ? partners[0].organisationId : '', category: '', amount: '', reason: '' }]);
    setNextKey((k) => k + 1);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    rows.forEach((row, i) => {
      const field = (name: string) => `corrections[${i}].${name}`;
      if (!row.partnerId) errors[field('partnerId')] = t('form.requiredError');
      if (!row.category) errors[field('category')] = t('form.requiredError');
      const value = parseNumber(row.amount);
      if (!row.amount.trim()) errors[field('amount')] = t('form.requiredError');
      else if (!Number.isFinite(value) || value <= 0) errors[field('amount')] = t('control.corrections.positive');
      if (!row.reason.trim()) errors[field('reason')] = t('form.requiredError');
    });
    if (!check(errors)) return;
    save.mutate(
      {
        reportId: report.id,
        version: corrections.reportVersion,
        corrections: rows.map((row) => ({ partnerId: row.partnerId, category: row.category as CostCategory, amount: parseNumber(row.amount), reason: row.reason.trim() })),
      },
      { onSuccess: () => onMessage(t('control.corrections.saved')) },
    );
  };
  return (
    <form id={FORM_ID} className="form" aria-label={t('control.corrections.formTitle')} onSubmit={submit} noValidate>
      <h3>{t('control.corrections.formTitle')}</h3>
      <p className="muted">{t('control.corrections.hint')}</p>
      <ProblemAlert error={save.error} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
      {rows.map((row, i) => {
        const name = (field: string) => `corrections[${i}].${field}`;
        return (
          <fieldset key={row.key} className="field-group" data-testid="funder-correction-row">
            <legend>{t('control.corrections.row', { number: i + 1 })}</legend>
            <SelectField formId={FORM_ID} name={name('partnerId')} label={t('control.partner')} value={row.partnerId} required
              options={partners.map((p) => ({ value: p.organisationId, label: p.legalName }))} emptyLabel={t('control.choose')}
              onChange={(partnerId) => update(row.key, { partnerId })} error={fieldErrors[name('partnerId')]} />
            <SelectField formId={FORM_ID} name={name('category')} label={t('control.category')} value={row.category} required
              options={COST_CATEGORIES.map((c) => ({ value: c, label: t(`costCategory.${c}`) }))} emptyLabel={t('control.choose')}
              onChange={(category) => update(row.key, { category })} error={fieldErrors[name('category')]} />
            <TextField formId={FORM_ID} name={name('amount')} label={t('control.corrections.amount', { currency: corrections.currency })} inputMode="decimal"
              value={row.amount} required onChange={(amount) => update(row.key, { amount })} error={fieldErrors[name('amount')]} />
            <TextAreaField formId={FORM_ID} name={name('reason')} label={t('control.corrections.reason')} value={row.reason} rows={2} required
              onChange={(reason) => update(row.key, { reason })} error={fieldErrors[name('reason')]} />
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={() => setRows((old) => old.filter((r) => r.key !== row.key))}>
                {t('control.corrections.removeRow', { number: i + 1 })}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={add}>
          {t('control.corrections.addRow')}
        </button>
        <BusyButton type="submit" busy={save.isPending}>
          {t('control.corrections.save')}
        </BusyButton>
      </div>
    </form>
  );
}
