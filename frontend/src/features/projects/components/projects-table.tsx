/** The project list: title and acronym, unit, project period and status. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProjectView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function ProjectsTable({ projects }: { projects: ProjectView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('projects.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('projects.name')}</th>
            <th scope="col">{t('projects.unit')}</th>
            <th scope="col">{t('projects.period')}</th>
            <th scope="col">{t('common.status')}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={project.id}>
              <td>
                <Link to={`/projects/${project.id}`}>{project.title}</Link>
                {project.acronym && <span className="muted"> ({project.acronym})</span>}
              </td>
              <td>{project.unitName}</td>
              <td>{project.periodStart ? `${format.date(project.periodStart)} – ${format.date(project.periodEnd)}` : '–'}</td>
              <td>{t(`projects.status.${project.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
