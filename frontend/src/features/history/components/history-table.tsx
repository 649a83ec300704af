/** A timeline of revisions: when, who, what, and each change as field: from → to. */
import { useTranslation } from 'react-i18next';
import type { RevisionView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useUnitNames } from '../api/get-unit-names';
import { historyFieldLabel, historyValue } from './history-value';

export function HistoryTable({ revisions, caption }: { revisions: RevisionView[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? 'sv';
  const unitNames = useUnitNames().data;
  const value = (field: string, text: string | null) => historyValue(field, text, t, language, unitNames);
  if (revisions.length === 0) return <p>{t('history.none')}</p>;
  return (
    <div className="table-wrapper">
      <table className="table history">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('history.when')}</th>
            <th scope="col">{t('history.who')}</th>
            <th scope="col">{t('history.what')}</th>
            <th scope="col">{t('history.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.revision}>
              <td>
                <time dateTime={revision.timestamp}>{format.dateTime(revision.timestamp)}</time>
              </td>
              <td>{revision.actor.subject === 'system' ? t('history.system') : revision.actor.name || revision.actor.subject}</td>
              <td>{t(`history.type.${revision.type}`)}</td>
              <td>
                {revision.changes.length === 0 ? (
                  '–'
                ) : (
                  <ul className="changes">
                    {revision.changes.map((change) => (
                      <li key={change.field}>
                        <span className="changes__field">{historyFieldLabel(change.field, t)}:</span>{' '}
                        {revision.type === 'CREATED' ? (
                          <span className="changes__new">{value(change.field, change.newValue)}</span>
                        ) : (
                          <>
                            <span className="visually-hidden">{t('history.from')} </span>
                            <span className="changes__old">{value(change.field, change.oldValue)}</span>
                            <span aria-hidden="true"> → </span>
                            <span className="visually-hidden"> {t('history.to')} </span>
                            <span className="changes__new">{value(change.field, change.newValue)}</span>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
