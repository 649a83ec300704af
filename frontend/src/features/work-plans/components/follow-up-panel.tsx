/** One tertial's follow-up: recorded with each activity's status and the manual values; bound figures come computed. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import {
  downloadBoardReport, useReportFollowUp, useSaveFollowUp, type FollowUp, type FollowUpRequest, type Tertial, type WorkPlan,
} from '../api/work-plans';
import { formatValue } from './format';
import { IndicatorChart } from './indicator-chart';

const STATUSES = ['ON_TRACK', 'AT_RISK', 'LATE', 'DONE', 'DROPPED'] as const;

export function FollowUpPanel({ plan, tertial, followUp, canWrite }: {
  plan: WorkPlan; tertial: Tertial; followUp: FollowUp | undefined; canWrite: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const report = useReportFollowUp(plan.year);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const lang = i18n.language.startsWith('en') ? 'en' : 'sv';

  if (!followUp || editing) {
    return canWrite ? (
      <FollowUpForm plan={plan} tertial={tertial} followUp={followUp} onDone={() => setEditing(false)} />
    ) : (
      <p>{t('workPlans.noFollowUp')}</p>
    );
  }
  const download = (format: 'pdf' | 'docx') => {
    setDownloadError(null);
    downloadBoardReport(plan.year, tertial, format, lang).catch(setDownloadError);
  };
  return (
    <div>
      <p>
        {t('workPlans.recorded', { name: followUp.recordedByName ?? '', at: new Date(followUp.recordedAt).toLocaleString(i18n.language) })}
        {' '}
        {followUp.reported
          ? t('workPlans.reportedBy', { name: followUp.reportedByName ?? '', at: new Date(followUp.reportedAt!).toLocaleString(i18n.language) })
          : t('workPlans.notReported')}
      </p>
      {report.isError && <ProblemAlert error={report.error} />}
      {downloadError ? <ProblemAlert error={downloadError} /> : null}
      <div className="button-row">
        <button type="button" className="button" onClick={() => download('pdf')}>{t('workPlans.boardReportPdf')}</button>
        <button type="button" className="button button--secondary" onClick={() => download('docx')}>{t('workPlans.boardReportDocx')}</button>
        {canWrite && !followUp.reported && (
          <>
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>{t('workPlans.changeFollowUp')}</button>
            <button type="button" className="button button--secondary" disabled={report.isPending}
              onClick={() => report.mutate({ tertial, version: followUp.version })}>{t('workPlans.markReported')}</button>
          </>
        )}
      </div>
      {followUp.content.goals.map((goal, g) => (
        <section key={goal.goalId} className="section" aria-labelledby={`result-${tertial}-${g}`}>
          <h3 id={`result-${tertial}-${g}`}>{t('workPlans.goalNumber', { number: g + 1 })}: {goal.title}</h3>
          {goal.activities.length > 0 && (
            <div className="table-wrapper">
              <table className="table">
                <caption>{t('workPlans.activities')}</caption>
                <thead><tr><th scope="col">{t('workPlans.activityWhat')}</th><th scope="col">{t('workPlans.responsible')}</th>
                  <th scope="col">{t('workPlans.status')}</th><th scope="col">{t('workPlans.comment')}</th></tr></thead>
                <tbody>
                  {goal.activities.map((a) => (
                    <tr key={a.activityId}><td>{a.what}</td><td>{a.responsible}</td>
                      <td>{a.status ? t(`workPlans.statuses.${a.status}`) : '–'}</td><td>{a.comment ?? ''}</td></tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {goal.indicators.length > 0 && (
            <div className="table-wrapper">
              <table className="table">
                <caption>{t('workPlans.indicators')}</caption>
                <thead><tr><th scope="col">{t('workPlans.indicatorName')}</th><th scope="col">{t('workPlans.target')}</th>
                  <th scope="col">{t('workPlans.value')}</th><th scope="col">{t('workPlans.previous')}</th>
                  <th scope="col">{t('workPlans.trend')}</th></tr></thead>
                <tbody>
                  {goal.indicators.map((i) => (
                    <tr key={i.indicatorId}>
                      <td>{i.name}{i.binding ? ` (${t(`workPlans.figures.${i.binding.figure}`)})` : ''}</td>
                      <td>{formatValue(i.target, i.measure, i18n.language)}</td>
                      <td>{formatValue(i.value, i.measure, i18n.language)}</td>
                      <td>{formatValue(i.previous, i.measure, i18n.language)}</td>
                      <td>{i.trend ? t(`workPlans.trends.${i.trend}`) : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <IndicatorChart indicators={goal.indicators} title={t('workPlans.chartTitle', { goal: goal.title })} />
        </section>
      ))}
    </div>
  );
}

function FollowUpForm({ plan, tertial, followUp, onDone }: {
  plan: WorkPlan; tertial: Tertial; followUp: FollowUp | undefined; onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveFollowUp(plan.year);
  const before = new Map(followUp?.content.goals.flatMap((g) => g.activities.map((a) => [a.activityId, a])) ?? []);
  const beforeValues = new Map(followUp?.content.goals.flatMap((g) => g.indicators.map((i) => [i.indicatorId, i.value])) ?? []);
  const [activities, setActivities] = useState(() =>
    plan.goals.flatMap((g) => g.activities).map((a) => ({
      activityId: a.id!, status: before.get(a.id!)?.status ?? 'ON_TRACK', comment: before.get(a.id!)?.comment ?? '',
    })));
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(
    plan.goals.flatMap((g) => g.indicators).filter((i) => !i.binding).map((i) => [i.id!, String(beforeValues.get(i.id!) ?? '')])));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body: FollowUpRequest = {
      activities: activities.map((a) => ({ ...a, comment: a.comment || null })),
      manualValues: Object.entries(values).map(([indicatorId, v]) => ({
        indicatorId, value: v.trim() === '' ? null : Number(v.replace(',', '.')) })),
    };
    save.mutate({ tertial, body, version: followUp?.version }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`follow-up-form-${tertial}`}>
      <h3 id={`follow-up-form-${tertial}`}>{t('workPlans.recordFollowUp', { tertial })}</h3>
      <p>{t('workPlans.boundComputed')}</p>
      {save.isError && <ProblemAlert error={save.error} />}
      {plan.goals.map((goal, g) => (
        <fieldset key={goal.id} className="fieldset">
          <legend>{t('workPlans.goalNumber', { number: g + 1 })}: {goal.title}</legend>
          {goal.activities.map((a) => {
            const entry = activities.find((x) => x.activityId === a.id)!;
            const set = (next: Partial<typeof entry>) =>
              setActivities(activities.map((x) => (x.activityId === a.id ? { ...x, ...next } : x)));
            return (
              <div key={a.id} className="form-row">
                <div className="field">
                  <label htmlFor={`fu-${a.id}-status`}>{t('workPlans.statusOf', { what: a.what })}</label>
                  <select id={`fu-${a.id}-status`} value={entry.status ?? ''} onChange={(e) => set({ status: e.target.value as typeof entry.status })}>
                    {STATUSES.map((s) => <option key={s} value={s}>{t(`workPlans.statuses.${s}`)}</option>)}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`fu-${a.id}-comment`}>{t('workPlans.commentOf', { what: a.what })}</label>
                  <input id={`fu-${a.id}-comment`} value={entry.comment ?? ''} onChange={(e) => set({ comment: e.target.value })} />
                </div>
              </div>
            );
          })}
          {goal.indicators.filter((i) => !i.binding).map((i) => (
            <div key={i.id} className="field">
              <label htmlFor={`fu-${i.id}-value`}>{t('workPlans.valueOf', { name: i.name })}</label>
              <input id={`fu-${i.id}-value`} inputMode="decimal" value={values[i.id!] ?? ''}
                onChange={(e) => setValues({ ...values, [i.id!]: e.target.value })} />
            </div>
          ))}
        </fieldset>
      ))}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>{t('workPlans.saveFollowUp')}</button>
        {followUp && <button type="button" className="button button--secondary" onClick={onDone}>{t('workPlans.cancel')}</button>}
      </div>
    </form>
  );
}
