/** Project ideas as a table: unit, status and whether and how they were screened. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IdeaView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';

export function IdeasTable({ ideas }: { ideas: IdeaView[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{t('ideas.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ideas.titleLabel')}</th>
            <th scope="col">{t('ideas.unit')}</th>
            <th scope="col">{t('ideas.createdAt')}</th>
            <th scope="col">{t('ideas.estimatedCost')}</th>
            <th scope="col">{t('screening.title')}</th>
            <th scope="col">{t('common.status')}</th>
          </tr>
        </thead>
        <tbody>
          {ideas.map((idea) => (
            <tr key={idea.id}>
              <td>
                <Link to={`/ideas/${idea.id}`}>{idea.title}</Link>
              </td>
              <td>{idea.unitName}</td>
              <td>{format.dateTime(idea.createdAt)}</td>
              <td>{idea.estimatedCost !== null ? format.money(idea.estimatedCost, 'SEK') : '–'}</td>
              <td>{idea.screening ? t(`screeningOutcome.${idea.screening.outcome}`) : t('screening.notScreened')}</td>
              <td>{t(`ideaStatus.${idea.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
