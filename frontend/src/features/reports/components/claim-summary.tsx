/**
 * The claim of a financial report against the granted budget: per category and partner granted, claimed before,
 * this report, cumulative and remaining; overspend warnings in words; the EU amount claimed and the EUR total at the
 * rate (the frozen one once submitted), or a notice when a rate is missing.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import type { PartnerMemberView, ReportView } from '@/lib/api/types';
import { useClaim } from '../api/get-claim';
import { useMoney } from '@/lib/i18n/use-money';
import { categoryLabel } from './category-label';
import { monthLabel } from './month-label';

interface ClaimSummaryProps {
  report: ReportView;
  partners: PartnerMemberView[];
}

export function ClaimSummaryView({ report, partners }: ClaimSummaryProps) {
  const { t, i18n } = useTranslation();
  const claim = useClaim(report.id);
  const money = useMoney(claim.data?.currency);
  if (claim.isPending) return <Loading />;
  if (claim.isError) return <ProblemAlert error={claim.error} />;
  const data = claim.data;
  const partnerName = (id: string | null | undefined) => partners.find((partner) => partner.organisationId === id)?.legalName ?? id ?? '';
  const projectWarning = (category: string) => data.warnings.find((warning) => !warning.partnerId && warning.category === category);
  const language = i18n.resolvedLanguage ?? 'sv';

  return (
    <>
      {data.warnings.length > 0 && (
        <div className="alert alert--warning" role="alert" data-testid="overspend-warnings">
          <p className="alert__title">{t('reports.overspendTitle', { count: data.warnings.length })}</p>
          <ul>
            {data.warnings.map((warning, index) => (
              <li key={`${warning.partnerId ?? 'project'}-${warning.category}-${index}`}>
                {t(warning.partnerId ? 'reports.overspendPartner' : 'reports.overspendProject', {
                  category: categoryLabel(warning.category, t),
                  partner: partnerName(warning.partnerId),
                  over: money.money(warning.over),
                  granted: money.money(warning.granted),
                  cumulative: money.money(warning.cumulative),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="table-wrapper">
        <table className="table">
          <caption>{t('reports.claimCaption', { currency: data.currency })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reports.line.category')}</th>
              <th scope="col" className="numeric">{t('reports.granted')}</th>
              <th scope="col" className="numeric">{t('reports.claimedBefore')}</th>
              <th scope="col" className="numeric">{t('reports.thisReport')}</th>
              <th scope="col" className="numeric">{t('reports.cumulative')}</th>
              <th scope="col" className="numeric">{t('reports.remaining')}</th>
            </tr>
          </thead>
          <tbody>
            {data.categories.map((row) => {
              const over = projectWarning(row.category);
              return (
                <tr key={row.category}>
                  <th scope="row">{categoryLabel(row.category, t)}</th>
                  <td className="numeric">{money.amount(row.granted)}</td>
                  <td className="numeric">{money.amount(row.claimedBefore)}</td>
                  <td className="numeric">{money.amount(row.thisReport)}</td>
                  <td className="numeric">{money.amount(row.cumulative)}</td>
                  <td className="numeric">
                    {money.amount(row.remaining)}
                    {over && <strong> {t('reports.overBy', { over: money.amount(over.over) })}</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {data.partners.length > 1 && (
        <div className="table-wrapper">
          <table className="table">
            <caption>{t('reports.partnersCaption', { currency: data.currency })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.line.partnerId')}</th>
                <th scope="col" className="numeric">{t('reports.granted')}</th>
                <th scope="col" className="numeric">{t('reports.thisReport')}</th>
                <th scope="col" className="numeric">{t('reports.cumulative')}</th>
                <th scope="col" className="numeric">{t('reports.euClaimed')}</th>
              </tr>
            </thead>
            <tbody>
              {data.partners.map((row) => (
                <tr key={row.partnerId}>
                  <th scope="row">{partnerName(row.partnerId)}</th>
                  <td className="numeric">{money.amount(row.granted)}</td>
                  <td className="numeric">{money.amount(row.thisReport)}</td>
                  <td className="numeric">{money.amount(row.cumulative)}</td>
                  <td className="numeric">{money.amount(row.euClaimed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <dl className="details" data-testid="claim-totals">
        <dt>{t('reports.eligibleTotal')}</dt>
        <dd>{money.money(data.eligibleTotal)}</dd>
        <dt>{t('reports.euClaimed')}</dt>
        <dd>{money.money(report.euClaimed ?? data.euClaimed)}</dd>
        <dt>{t('reports.eligibleTotalEur')}</dt>
        <dd>
          {data.eligibleTotalEur === null || data.eligibleTotalEur === undefined
            ? t('reports.noEurTotal')
            : data.unitsPerEur
              ? t('reports.eurAtRate', { amount: money.money(data.eligibleTotalEur, 'EUR'), rate: money.rate(data.unitsPerEur) })
              : money.money(data.eligibleTotalEur, 'EUR')}
        </dd>
      </dl>
      {report.rateMonth && report.unitsPerEur !== null && (
        <p data-testid="frozen-rate">{t('reports.frozenRate', { month: monthLabel(report.rateMonth, language), rate: money.rate(report.unitsPerEur) })}</p>
      )}
      {data.rateMissing && (
        <p className="alert alert--warning" role="status" data-testid="rate-missing">
          <strong>{t('reports.rateMissingTitle')}</strong> {t('reports.rateMissing')} <Link to="/exchange-rates">{t('reports.exchangeRatesLink')}</Link>
        </p>
      )}
    </>
  );
}
