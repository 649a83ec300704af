/** The office's financing of the year by source, and its project-financed share against the target. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/problem-alert';
import { useFinancing, useSaveFinancing, type Financing } from '../api/work-plans';
import { formatValue } from './format';

export function FinancingPanel({ year, canWrite }: { year: number; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const financing = useFinancing(year);
  const [editing, setEditing] = useState(false);
  if (financing.isPending) return null;
  if (financing.isError) return <ProblemAlert error={financing.error} />;
  const f = financing.data;
  return (
    <section className="section" aria-labelledby="financing-title">
      <h2 id="financing-title">{t('workPlans.financing.title', { year })}</h2>
      {f ? (
        <dl className="details">
          <dt>{t('workPlans.financing.municipalGrant')}</dt><dd>{formatValue(f.municipalGrant, 'SEK', i18n.language)}</dd>
          <dt>{t('workPlans.financing.companyGrants')}</dt><dd>{formatValue(f.companyGrants, 'SEK', i18n.language)}</dd>
          <dt>{t('workPlans.financing.projectIncome')}</dt><dd>{formatValue(f.projectIncome, 'SEK', i18n.language)}</dd>
          <dt>{t('workPlans.financing.total')}</dt><dd>{formatValue(f.total, 'SEK', i18n.language)}</dd>
          <dt>{t('workPlans.financing.share')}</dt>
          <dd data-testid="project-financed-share">
            {formatValue(f.projectFinancedSharePercent, 'PERCENT', i18n.language)}
            {f.targetPercent !== null && f.targetPercent !== undefined && (
              <> ({t('workPlans.financing.target')} {formatValue(f.targetPercent, 'PERCENT', i18n.language)})</>
            )}
          </dd>
        </dl>
      ) : (
        <p>{t('workPlans.financing.none')}</p>
      )}
      {canWrite && !editing && (
        <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
          {t('workPlans.financing.edit')}
        </button>
      )}
      {canWrite && editing && <FinancingForm year={year} current={f} onDone={() => setEditing(false)} />}
    </section>
  );
}

function FinancingForm({ year, current, onDone }: { year: number; current: Financing | null; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useSaveFinancing(year);
  const [values, setValues] = useState({
    municipalGrant: String(current?.municipalGrant ?? ''),
    companyGrants: String(current?.companyGrants ?? ''),
    projectIncome: String(current?.projectIncome ?? ''),
    targetPercent: String(current?.targetPercent ?? ''),
  });
  const field = (name: keyof typeof values) => (
    <div className="field">
      <label htmlFor={`financing-${name}`}>{t(`workPlans.financing.${name}`)}</label>
      <input id={`financing-${name}`} inputMode="decimal" value={values[name]}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
    </div>
  );
  const number = (text: string) => Number(text.replace(/\s/g, '').replace(',', '.'));
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({
      body: {
        municipalGrant: number(values.municipalGrant), companyGrants: number(values.companyGrants),
        projectIncome: number(values.projectIncome), targetPercent: values.targetPercent.trim() === '' ? null : number(values.targetPercent),
      },
      version: current?.version,
    }, { onSuccess: onDone });
  }
  return (
    <form onSubmit={submit} noValidate>
      {save.isError && <ProblemAlert error={save.error} />}
      {field('municipalGrant')}
      {field('companyGrants')}
      {field('projectIncome')}
      {field('targetPercent')}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.isPending}>{t('workPlans.financing.save')}</button>
      </div>
    </form>
  );
}
