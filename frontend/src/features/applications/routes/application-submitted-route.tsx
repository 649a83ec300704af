/** /applications/:id/submitted: the version frozen at submission, with its SHA-256. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { isApiError } from '@/lib/api/problem';
import { useFormat } from '@/lib/i18n/format';
import { useSubmittedApplication } from '../api/get-submitted-application';
import { ApplicationContent } from '../components/application-content';

export function ApplicationSubmittedRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const submitted = useSubmittedApplication(id);
  const back = (
    <Link className="button button--secondary" to={`/applications/${id}`}>
      {t('applications.backToApplication')}
    </Link>
  );
  if (submitted.isPending) return <Loading />;
  if (submitted.isError)
    return (
      <>
        <PageHeader title={t('applications.submittedVersion')} actions={back} />
        {isApiError(submitted.error, 404) ? <p>{t('applications.notSubmitted')}</p> : <ProblemAlert error={submitted.error} />}
      </>
    );
  const data = submitted.data;
  return (
    <>
      <PageHeader title={t('applications.submittedVersionTitle', { title: data.content.title })} actions={back} />
      <dl className="details">
        <dt>{t('applications.submittedAt')}</dt>
        <dd>
          <time dateTime={data.submittedAt}>{format.dateTime(data.submittedAt)}</time>
        </dd>
        <dt>{t('applications.sha256')}</dt>
        <dd>
          <code className="sha256">{data.sha256}</code>
          <p className="field__hint">
            {t('applications.sha256Hint')}
          </p>
        </dd>
      </dl>
      <section className="section" aria-labelledby="submitted-content-title">
        <h2 id="submitted-content-title">{t('applications.content')}</h2>
        <ApplicationContent content={data.content} />
      </section>
    </>
  );
}
