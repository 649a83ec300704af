/**
 * The budget's frozen versions (submitted, granted, revised) with who made each and its totals, each
 * change request's state (proposed, approved, rejected) and the version in force (what claims and exports
 * count); any two (the draft is 0) compared line by line; each opened read only or exported; after the
 * grant, a link to propose a change, and for advisors the decision on the open request.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '@/components/form/select-field';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useFormat } from '@/lib/i18n/format';
import type { BudgetVersionView, Currency } from '@/lib/api/types';
import { useBudgetComparison } from '../api/compare-budget-versions';
import { useBudgetPartners } from '../api/get-budget-partners';
import { useBudgetVersions } from '../api/get-budget-versions';
import { BudgetComparisonTable } from './budget-comparison-table';
import { BudgetExportButton } from './budget-export-button';
import { ScrollTable } from '@/components/scroll-table';
import { RevisionDecision } from './revision-decision';
import { useMoney } from './use-money';

interface BudgetVersionsProps {
  budgetId: string;
  applicationId: string;
  acronym: string | null | undefined;
  currency: Currency;
  mayRevise: boolean;
  /** Advisors, after the grant: adjust the granted version to the amount granted. */
  mayAdjust?: boolean;
  /** Advisors: approve or reject the open change request. */
  mayDecide?: boolean;
}

type Proposed = BudgetVersionView & { request: NonNullable<BudgetVersionView['request']> };

function isProposed(version: BudgetVersionView): version is Proposed {
  return version.request?.state === 'PROPOSED';
}

export function BudgetVersions({ budgetId, applicationId, acronym, currency, mayRevise, mayAdjust = false, mayDecide = false }: BudgetVersionsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = useMoney(currency);
  const versions = useBudgetVersions(budgetId);
  const partnership = useBudgetPartners(applicationId);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('0');
  const [pair, setPair] = useState<{ from: number; to: number } | null>(null);
  const comparison = useBudgetComparison(budgetId, pair);
  const versionLabel = (number: number) => (number === 0 ? t('budgets.draft') : t('budgets.versionN', { number }));
  const list = versions.data ?? [];
  const open = list.find(isProposed);
  const [decided, setDecided] = useState<string | null>(null);
  const requestText = (version: BudgetVersionView) => {
    const request = version.request;
    if (!request) return '–';
    const state = t(`revisionState.${request.state}`);
    if (!request.decidedBy || !request.decidedAt) return state;
    return t('budgets.decidedBy', { state, name: request.decidedBy.name, at: format.dateTime(request.decidedAt), comment: request.comment ?? '' });
  };
  const options = [{ value: '0', label: t('budgets.draft') }, ...list.map((version) => ({ value: String(version.number), label: `${versionLabel(version.number)} (${t(`versionKind.${version.kind}`)})` }))];

  return (
    <section className="section" aria-labelledby="budget-versions-title">
      <div className="section__header">
        <h2 id="budget-versions-title">{t('budgets.versions')}</h2>
        {mayRevise && !open && (
          <Link className="button button--secondary" to={`/applications/${applicationId}/budget/revision`}>
            {t('budgets.recordRevision')}
          </Link>
        )}
        {mayAdjust && (
          <Link className="button button--secondary" to={`/applications/${applicationId}/budget/granted`}>
            {t('budgets.adjustToGrant')}
          </Link>
        )}
      </div>
      {versions.isPending && <Loading />}
      {versions.isError && <ProblemAlert error={versions.error} />}
      {versions.isSuccess && list.length === 0 && <p>{t('budgets.noVersions')}</p>}
      {decided && (
        <p className="alert alert--success" role="status">
          {decided}
        </p>
      )}
      {open && !mayDecide && <p className="alert alert--warning">{t('budgets.pendingRevision')}</p>}
      {list.length > 0 && (
        <ScrollTable label={t('budgets.versionsCaption')}>
          <table className="table">
            <caption>{t('budgets.versionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budgets.version')}</th>
                <th scope="col">{t('budgets.versionKind')}</th>
                <th scope="col">{t('budgets.reason')}</th>
                <th scope="col">{t('budgets.revisionState')}</th>
                <th scope="col">{t('budgets.madeBy')}</th>
                <th scope="col">{t('budgets.madeAt')}</th>
                <th scope="col" className="numeric">{t('budgets.total')}</th>
                <th scope="col" className="numeric">{t('budgets.euShare')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((version) => (
                <tr key={version.number}>
                  <th scope="row">
                    <Link to={`/applications/${applicationId}/budget/versions/${version.number}`}>{versionLabel(version.number)}</Link>
                  </th>
                  <td>
                    {t(`versionKind.${version.kind}`)}
                    {version.baseline && (
                      <>
                        {' '}
                        <span className="badge" title={t('budgets.baselineHint')}>
                          {t('budgets.baseline')}
                        </span>
                      </>
                    )}
                  </td>
                  <td>{version.reason ?? '–'}</td>
                  <td>{requestText(version)}</td>
                  <td>{version.createdBy.name}</td>
                  <td>{format.dateTime(version.createdAt)}</td>
                  <td className="numeric">{money.amount(version.total)}</td>
                  <td className="numeric">{money.amount(version.euShare)}</td>
                  <td>
                    <BudgetExportButton budgetId={budgetId} version={version.number} acronym={acronym} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {mayDecide && open && (
        <RevisionDecision
          key={open.number}
          budgetId={budgetId}
          version={open}
          onDecided={(view) => setDecided(t('budgets.decided', { number: view.number, state: t(`revisionState.${view.request?.state ?? 'PROPOSED'}`).toLowerCase() }))}
        />
      )}
      {list.length > 0 && (
        <form
          className="inline-form"
          aria-label={t('budgets.compareTitle')}
          onSubmit={(event) => {
            event.preventDefault();
            if (from !== '' && to !== '') setPair({ from: Number(from), to: Number(to) });
          }}
        >
          <SelectField formId="compare" name="from" label={t('budgets.compareFrom')} value={from} options={options} emptyLabel={t('form.choose')} onChange={setFrom} required />
          <SelectField formId="compare" name="to" label={t('budgets.compareTo')} value={to} options={options} onChange={setTo} required />
          <button type="submit" className="button button--secondary">
            {t('budgets.compare')}
          </button>
        </form>
      )}
      {pair && comparison.isPending && <Loading />}
      {comparison.isError && <ProblemAlert error={comparison.error} />}
      {comparison.data && <BudgetComparisonTable comparison={comparison.data} currency={currency} partnership={partnership.data ?? []} versionLabel={versionLabel} />}
    </section>
  );
}
