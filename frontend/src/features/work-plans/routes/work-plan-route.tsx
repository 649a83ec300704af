/**
 * /work-plans ("Arbetsplan"): the International Office's plan of a year (policy 2.d.ii), its follow-up
 * per tertial with charts and the board report, and the office's financing. Advisors and admins write;
 * everyone who sees the portfolio reads.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePermissions } from '@/lib/auth/me-context';
import { TERTIALS, useFollowUps, usePlan, type Tertial, type WorkPlan } from '../api/work-plans';
import { FinancingPanel } from '../components/financing-panel';
import { FollowUpPanel } from '../components/follow-up-panel';
import { formatValue } from '../components/format';
import { PlanEditor } from '../components/plan-editor';

export function WorkPlanRoute() {
  const { t } = useTranslation();
  const { canWriteWorkPlans } = usePermissions();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState(false);
  const plan = usePlan(year);
  return (
    <>
      <PageHeader title={t('workPlans.title')}>
        <p className="lead">{t('workPlans.intro')}</p>
      </PageHeader>
      <div className="field">
        <label htmlFor="work-plan-year">{t('workPlans.year')}</label>
        <select id="work-plan-year" value={year} onChange={(e) => { setYear(Number(e.target.value)); setEditing(false); }}>
          {[thisYear + 1, thisYear, thisYear - 1, thisYear - 2].map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      {plan.isPending ? (
        <Loading />
      ) : plan.isError ? (
        <ProblemAlert error={plan.error} />
      ) : editing || (!plan.data && canWriteWorkPlans) ? (
        <PlanEditor key={`${year}-${plan.data?.version ?? 'new'}`} year={year} plan={plan.data} onDone={() => setEditing(false)} />
      ) : !plan.data ? (
        <p>{t('workPlans.noPlan', { year })}</p>
      ) : (
        <>
          <PlanView plan={plan.data} />
          {canWriteWorkPlans && (
            <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>{t('workPlans.editPlan')}</button>
          )}
          <FollowUps plan={plan.data} canWrite={canWriteWorkPlans} />
        </>
      )}
      <FinancingPanel year={year} canWrite={canWriteWorkPlans} />
    </>
  );
}

function PlanView({ plan }: { plan: WorkPlan }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="section" aria-labelledby="plan-title">
      <h2 id="plan-title">{plan.title}</h2>
      {plan.goals.map((goal, g) => (
        <article key={goal.id} className="card">
          <h3>{t('workPlans.goalNumber', { number: g + 1 })}: {goal.title}</h3>
          <p><strong>{t('workPlans.budgetGoal')}:</strong> {goal.budgetGoal}</p>
          {goal.activities.length > 0 && (
            <ul>
              {goal.activities.map((a) => (
                <li key={a.id}>
                  {a.what} – {a.responsible}
                  {a.start || a.end ? ` (${a.start ?? ''} – ${a.end ?? ''})` : ''} · {t(`workPlans.planStatuses.${a.status}`)}
                </li>
              ))}
            </ul>
          )}
          {goal.indicators.length > 0 && (
            <ul>
              {goal.indicators.map((i) => (
                <li key={i.id}>
                  {i.name}: {t('workPlans.target')} {formatValue(i.target, i.measure, i18n.language)} ·{' '}
                  {i.binding ? t(`workPlans.figures.${i.binding.figure}`) : t('workPlans.manual')}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </section>
  );
}

function FollowUps({ plan, canWrite }: { plan: WorkPlan; canWrite: boolean }) {
  const { t } = useTranslation();
  const followUps = useFollowUps(plan.year, true);
  const recorded = plan.followUps.map((f) => f.tertial);
  const [tertial, setTertial] = useState<Tertial>(recorded.length > 0 ? (recorded[recorded.length - 1] as Tertial) : 'T1');
  return (
    <section className="section" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('workPlans.followUps')}</h2>
      <div className="button-row" role="group" aria-label={t('workPlans.tertial')}>
        {TERTIALS.map((x) => (
          <button key={x} type="button" className={x === tertial ? 'button' : 'button button--secondary'} aria-pressed={x === tertial}
            onClick={() => setTertial(x)}>
            {t(`workPlans.tertials.${x}`)}
          </button>
        ))}
      </div>
      {followUps.isPending ? <Loading /> : followUps.isError ? <ProblemAlert error={followUps.error} /> : (
        <FollowUpPanel key={tertial} plan={plan} tertial={tertial} canWrite={canWrite}
          followUp={followUps.data.find((f) => f.tertial === tertial)} />
      )}
    </section>
  );
}
