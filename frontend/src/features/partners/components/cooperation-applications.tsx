/** The applications the organisation is a partner in (within the user's units), with its role. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CooperationApplication } from '@/lib/api/types';

export function CooperationApplications({ applications }: { applications: CooperationApplication[] }) {
  const { t } = useTranslation();
  if (applications.length === 0) return <p>{t('cooperation.noApplications')}</p>;
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('cooperation.applications')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cooperation.application')}</th>
            <th scope="col">{t('cooperation.unit')}</th>
            <th scope="col">{t('common.status')}</th>
            <th scope="col">{t('cooperation.role')}</th>
            <th scope="col">{t('cooperation.project')}</th>
          </tr>
        </thead>
        <tbody>
          {applications.map((application) => (
            <tr key={application.applicationId}>
              <td>
                <Link to={`/applications/${application.applicationId}`}>{application.title}</Link>
                {application.acronym && <span className="muted"> ({application.acronym})</span>}
              </td>
              <td>{application.unitCode}</td>
              <td>{t(`applicationStatus.${application.status}`)}</td>
              <td>{t(`partnerRole.${application.role}`)}</td>
              <td>{application.projectId ? t('cooperation.becameProject') : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
