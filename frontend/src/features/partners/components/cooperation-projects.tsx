/** The organisation's EU projects from imported sources (CORDIS): acronym, role, programme, topic, dates, EU contribution. */
import { useTranslation } from 'react-i18next';
import type { CooperationProject } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function CooperationProjects({ projects }: { projects: CooperationProject[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (projects.length === 0) return <p>{t('cooperation.noProjects')}</p>;
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('cooperation.projects')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cooperation.acronym')}</th>
            <th scope="col">{t('cooperation.role')}</th>
            <th scope="col">{t('cooperation.programme')}</th>
            <th scope="col">{t('cooperation.topic')}</th>
            <th scope="col">{t('cooperation.period')}</th>
            <th scope="col">{t('cooperation.euContribution')}</th>
          </tr>
        </thead>
        <tbody>
          {projects.map((project) => (
            <tr key={`${project.source}-${project.projectRef}`}>
              <td>
                {project.acronym || project.projectRef}
                <span className="muted">
                  {' '}
                  ({project.source} {project.projectRef})
                </span>
              </td>
              <td>{project.role || '–'}</td>
              <td>{project.programme || '–'}</td>
              <td>
                {project.topicCode && <code>{project.topicCode}</code>}
                {project.topicCode && project.topic && ' '}
                {project.topic}
                {!project.topicCode && !project.topic && '–'}
              </td>
              <td>
                {project.startDate || project.endDate ? `${format.date(project.startDate) || '…'} – ${format.date(project.endDate) || '…'}` : '–'}
              </td>
              <td className="numeric">{project.euContribution !== null ? format.money(project.euContribution, 'EUR') : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
