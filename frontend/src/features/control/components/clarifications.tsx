/**
 * Requests for clarification: the controller asks the unit (about the whole claim or one line, with a date to
 * answer by); the unit answers here, with files; the dates stay.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileField } from '@/components/form/file-field';
import { SelectField } from '@/components/form/select-field';
import { TextAreaField } from '@/components/form/text-area-field';
import { TextField } from '@/components/form/text-field';
import { ProblemAlert } from '@/components/problem-alert';
import type { ControlClarificationView, ControlView, ReportView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { BusyButton } from '@/components/busy-button';
import { downloadAnswerFile, useAnswer, useAsk, useAttachToAnswer } from '../api/control';
import { lineName } from './control-lines';

interface Props {
  report: ReportView;
  control: ControlView;
  onMessage: (message: string) => void;
}

export function Clarifications({ report, control, onMessage }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {control.clarifications.length === 0 ? (
        <p className="muted">{t('control.noClarifications')}</p>
      ) : (
        <ul className="plain-list">
          {control.clarifications.map((c) => (
            <Clarification key={c.id} report={report} control={control} clarification={c} onMessage={onMessage} />
          ))}
        </ul>
      )}
      {control.mayWork && <AskForm report={report} control={control} onMessage={onMessage} />}
    </>
  );
}

function Clarification({ report, control, clarification: c, onMessage }: Props & { clarification: ControlClarificationView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const line = c.expenditureId ? control.lines.find((l) => l.expenditureId === c.expenditureId) : undefined;
  return (
    <li className="card" id={`clarification-${c.id}`} data-testid="clarification">
      <p>
        <strong>{c.question}</strong>
      </p>
      <p className="muted">
        {t('control.askedBy', { name: c.askedBy.name, date: format.dateTime(c.askedAt) })}
        {c.dueOn && `, ${t('control.dueBy', { date: format.date(c.dueOn) })}`}
        {line && ` · ${t('control.aboutLine')}: ${lineName(line)}`}
      </p>
      {c.answer ? (
        <>
          <p className="pre-line">{c.answer}</p>
          <p className="muted">{c.answeredBy && t('control.answeredBy', { name: c.answeredBy.name, date: format.dateTime(c.answeredAt) })}</p>
        </>
      ) : (
        <p className="muted">{t('control.notAnswered')}</p>
      )}
      {c.files.length > 0 && (
        <ul aria-label={t('control.files')}>
          {c.files.map((f) => (
            <li key={f.id}>
              <button type="button" className="button button--secondary" onClick={() => void downloadAnswerFile(report.id, c.id, f.id, f.fileName)}>
                {f.fileName}
              </button>
            </li>
          ))}
        </ul>
      )}
      {control.mayAnswer && <AnswerForm report={report} clarification={c} onMessage={onMessage} />}
    </li>
  );
}

function AskForm({ report, control, onMessage }: Props) {
  const { t } = useTranslation();
  const formId = 'ask-form';
  const [question, setQuestion] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [line, setLine] = useState('');
  const ask = useAsk();
  const { fieldErrors, check } = useFormErrors(ask.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!check(question.trim() ? {} : { question: t('form.requiredError') })) return;
    ask.mutate(
      { reportId: report.id, body: { question: question.trim(), dueOn: dueOn || null, expenditureId: line || null } },
      {
        onSuccess: () => {
          setQuestion('');
          setDueOn('');
          setLine('');
          onMessage(t('control.askedOk'));
        },
      },
    );
  };
  return (
    <form id={formId} className="form" onSubmit={submit} noValidate>
      <ProblemAlert error={alertError(ask.error)} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
      <TextAreaField formId={formId} name="question" label={t('control.question')} value={question} onChange={setQuestion} rows={3} required error={fieldErrors.question} />
      <SelectField
        formId={formId}
        name="expenditureId"
        label={t('control.aboutLine')}
        value={line}
        onChange={setLine}
        emptyLabel={t('control.wholeClaim')}
        options={control.lines.map((l) => ({ value: l.expenditureId, label: lineName(l) }))}
      />
      <TextField formId={formId} name="dueOn" type="date" label={t('control.dueOn')} value={dueOn} onChange={setDueOn} error={fieldErrors.dueOn} />
      <div className="button-row">
        <BusyButton type="submit" busy={ask.isPending}>
          {t('control.ask')}
        </BusyButton>
      </div>
    </form>
  );
}

function AnswerForm({ report, clarification, onMessage }: { report: ReportView; clarification: ControlClarificationView; onMessage: (message: string) => void }) {
  const { t } = useTranslation();
  const formId = `answer-${clarification.id}`;
  const [answer, setAnswer] = useState(clarification.answer ?? '');
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const save = useAnswer();
  const attach = useAttachToAnswer();
  const { fieldErrors, check } = useFormErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!check(answer.trim() ? {} : { answer: t('form.requiredError') })) return;
    save.mutate(
      { reportId: report.id, clarificationId: clarification.id, version: clarification.version, body: { answer: answer.trim() } },
      { onSuccess: () => onMessage(t('control.answeredOk')) },
    );
  };
  const upload = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    attach.mutate(
      { reportId: report.id, clarificationId: clarification.id, file },
      {
        onSuccess: () => {
          setFile(null);
          if (fileInput.current) fileInput.current.value = '';
          onMessage(t('control.attachedOk'));
        },
      },
    );
  };
  return (
    <>
      <form id={formId} className="form" onSubmit={submit} noValidate>
        <ProblemAlert error={alertError(save.error)} hasFieldErrors={Object.keys(fieldErrors).length > 0} />
        <TextAreaField formId={formId} name="answer" label={t('control.answer')} value={answer} onChange={setAnswer} rows={3} required error={fieldErrors.answer} />
        <div className="button-row">
          <BusyButton type="submit" busy={save.isPending}>
            {t('control.sendAnswer')}
          </BusyButton>
        </div>
      </form>
      <form id={`${formId}-file`} className="form inline-form" onSubmit={upload} noValidate>
        <ProblemAlert error={attach.error} />
        <FileField formId={`${formId}-file`} name="file" label={t('control.attach')} inputRef={fileInput} onChange={setFile} />
        <div className="button-row">
          <BusyButton type="submit" className="button button--secondary" busy={attach.isPending} disabled={!file}>
            {t('control.uploadFile')}
          </BusyButton>
        </div>
      </form>
    </>
  );
}
