/** A project idea's properties as a description list. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IdeaView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function IdeaDetails({ idea }: { idea: IdeaView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="details">
      <dt>{t('ideas.unit')}</dt>
      <dd>
        <Link to={`/units/${idea.unitId}`}>
          {idea.unitName} ({idea.unitCode})
        </Link>
      </dd>
      <dt>{t('ideas.description')}</dt>
      <dd className="pre-line">{idea.description || '–'}</dd>
      <dt>{t('ideas.estimatedCost')}</dt>
      <dd>{idea.estimatedCost !== null ? format.money(idea.estimatedCost, 'SEK') : '–'}</dd>
      <dt>{t('ideas.period')}</dt>
      <dd>{idea.startDate || idea.endDate ? `${format.date(idea.startDate) || '…'} – ${format.date(idea.endDate) || '…'}` : '–'}</dd>
      <dt>{t('common.status')}</dt>
      <dd>
        {t(`ideaStatus.${idea.status}`)}
        {idea.closedAt && (
          <>
            {' '}
            (<time dateTime={idea.closedAt}>{format.dateTime(idea.closedAt)}</time>)
          </>
        )}
      </dd>
      <dt>{t('ideas.createdBy')}</dt>
      <dd>
        {idea.createdBy.name || idea.createdBy.subject}, <time dateTime={idea.createdAt}>{format.dateTime(idea.createdAt)}</time>
      </dd>
    </dl>
  );
}
