/** The work list ("Att göra"): what waits for the user, counts per kind, each item linked to where it is acted on. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { TaskView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useTasks } from '../api/get-tasks';
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

export function TaskList() {
  const { t } = useTranslation();
  const format = useFormat();
  const tasks = useTasks();
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
              <li key={c.kind} className="badge">
                {t(`tasks.kind.${c.kind}`)}: {format.number(c.count)}
              </li>
            ))}
          </ul>
          <ol className="task-list">
            {tasks.data.items.map((task) => (
              <TaskItem key={`${task.kind}-${task.record.id}-${task.due ?? ''}`} task={task} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
