/** "Similar past projects": the library entries closest to an idea or application, with a lesson each. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useSimilarResults } from './get-similar-results';

export function SimilarResultsPanel({ kind, id }: { kind: 'ideas' | 'applications'; id: string }) {
  const { t } = useTranslation();
  const similar = useSimilarResults(kind, id);
  return (
    <section className="section" aria-labelledby="similar-results-title">
      <h2 id="similar-results-title">{t('library.similarTitle')}</h2>
      <p>{t('library.similarIntro')}</p>
      {similar.isPending ? (
        <Loading />
      ) : similar.isError ? (
        <ProblemAlert error={similar.error} />
      ) : similar.data.length === 0 ? (
        <p>{t('library.noSimilar')}</p>
      ) : (
        <ul className="plain-list similar-results">
          {similar.data.map((result) => (
            <li key={result.id}>
              <Link to={`/library/${result.id}`}>{result.title}</Link>
              <span>
                {' '}
                ({[result.unitName, result.year].filter(Boolean).join(', ')})
              </span>
              {result.lesson && (
                <blockquote className="lesson">
                  <span className="visually-hidden">{t('library.lesson')}: </span>
                  {result.lesson}
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
