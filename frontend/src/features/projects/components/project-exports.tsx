/**
 * Exports for auditors: the report as PDF and the workbook in Swedish or English for everyone who
 * sees the project; the audit package and the log of exports for advisors, auditors and admins.
 */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import type { ProjectView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useDownloadExport, useProjectExports, type ExportFormat } from '../api/project-exports';

interface ProjectExportsProps {
  project: ProjectView;
  /** Advisors, auditors and admins: the audit package and who exported what. */
  canAudit: boolean;
}

const EXTENSION: Record<ExportFormat, string> = { pdf: 'pdf', xlsx: 'xlsx', zip: 'zip' };

export function exportFileName(project: Pick<ProjectView, 'acronym' | 'id'>, format: ExportFormat, lang: 'sv' | 'en'): string {
  const name = (project.acronym?.trim() || `projekt-${project.id.slice(0, 8)}`).replace(/[^\p{L}\p{N}_-]+/gu, '-');
  return format === 'zip' ? `${name}-revisionspaket.zip` : `${name}-${lang}.${EXTENSION[format]}`;
}

export function ProjectExports({ project, canAudit }: ProjectExportsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const download = useDownloadExport();
  const exports = useProjectExports(project.id, canAudit);
  const button = (kind: ExportFormat, lang: 'sv' | 'en', label: string) => (
    <button
      type="button"
      className="button button--secondary"
      disabled={download.isPending}
      onClick={() => download.mutate({ projectId: project.id, format: kind, lang, fileName: exportFileName(project, kind, lang) })}
    >
      {label}
    </button>
  );
  return (
    <section className="section" aria-labelledby="exports-title">
      <h2 id="exports-title">{t('projects.exports.title')}</h2>
      <p>{t('projects.exports.intro')}</p>
      <div className="button-row">
        {button('pdf', 'sv', t('projects.exports.pdfSv'))}
        {button('pdf', 'en', t('projects.exports.pdfEn'))}
        {button('xlsx', 'sv', t('projects.exports.xlsxSv'))}
        {button('xlsx', 'en', t('projects.exports.xlsxEn'))}
        {canAudit && button('zip', 'sv', t('projects.exports.auditPackage'))}
      </div>
      {download.isPending && <p role="status">{t('projects.exports.preparing')}</p>}
      {download.isError && <ProblemAlert error={download.error} />}
      {canAudit && exports.data && exports.data.length > 0 && (
        <table className="table">
          <caption>{t('projects.exports.logCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('projects.exports.when')}</th>
              <th scope="col">{t('projects.exports.who')}</th>
              <th scope="col">{t('projects.exports.what')}</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {exports.data.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                </td>
                <td>{entry.actor.name ?? entry.actor.subject}</td>
                <td>{t(`projects.exports.kind.${entry.kind}`, { lang: entry.language })}</td>
                <td>
                  <code className="sha256">{entry.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
