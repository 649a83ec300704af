/** Writes the year's plan: goals tied to a Mål och Budget goal, their activities, and indicators (by hand or bound). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useProgrammeChoices, useUnitOptions } from '@/lib/api/shared-reads';
import type { Fund } from '@/lib/api/types';
import { useFigures, useSavePlan, type Goal, type Indicator, type WorkPlan, type WorkPlanRequest } from '../api/work-plans';

const FUNDS: Fund[] = ['ERDF', 'ESF_PLUS', 'INTERREG', 'ERASMUS_PLUS', 'HORIZON_EUROPE', 'CERV', 'AMIF', 'LIFE', 'OTHER'];

const emptyGoal = (): Goal => ({ title: '', budgetGoal: '', activities: [], indicators: [] });

export function PlanEditor({ year, plan, onDone }: { year: number; plan: WorkPlan | null; onDone: () => void }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const units = useUnitOptions();
  const programmes = useProgrammeChoices();
  const save = useSavePlan(year);
  const [draft, setDraft] = useState<WorkPlanRequest>(
    plan ? { year, title: plan.title, goals: plan.goals } : { year, title: t('workPlans.defaultTitle', { year }), goals: [emptyGoal()] },
  );
  const setGoal = (index: number, goal: Goal) => setDraft({ ...draft, goals: draft.goals.map((g, i) => (i === index ? goal : g)) });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ body: draft, version: plan?.version }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="plan-editor-title">
      <h2 id="plan-editor-title">{plan ? t('workPlans.editPlan') : t('workPlans.newPlan', { year })}</h2>
      {save.isError && <ProblemAlert error={save.error} />}
      <div className="field">
        <label htmlFor="plan-title">{t('workPlans.planTitle')}</label>
        <input id="plan-title" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
      </div>
      {draft.goals.map((goal, g) => (
        <fieldset key={g} className="fieldset">
          <legend>{t('workPlans.goalNumber', { number: g + 1 })}</legend>
          <div className="field">
            <label htmlFor={`goal-${g}-title`}>{t('workPlans.goalTitle')}</label>
            <input id={`goal-${g}-title`} value={goal.title} onChange={(e) => setGoal(g, { ...goal, title: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`goal-${g}-budget`}>{t('workPlans.budgetGoal')}</label>
            <textarea id={`goal-${g}-budget`} rows={2} value={goal.budgetGoal}
              onChange={(e) => setGoal(g, { ...goal, budgetGoal: e.target.value })} />
          </div>
          <h3>{t('workPlans.activities')}</h3>
          {goal.activities.map((activity, a) => {
            const setActivity = (next: typeof activity) =>
              setGoal(g, { ...goal, activities: goal.activities.map((x, i) => (i === a ? next : x)) });
            const id = `goal-${g}-activity-${a}`;
            return (
              <div key={a} className="form-row">
                <div className="field">
                  <label htmlFor={`${id}-what`}>{t('workPlans.activityWhat')}</label>
                  <input id={`${id}-what`} value={activity.what} onChange={(e) => setActivity({ ...activity, what: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-responsible`}>{t('workPlans.responsible')}</label>
                  <input id={`${id}-responsible`} value={activity.responsible}
                    onChange={(e) => setActivity({ ...activity, responsible: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-start`}>{t('workPlans.start')}</label>
                  <input id={`${id}-start`} type="date" value={activity.start ?? ''}
                    onChange={(e) => setActivity({ ...activity, start: e.target.value || null })} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-end`}>{t('workPlans.end')}</label>
                  <input id={`${id}-end`} type="date" value={activity.end ?? ''}
                    onChange={(e) => setActivity({ ...activity, end: e.target.value || null })} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-status`}>{t('workPlans.planStatus')}</label>
                  <select id={`${id}-status`} value={activity.status}
                    onChange={(e) => setActivity({ ...activity, status: e.target.value as typeof activity.status })}>
                    {(['PLANNED', 'STARTED', 'DONE', 'DROPPED'] as const).map((s) => (
                      <option key={s} value={s}>{t(`workPlans.planStatuses.${s}`)}</option>
                    ))}
                  </select>
                </div>
              </div>
            );
          })}
          <button type="button" className="button button--secondary"
            onClick={() => setGoal(g, { ...goal, activities: [...goal.activities, { what: '', responsible: '', status: 'PLANNED' }] })}>
            {t('workPlans.addActivity')}
          </button>
          <h3>{t('workPlans.indicators')}</h3>
          {goal.indicators.map((indicator, i) => {
            const setIndicator = (next: Indicator) =>
              setGoal(g, { ...goal, indicators: goal.indicators.map((x, k) => (k === i ? next : x)) });
            const id = `goal-${g}-indicator-${i}`;
            const figure = figures.data?.find((f) => f.figure === indicator.binding?.figure);
            return (
              <div key={i} className="form-row">
                <div className="field">
                  <label htmlFor={`${id}-name`}>{t('workPlans.indicatorName')}</label>
                  <input id={`${id}-name`} value={indicator.name} onChange={(e) => setIndicator({ ...indicator, name: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-figure`}>{t('workPlans.binding')}</label>
                  <select id={`${id}-figure`} value={indicator.binding?.figure ?? ''}
                    onChange={(e) => {
                      const chosen = figures.data?.find((f) => f.figure === e.target.value);
                      setIndicator(chosen
                        ? { ...indicator, measure: chosen.measure, binding: { figure: chosen.figure } }
                        : { ...indicator, binding: undefined });
                    }}>
                    <option value="">{t('workPlans.manual')}</option>
                    {figures.data?.map((f) => (
                      <option key={f.figure} value={f.figure}>{t(`workPlans.figures.${f.figure}`)}</option>
                    ))}
                  </select>
                </div>
                {figure?.filters.includes('UNIT') && (
                  <div className="field">
                    <label htmlFor={`${id}-unit`}>{t('workPlans.unitFilter')}</label>
                    <select id={`${id}-unit`} value={indicator.binding?.unitId ?? ''}
                      onChange={(e) => setIndicator({ ...indicator, binding: { ...indicator.binding!, unitId: e.target.value || null } })}>
                      <option value="">{t('workPlans.allUnits')}</option>
                      {units.data?.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
                    </select>
                  </div>
                )}
                {figure?.filters.includes('FUND') && (
                  <div className="field">
                    <label htmlFor={`${id}-fund`}>{t('workPlans.fundFilter')}</label>
                    <select id={`${id}-fund`} value={indicator.binding?.fund ?? ''}
                      onChange={(e) => setIndicator({ ...indicator, binding: { ...indicator.binding!, fund: (e.target.value || null) as Fund | null } })}>
                      <option value="">{t('workPlans.allFunds')}</option>
                      {FUNDS.map((fund) => <option key={fund} value={fund}>{t(`fund.${fund}`)}</option>)}
                    </select>
                  </div>
                )}
                {figure?.filters.includes('PROGRAMME') && (
                  <div className="field">
                    <label htmlFor={`${id}-programme`}>{t('workPlans.programmeFilter')}</label>
                    <select id={`${id}-programme`} value={indicator.binding?.programmeId ?? ''}
                      onChange={(e) => setIndicator({ ...indicator, binding: { ...indicator.binding!, programmeId: e.target.value || null } })}>
                      <option value="">{t('workPlans.allProgrammes')}</option>
                      {programmes.data?.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
                    </select>
                  </div>
                )}
                {!indicator.binding && (
                  <div className="field">
                    <label htmlFor={`${id}-measure`}>{t('workPlans.measure')}</label>
                    <select id={`${id}-measure`} value={indicator.measure}
                      onChange={(e) => setIndicator({ ...indicator, measure: e.target.value as Indicator['measure'] })}>
                      {(['COUNT', 'PERCENT', 'SEK'] as const).map((m) => <option key={m} value={m}>{t(`workPlans.measures.${m}`)}</option>)}
                    </select>
                  </div>
                )}
                <div className="field">
                  <label htmlFor={`${id}-target`}>{t('workPlans.target')}</label>
                  <input id={`${id}-target`} inputMode="decimal" value={indicator.target ?? ''}
                    onChange={(e) => setIndicator({ ...indicator, target: e.target.value === '' ? null : Number(e.target.value.replace(',', '.')) })} />
                </div>
              </div>
            );
          })}
          <button type="button" className="button button--secondary"
            onClick={() => setGoal(g, { ...goal, indicators: [...goal.indicators, { name: '', measure: 'COUNT', target: null }] })}>
            {t('workPlans.addIndicator')}
          </button>
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setDraft({ ...draft, goals: [...draft.goals, emptyGoal()] })}>
          {t('workPlans.addGoal')}
        </button>
        <button type="submit" className="button" disabled={save.isPending}>{t('workPlans.savePlan')}</button>
        {plan && <button type="button" className="button button--secondary" onClick={onDone}>{t('workPlans.cancel')}</button>}
      </div>
    </form>
  );
}
