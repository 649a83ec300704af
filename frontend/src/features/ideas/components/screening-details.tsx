/** A recorded screening: outcome, reason, what was looked at, by whom and when. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ScreeningView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function ScreeningDetails({ screening }: { screening: ScreeningView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="details">
      <dt>{t('screening.outcome')}</dt>
      <dd>{t(`screeningOutcome.${screening.outcome}`)}</dd>
      <dt>{t('screening.reason')}</dt>
      <dd className="pre-line">{screening.reason}</dd>
      <dt>{t('screening.investigated')}</dt>
      <dd>{screening.investigated ? t('common.yes') : t('common.no')}</dd>
      <dt>{t('screening.programmes')}</dt>
      <dd>
        {screening.programmes.length === 0
          ? '–'
          : screening.programmes.map((programme, index) => (
              <span key={programme.id}>
                {index > 0 && ', '}
                <Link to={`/programmes/${programme.id}`}>{programme.name}</Link>
              </span>
            ))}
      </dd>
      <dt>{t('screening.calls')}</dt>
      <dd>
        {screening.calls.length === 0
          ? '–'
          : screening.calls.map((call, index) => (
              <span key={call.id}>
                {index > 0 && ', '}
                <Link to={`/calls/${call.id}`}>
                  {call.identifier}: {call.title}
                </Link>
              </span>
            ))}
      </dd>
      <dt>{t('screening.screenedBy')}</dt>
      <dd>
        {screening.screenedBy.name || screening.screenedBy.subject}, <time dateTime={screening.screenedAt}>{format.dateTime(screening.screenedAt)}</time>
      </dd>
    </dl>
  );
}
