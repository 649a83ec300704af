/** The organisation's history with the municipality (applications, partner searches) and in EU projects. */
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { usePartnerCooperation } from '../api/get-partner-cooperation';
import { CooperationApplications } from './cooperation-applications';
import { CooperationProjects } from './cooperation-projects';
import { CooperationSearches } from './cooperation-searches';

export function PartnerCooperation({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const cooperation = usePartnerCooperation(partnerId);
  if (cooperation.isPending) return <Loading />;
  if (cooperation.isError) return <ProblemAlert error={cooperation.error} />;
  const { applications, searches, projects } = cooperation.data;
  return (
    <>
      <section className="section" aria-labelledby="cooperation-applications-title">
        <h2 id="cooperation-applications-title">{t('cooperation.applications')}</h2>
        <CooperationApplications applications={applications} />
      </section>
      <section className="section" aria-labelledby="cooperation-searches-title">
        <h2 id="cooperation-searches-title">{t('cooperation.searches')}</h2>
        <CooperationSearches searches={searches} />
      </section>
      <section className="section" aria-labelledby="cooperation-projects-title">
        <h2 id="cooperation-projects-title">{t('cooperation.projects')}</h2>
        <p className="field__hint">{t('cooperation.projectsHint')}</p>
        <CooperationProjects projects={projects} />
      </section>
    </>
  );
}
