/**
 * The file log of a project for advisors, auditors and admins: every attachment and piece of evidence
 * uploaded, deleted or purged, with its SHA-256, kept after the file itself is gone.
 */
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useFileLog } from '../api/project-lifecycle';

export function ProjectFileLog({ project, canAudit }: { project: ProjectView; canAudit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useFileLog(project.id, canAudit);
  if (!canAudit || !log.data) return null;
  return (
    <section className="section" aria-labelledby="file-log-title">
      <h2 id="file-log-title">{t('projects.fileLog.title')}</h2>
      <p>{t('projects.fileLog.intro')}</p>
      {log.data.length === 0 ? (
        <p>{t('projects.fileLog.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table">
            <caption className="visually-hidden">{t('projects.fileLog.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects.fileLog.when')}</th>
                <th scope="col">{t('projects.fileLog.what')}</th>
                <th scope="col">{t('projects.fileLog.file')}</th>
                <th scope="col">{t('projects.fileLog.size')}</th>
                <th scope="col">{t('projects.fileLog.who')}</th>
                <th scope="col">SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {log.data.map((entry, index) => (
                <tr key={`${entry.fileId}-${entry.action}-${index}`}>
                  <td>
                    <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                  </td>
                  <td>
                    {t(`projects.fileLog.action.${entry.action}`)} ({t(`projects.fileLog.kind.${entry.kind}`)})
                  </td>
                  <td>{entry.fileName}</td>
                  <td>{format.number(entry.sizeBytes)}</td>
                  <td>{entry.actor.name}</td>
                  <td>
                    <code className="sha256">{entry.sha256}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
