/**
 * The work list ("Att göra"): what waits for the user, counts per kind, each item linked to where it is acted on.
 * The list shows each kind's first tasks; a kind with more has a "show all" button that lists that kind in full.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { TaskKind, TaskView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useTasks, useTasksOfKind } from '../api/get-tasks';
import { missingText, reasonText } from './task-words';

function TaskItem({ task }: { task: TaskView }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const overdue = task.due != null && task.due < new Date().toLocaleDateString('sv-SE');
  return (
    <li className="task">
      <div className="task__head">
        <span className={`badge task__kind${overdue ? ' badge--warning' : ''}`}>{t(`tasks.kind.${task.kind}`)}</span>
        <Link to={task.record.link} className="task__link">
          {task.record.label}
        </Link>
        {task.unit && <span className="muted">{task.unit.name}</span>}
      </div>
      <p className="task__reason">{reasonText(task, t, format.language)}</p>
      {task.missing.length > 0 && (
        <ul className="plain-list task__missing" aria-label={t('tasks.missingLabel', { name: task.record.label })}>
          {task.missing.map((item) => (
            <li key={`${item.code}-${item.field}`}>{missingText(item, t, (key) => i18n.exists(key))}</li>
          ))}
        </ul>
      )}
      <p className="muted task__dates">
        {task.due && <span>{t('tasks.due', { date: format.date(task.due) })}</span>}
        {task.since && <span>{t('tasks.since', { date: format.date(task.since.slice(0, 10)), count: task.ageDays ?? 0 })}</span>}
      </p>
    </li>
  );
}

function TaskItems({ items }: { items: TaskView[] }) {
  return (
    <ol className="task-list">
      {items.map((task) => (
        <TaskItem key={`${task.kind}-${task.record.id}-${task.due ?? ''}`} task={task} />
      ))}
    </ol>
  );
}

/** Every task of one kind, asked for by "show all". */
function AllOfKind({ kind, onBack }: { kind: TaskKind; onBack: () => void }) {
  const { t } = useTranslation();
  const tasks = useTasksOfKind(kind);
  return (
    <section aria-labelledby="tasks-kind-title">
      <h3 id="tasks-kind-title">{t('tasks.allOfKind', { kind: t(`tasks.kind.${kind}`) })}</h3>
      <button type="button" className="button button--secondary" onClick={onBack}>
        {t('tasks.backToOverview')}
      </button>
      {tasks.isPending && <Loading />}
      {tasks.error && <ProblemAlert error={tasks.error} />}
      {tasks.data && <TaskItems items={tasks.data.items.filter((task) => task.kind === kind)} />}
    </section>
  );
}

export function TaskList() {
  const { t } = useTranslation();
  const format = useFormat();
  const tasks = useTasks();
  const [allOf, setAllOf] = useState<TaskKind | null>(null);
  const shown = new Map<TaskKind, number>();
  tasks.data?.items.forEach((task) => shown.set(task.kind, (shown.get(task.kind) ?? 0) + 1));
  const more = (kind: TaskKind, count: number) => count > (shown.get(kind) ?? 0);
  return (
    <section className="section" aria-labelledby="tasks-title">
      <h2 id="tasks-title">
        {t('tasks.title')}
        {tasks.data && tasks.data.total > 0 && <span className="task-total"> ({format.number(tasks.data.total)})</span>}
      </h2>
      {tasks.isPending && <Loading />}
      {tasks.error && <ProblemAlert error={tasks.error} />}
      {tasks.data && tasks.data.total === 0 && <p>{t('tasks.empty')}</p>}
      {tasks.data && tasks.data.total > 0 && (
        <>
          <ul className="task-counts" aria-label={t('tasks.countsLabel')}>
            {tasks.data.counts.map((c) => (
              <li key={c.kind}>
                <span className="badge">
                  {t(`tasks.kind.${c.kind}`)}: {format.number(c.count)}
                </span>
                {more(c.kind, c.count) && allOf !== c.kind && (
                  <button
                    type="button"
                    className="link-button"
                    aria-label={t('tasks.showAllOf', { kind: t(`tasks.kind.${c.kind}`), count: c.count })}
                    onClick={() => setAllOf(c.kind)}
                  >
                    {t('tasks.showAll', { count: c.count })}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {allOf ? (
            <AllOfKind kind={allOf} onBack={() => setAllOf(null)} />
          ) : (
            <>
              {tasks.data.counts.some((c) => more(c.kind, c.count)) && (
                <p className="muted">{t('tasks.firstOfEachKind', { count: tasks.data.limit })}</p>
              )}
              <TaskItems items={tasks.data.items} />
            </>
          )}
        </>
      )}
    </section>
  );
}
