/** A financial report's expenditure lines: the table, adding, changing and removing a line, and each line's evidence. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmRemoval } from '@/components/confirm-dialog';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { Currency, ExpenditureView, PartnerMemberView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useMoney } from '@/lib/i18n/use-money';
import { useDeleteExpenditure } from '../api/delete-expenditure';
import { useExpenditures } from '../api/get-expenditures';
import { EvidencePanel } from './evidence-panel';
import { ExpenditureForm } from './expenditure-form';
import { emptyExpenditure, expenditureToForm } from './expenditure-form-values';

interface ExpendituresSectionProps {
  reportId: string;
  editable: boolean;
  partners: PartnerMemberView[];
  /** The budget's currency: a new line's default. */
  currency: Currency;
}

type Editing = { mode: 'new' } | { mode: 'edit'; line: ExpenditureView } | null;

export function ExpendituresSection({ reportId, editable, partners, currency }: ExpendituresSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney();
  const lines = useExpenditures(reportId);
  const deletion = useDeleteExpenditure();
  const [editing, setEditing] = useState<Editing>(null);
  const [evidenceOf, setEvidenceOf] = useState<string | null>(null);
  const [removing, setRemoving] = useState<ExpenditureView | null>(null);
  const [message, setMessage] = useState('');
  const partnerName = (id: string) => partners.find((partner) => partner.organisationId === id)?.legalName ?? id;
  const done = (text: string) => {
    setEditing(null);
    setMessage(text);
  };
  const remove = (line: ExpenditureView) =>
    deletion
      .mutateAsync({ reportId, id: line.id, version: line.version })
      .then(() => setMessage(t('reports.lineRemoved', { supplier: line.supplier })), () => undefined)
      .finally(() => setRemoving(null));
  const shownLine = lines.data?.find((line) => line.id === evidenceOf);

  return (
    <>
      {message && (
        <p className="alert alert--success" role="status">
          {message}
        </p>
      )}
      <ProblemAlert error={deletion.error} />
      {lines.isPending ? (
        <Loading />
      ) : lines.isError ? (
        <ProblemAlert error={lines.error} />
      ) : lines.data.length === 0 ? (
        <p>{t('reports.noLines')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption>{t('reports.linesCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.line.spentOn')}</th>
                <th scope="col">{t('reports.expenditure')}</th>
                <th scope="col">{t('reports.partnerAndCategory')}</th>
                <th scope="col" className="numeric">{t('reports.line.amount')}</th>
                <th scope="col" className="numeric">{t('reports.line.vatAmount')}</th>
                <th scope="col" className="numeric">{t('reports.eligible')}</th>
                <th scope="col">{t('reports.evidence')}</th>
                {editable && <th scope="col">{t('common.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {lines.data.map((line) => (
                <tr key={line.id}>
                  <td>{format.date(line.spentOn)}</td>
                  <th scope="row">
                    {line.supplier}
                    <br />
                    <span className="muted">
                      {line.description}
                      {line.invoiceNumber && `, ${t('reports.invoice', { number: line.invoiceNumber })}`}
                    </span>
                  </th>
                  <td>
                    {partnerName(line.partnerId)}
                    <br />
                    {t(`costCategory.${line.category}`)}
                  </td>
                  <td className="numeric">{`${money.amount(line.amount)}\u00a0${line.currency}`}</td>
                  <td className="numeric">
                    {money.amount(line.vatAmount)}
                    {line.vatRecoverable && <span className="muted"> ({t('reports.recoverable')})</span>}
                  </td>
                  <td className="numeric">{`${money.amount(line.eligible)}\u00a0${line.currency}`}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-expanded={evidenceOf === line.id}
                      aria-label={t('reports.evidenceButton', { count: line.evidenceCount, supplier: line.supplier })}
                      onClick={() => setEvidenceOf(evidenceOf === line.id ? null : line.id)}
                    >
                      {t('reports.evidenceCount', { count: line.evidenceCount })}
                    </button>
                  </td>
                  {editable && (
                    <td>
                      <div className="button-row">
                        <button type="button" className="button button--secondary" aria-label={t('reports.editLineOf', { supplier: line.supplier })} onClick={() => setEditing({ mode: 'edit', line })}>
                          {t('common.edit')}
                        </button>
                        <button type="button" className="button button--secondary" aria-label={t('reports.removeLineOf', { supplier: line.supplier })} onClick={() => setRemoving(line)}>
                          {t('common.delete')}
                        </button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable &&
        (editing ? (
          <ExpenditureForm
            key={editing.mode === 'edit' ? editing.line.id : 'new'}
            reportId={reportId}
            partners={partners}
            line={editing.mode === 'edit' ? editing.line : undefined}
            initial={editing.mode === 'edit' ? expenditureToForm(editing.line) : emptyExpenditure(currency, partners.length === 1 ? partners[0].organisationId : '')}
            onDone={done}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <div className="button-row">
            <button type="button" className="button" onClick={() => setEditing({ mode: 'new' })}>
              {t('reports.addLine')}
            </button>
          </div>
        ))}
      {shownLine && <EvidencePanel key={shownLine.id} reportId={reportId} line={shownLine} editable={editable} />}
      <ConfirmRemoval
        item={removing}
        title={(item) => t('reports.removeLineTitle', { supplier: item.supplier })}
        text={t('reports.removeLineConfirm')}
        busy={deletion.isPending}
        onRemove={(item) => void remove(item)}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
