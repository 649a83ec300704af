/**
 * The claim's lines with the control's word on each: outside the sample (accepted as declared), or sampled and
 * decided (verified, deducted with amount and error type, parked), with the comment. The controller ticks lines
 * to draw by hand and decides a sampled line in a small form under the table.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError, unmatchedFieldErrors } from '@/lib/api/problem';
import type { ControlDecisionRequest, ControlLineView, ControlView, Decision, ReportView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { useMoney } from '@/lib/i18n/use-money';
import { parseNumber } from '@/lib/i18n/parse-number';
import { BusyButton } from '@/components/busy-button';
import { useDecide, useErrorTypes } from '../api/control';

interface Props {
  report: ReportView;
  control: ControlView;
  chosen: string[];
  onChoose: (ids: string[]) => void;
  onMessage: (message: string) => void;
}

export function lineName(line: ControlLineView): string {
  return line.invoiceNumber ? `${line.supplier}, ${line.invoiceNumber}` : line.supplier;
}

export function ControlLines({ report, control, chosen, onChoose, onMessage }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { money } = useMoney();
  const errorTypes = useErrorTypes();
  const [deciding, setDeciding] = useState<ControlLineView | null>(null);
  const english = format.language === 'en';
  const errorName = (code: string | null) => {
    if (!code) return '';
    const type = errorTypes.data?.find((e) => e.code === code);
    return type ? (english ? type.nameEn : type.nameSv) : code;
  };
  const decisionText = (line: ControlLineView) => {
    if (!line.inSample) return t('control.outsideSample');
    if (!line.decision) return t('control.undecided');
    const text = t(`control.decisions.${line.decision}`);
    return line.decision === 'DEDUCTED' ? `${text} ${money(line.deductedAmount, line.currency)} – ${errorName(line.errorType)}` : text;
  };
  const toggle = (id: string, on: boolean) => onChoose(on ? [...chosen, id] : chosen.filter((x) => x !== id));

  return (
    <>
      <div className="table-wrapper">
        <table className="table" data-testid="control-lines">
          <caption className="visually-hidden">{t('control.linesCaption')}</caption>
          <thead>
            <tr>
              {control.mayWork && <th scope="col">{t('control.chooseLines')}</th>}
              <th scope="col">{t('control.spentOn')}</th>
              <th scope="col">{t('control.line')}</th>
              <th scope="col">{t('control.category')}</th>
              <th scope="col" className="numeric">{t('control.eligible')}</th>
              <th scope="col" className="numeric">{t('control.evidence')}</th>
              <th scope="col">{t('control.decision')}</th>
              <th scope="col">{t('control.comment')}</th>
              {control.mayWork && <th scope="col"><span className="visually-hidden">{t('control.decide')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {control.lines.map((line) => (
              <tr key={line.expenditureId} data-sampled={line.inSample || undefined}>
                {control.mayWork && (
                  <td>
                    {!line.inSample && (
                      <input
                        type="checkbox"
                        aria-label={`${t('control.chooseLines')}: ${lineName(line)}`}
                        checked={chosen.includes(line.expenditureId)}
                        onChange={(event) => toggle(line.expenditureId, event.target.checked)}
                      />
                    )}
                  </td>
                )}
                <td>{format.date(line.spentOn)}</td>
                <th scope="row">
                  {lineName(line)}
                  <br />
                  <span className="muted">{line.description}</span>
                  {line.carried && line.fromPeriod !== null && (
                    <>
                      <br />
                      <span className="badge">{t('control.carried', { period: line.fromPeriod })}</span>
                    </>
                  )}
                </th>
                <td>{t(`costCategory.${line.category}`)}</td>
                <td className="numeric">{money(line.eligible, line.currency)}</td>
                <td className="numeric">{line.evidenceCount}</td>
                <td>{decisionText(line)}</td>
                <td>{line.comment ?? ''}</td>
                {control.mayWork && (
                  <td>
                    {line.inSample && (
                      <button type="button" className="button button--secondary" onClick={() => setDeciding(line)} aria-label={`${t('control.decide')}: ${lineName(line)}`}>
                        {t('control.decide')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {deciding && control.mayWork && (
        <DecisionForm
          key={`${deciding.expenditureId}-${deciding.version}`}
          report={report}
          control={control}
          line={control.lines.find((l) => l.expenditureId === deciding.expenditureId) ?? deciding}
          onDone={() => {
            setDeciding(null);
            onMessage(t('control.decisionSaved'));
          }}
          onCancel={() => setDeciding(null)}
        />
      )}
    </>
  );
}

const FORM_ID = 'decision-form';

function DecisionForm({
  report,
  control,
  line,
  onDone,
  onCancel,
}: {
  report: ReportView;
  control: ControlView;
  line: ControlLineView;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const errorTypes = useErrorTypes();
  const decide = useDecide();
  const [decision, setDecision] = useState<Decision | ''>(line.decision ?? '');
  const [amount, setAmount] = useState(line.deductedAmount === null ? '' : String(line.deductedAmount).replace('.', ','));
  const [errorType, setErrorType] = useState(line.errorType ?? '');
  const [comment, setComment] = useState(line.comment ?? '');
  const { fieldErrors, check } = useFormErrors(decide.error);
  const english = i18n.resolvedLanguage === 'en';
  const options: Decision[] = control.finalReport ? ['VERIFIED', 'DEDUCTED'] : ['VERIFIED', 'DEDUCTED', 'PARKED'];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!decision) errors.decision = t('form.requiredError');
    if (decision === 'DEDUCTED') {
      const value = parseNumber(amount);
      if (!amount.trim()) errors.deductedAmount = t('form.requiredError');
      else if (!Number.isFinite(value) || value <= 0) errors.deductedAmount = t('reports.notANumber');
      if (!errorType) errors.errorType = t('form.requiredError');
    }
    if ((decision === 'DEDUCTED' || decision === 'PARKED') && !comment.trim()) errors.comment = t('form.requiredError');
    if (!check(errors) || !decision || line.version === null) return;
    const body: ControlDecisionRequest = { decision, comment: comment.trim() || null };
    if (decision === 'DEDUCTED') {
      body.deductedAmount = parseNumber(amount);
      body.errorType = errorType;
    }
    decide.mutate({ reportId: report.id, expenditureId: line.expenditureId, version: line.version, body }, { onSuccess: onDone });
  };
  const problem = isApiError(decide.error) ? decide.error.problem : undefined;

  return (
    <form id={FORM_ID} className="form" onSubmit={submit} noValidate aria-labelledby={`${FORM_ID}-title`}>
      <h4 id={`${FORM_ID}-title`}>{t('control.decideLine', { line: lineName(line) })}</h4>
      <ProblemAlert
        error={alertError(decide.error)}
        hasFieldErrors={Object.keys(fieldErrors).length > 0}
        extraErrors={unmatchedFieldErrors(problem, ['decision', 'deductedAmount', 'errorType', 'comment'])}
      />
      <SelectField
        formId={FORM_ID}
        name="decision"
        label={t('control.decision')}
        value={decision}
        onChange={(value) => setDecision(value as Decision)}
        emptyLabel={t('control.choose')}
        options={options.map((d) => ({ value: d, label: t(`control.decisions.${d}`) }))}
        required
        error={fieldErrors.decision}
      />
      {decision === 'DEDUCTED' && (
        <>
          <TextField
            formId={FORM_ID}
            name="deductedAmount"
            label={t('control.deductedAmount', { currency: line.currency })}
            inputMode="decimal"
            value={amount}
            onChange={setAmount}
            required
            error={fieldErrors.deductedAmount}
          />
          <SelectField
            formId={FORM_ID}
            name="errorType"
            label={t('control.errorType')}
            value={errorType}
            onChange={setErrorType}
            emptyLabel={t('control.chooseErrorType')}
            options={(errorTypes.data ?? []).filter((e) => e.active).map((e) => ({ value: e.code, label: english ? e.nameEn : e.nameSv }))}
            required
            error={fieldErrors.errorType}
          />
        </>
      )}
      <TextAreaField formId={FORM_ID} name="comment" label={t('control.comment')} value={comment} onChange={setComment} rows={3} required={decision === 'DEDUCTED' || decision === 'PARKED'} error={fieldErrors.comment} />
      <div className="button-row">
        <BusyButton type="submit" busy={decide.isPending}>
          {t('control.saveDecision')}
        </BusyButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
