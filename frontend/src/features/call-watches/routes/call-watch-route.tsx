/** /call-watches/:id: a watch's criteria and the calls it matched, newest news marked; its keepers delete it. */
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DeleteRecordButton } from '@/components/delete-record-button';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { Notice } from '@/components/notice';
import { ProblemAlert } from '@/components/problem-alert';
import { formatDate } from '@/lib/i18n/format';
import { formatInZone } from '@/lib/i18n/zoned-time';
import { useCallWatch, useDeleteWatch, useWatchMatches } from '../api/watches';
import { useCriteriaText } from '../components/watch-criteria';

export function CallWatchRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const watch = useCallWatch(id);
  const matches = useWatchMatches(id);
  const deletion = useDeleteWatch();
  const criteria = useCriteriaText();
  if (watch.isPending) return <Loading />;
  if (watch.isError) return <ProblemAlert error={watch.error} />;
  const w = watch.data;
  return (
    <>
      <PageHeader
        title={w.name}
        actions={
          w.canEdit && (
            <DeleteRecordButton
              deletion={deletion}
              variables={{ id: w.id, version: w.version }}
              title={t('callWatches.delete')}
              to="/call-watches"
              notice={t('callWatches.deleted')}
            >
              <p>{t('callWatches.confirmDelete', { name: w.name })}</p>
            </DeleteRecordButton>
          )
        }
      >
        <p className="lead">
          {w.unit ? t('callWatches.forUnit', { unit: `${w.unit.name} (${w.unit.code})` }) : t('callWatches.forMe')}
          {w.createdByName ? ` · ${t('callWatches.createdBy', { name: w.createdByName })}` : ''}
        </p>
      </PageHeader>
      <Notice />
      <dl className="details">
        <dt>{t('callWatches.criteria')}</dt>
        <dd>{criteria(w)}</dd>
      </dl>
      <section aria-labelledby="watch-matches">
        <h2 id="watch-matches">{t('callWatches.matches')}</h2>
        {matches.isPending ? (
          <Loading />
        ) : matches.isError ? (
          <ProblemAlert error={matches.error} />
        ) : matches.data.length === 0 ? (
          <p>{t('callWatches.noMatches')}</p>
        ) : (
          <div className="table-wrapper">
            <table className="table">
              <caption className="visually-hidden">{t('callWatches.matches')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('calls.titleLabel')}</th>
                  <th scope="col">{t('callWatches.closesAt')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col">{t('callWatches.news')}</th>
                  <th scope="col">{t('callWatches.matchedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {matches.data.map((match) => (
                  <tr key={match.callId}>
                    <td>
                      <Link to={`/calls/${match.callId}`}>{match.title}</Link>
                      <br />
                      <span className="muted">
                        {match.identifier} · {t(`fund.${match.fund}`)}
                      </span>
                    </td>
                    <td>{formatInZone(match.closesAt, 'Europe/Brussels', i18n.language)}</td>
                    <td>{match.cancelled ? t('callWatches.cancelled') : t(`callStatus.${match.status}`)}</td>
                    <td>{match.news ? t('callWatches.newsYes') : t('callWatches.newsNo')}</td>
                    <td>{formatDate(match.matchedAt.slice(0, 10), i18n.language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
