/** /library/:id: a past project's results, evaluation, dissemination and lessons; its unit may mark parts internal. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CheckboxGroup } from '@/components/form/checkbox-group';
import { PageHeader } from '@/components/layout/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { RESULT_PARTS, type ResultPart, type ResultView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useResult, useSetVisibility } from '../api/library';
import { KeyFigures } from '../components/key-figures';
import { RecordPage } from '@/components/record-editor/record-page';

const TEXT: Record<ResultPart, keyof ResultView> = {
  RESULTS: 'results',
  EVALUATION: 'evaluation',
  DISSEMINATION: 'dissemination',
  LESSONS_WORKED: 'lessonsWorked',
  LESSONS_TO_AVOID: 'lessonsToAvoid',
  ADVICE: 'advice',
};

export function ResultRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <RecordPage query={useResult(id)} title={t('library.resultTitle')}>
      {(result) => <ResultPage result={result} />}
    </RecordPage>
  );
}

function ResultPage({ result }: { result: ResultView }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <PageHeader
        title={result.title}
        actions={
          <>
            <Link className="button button--secondary" to={`/projects/${result.projectId}`}>
              {t('library.openProject')}
            </Link>
          </>
        }
      >
        <p className="lead">
          {[result.unitName, result.programmeName, result.fund ? t(`fund.${result.fund}`) : null].filter(Boolean).join(' · ')}
        </p>
      </PageHeader>
      <section className="section" aria-labelledby="key-figures-title">
        <h2 id="key-figures-title">{t('library.keyFigures')}</h2>
        <KeyFigures result={result} />
        {result.summary && <p className="pre-line">{result.summary}</p>}
        {result.topics.length > 0 && (
          <p>
            {t('library.themes')}: {result.topics.join(', ')}
          </p>
        )}
        <p>{t('library.publishedAt', { date: format.dateTime(result.publishedAt) })}</p>
      </section>
      {result.hiddenParts.length > 0 && (
        <p className="alert alert--warning" role="note">
          {t('library.hiddenParts', { parts: result.hiddenParts.map((part) => t(`resultPart.${part}`)).join(', ') })}
        </p>
      )}
      {RESULT_PARTS.filter((part) => !result.hiddenParts.includes(part)).map((part) => (
        <section key={part} className="section" aria-labelledby={`part-${part}`}>
          <h2 id={`part-${part}`}>
            {t(`resultPart.${part}`)}
            {result.internalParts.includes(part) && <span className="badge badge--warning"> {t('library.internal')}</span>}
          </h2>
          <p className="pre-line">{(result[TEXT[part]] as string | null | undefined) || '–'}</p>
        </section>
      ))}
      {result.editable && <VisibilityForm key={result.version} result={result} />}
    </>
  );
}

function VisibilityForm({ result }: { result: ResultView }) {
  const { t } = useTranslation();
  const [parts, setParts] = useState<string[]>(result.internalParts);
  const [saved, setSaved] = useState(false);
  const save = useSetVisibility();
  return (
    <section className="section" aria-labelledby="visibility-title">
      <h2 id="visibility-title">{t('library.visibilityTitle')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(false);
          save.mutate(
            { id: result.id, version: result.version, internalParts: parts as ResultPart[] },
            { onSuccess: () => setSaved(true) },
          );
        }}
      >
        <ProblemAlert error={save.error} />
        {saved && (
          <p className="alert alert--success" role="status">
            {t('library.visibilitySaved')}
          </p>
        )}
        <CheckboxGroup
          formId="visibility"
          name="internalParts"
          legend={t('library.internalParts')}
          hint={t('library.visibilityHelp')}
          options={RESULT_PARTS.map((part) => ({ value: part, label: t(`resultPart.${part}`) }))}
          value={parts}
          onChange={setParts}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('library.saveVisibility')}
          </button>
        </div>
      </form>
    </section>
  );
}
