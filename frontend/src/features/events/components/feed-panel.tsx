/** "Min kalenderprenumeration": the user's feed address, shown once when made or renewed (only its hash is kept). */
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useMyFeed, useRenewFeed } from '../api/events';

export function FeedPanel() {
  const { t } = useTranslation();
  const feed = useMyFeed();
  const renew = useRenewFeed();
  const exists = renew.data?.exists ?? feed.data?.exists ?? false;
  return (
    <section className="panel" aria-labelledby="feed-title">
      <h2 id="feed-title">{t('events.feed.title')}</h2>
      <p>{t('events.feed.intro')}</p>
      {renew.data?.url ? (
        <div className="field">
          <label htmlFor="feed-url">{t('events.feed.url')}</label>
          <input id="feed-url" readOnly value={renew.data.url} onFocus={(event) => event.target.select()} />
          <p className="field__hint">{t('events.feed.shownOnce')}</p>
        </div>
      ) : (
        exists && <p>{t('events.feed.exists')}</p>
      )}
      <button type="button" className="button button--secondary" disabled={renew.isPending} onClick={() => renew.mutate()}>
        {exists ? t('events.feed.renew') : t('events.feed.create')}
      </button>
      {renew.isError && <ProblemAlert error={renew.error} />}
    </section>
  );
}
