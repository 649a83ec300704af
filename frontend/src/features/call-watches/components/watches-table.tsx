/** A table of watches: name (link to its matches), unit for the units' watches, criteria and open matches. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CallWatchView } from '../api/watches';
import { useCriteriaText } from './watch-criteria';

export function WatchesTable({ watches, showUnit, caption }: { watches: CallWatchView[]; showUnit: boolean; caption: string }) {
  const { t } = useTranslation();
  const criteria = useCriteriaText();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('callWatches.name')}</th>
            {showUnit && <th scope="col">{t('callWatches.unit')}</th>}
            <th scope="col">{t('callWatches.criteria')}</th>
            <th scope="col">{t('callWatches.openMatches')}</th>
          </tr>
        </thead>
        <tbody>
          {watches.map((watch) => (
            <tr key={watch.id}>
              <td>
                <Link to={`/call-watches/${watch.id}`}>{watch.name}</Link>
              </td>
              {showUnit && <td>{watch.unit ? `${watch.unit.name} (${watch.unit.code})` : ''}</td>}
              <td>{criteria(watch)}</td>
              <td>{watch.openMatches}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
