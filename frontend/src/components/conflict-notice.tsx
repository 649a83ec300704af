/** Shown after a 412: someone else saved first. Lists their values next to the user's and offers the two ways out. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConflictRow {
  field: string;
  label: string;
  mine: string;
  theirs: string;
}

interface ConflictNoticeProps {
  rows: ConflictRow[];
  onOverwrite: () => void;
  onDiscard: () => void;
  busy?: boolean;
}

export function ConflictNotice({ rows, onOverwrite, onDiscard, busy }: ConflictNoticeProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const differing = rows.filter((row) => row.mine !== row.theirs);
  return (
    <section className="alert alert--warning conflict" aria-labelledby="conflict-title">
      <h2 id="conflict-title" ref={headingRef} tabIndex={-1}>
        {t('conflict.title')}
      </h2>
      <p role="alert">{t('conflict.intro')}</p>
      {differing.length > 0 ? (
        <table className="table">
          <caption>{t('conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.mine')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {differing.map((row) => (
              <tr key={row.field}>
                <th scope="row">{row.label}</th>
                <td>{row.mine || '–'}</td>
                <td>{row.theirs || '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('conflict.noDifferences')}</p>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onOverwrite} disabled={busy}>
          {t('conflict.overwrite')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDiscard} disabled={busy}>
          {t('conflict.discard')}
        </button>
      </div>
    </section>
  );
}

type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

/** A row per text field: the user's value (trimmed, as it would be sent) next to the stored one. */
export function textConflictRow<V>(mine: V, theirs: V) {
  return (key: TextKeys<V>, label: string): ConflictRow => ({ field: key, label, mine: String(mine[key]).trim(), theirs: String(theirs[key]) });
}
