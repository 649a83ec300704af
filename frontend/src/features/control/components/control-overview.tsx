/** The control's overview as Jems shows it: declared, in the sample, parked, deducted, eligible after control; the claim before and after. */
import { useTranslation } from 'react-i18next';
import type { ControlView } from '@/lib/api/types';
import { useFormat } from '@/lib/i18n/format';
import { useMoney } from '@/lib/i18n/use-money';
import { useErrorTypes } from '../api/control';

export function ControlOverview({ control }: { control: ControlView }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const o = control.overview;
  const { amount } = useMoney(o.currency);
  const errorTypes = useErrorTypes();
  const english = i18n.resolvedLanguage === 'en';
  const errorName = (code: string) => {
    const type = errorTypes.data?.find((e) => e.code === code);
    return type ? (english ? type.nameEn : type.nameSv) : code;
  };
  const rows: [string, number, number | null][] = [
    [t('control.declared'), o.declared, 100],
    [t('control.inSample'), o.inSample, o.inSamplePercent],
    [t('control.parked'), o.parked, null],
    [t('control.deducted'), o.deducted, null],
    [t('control.eligibleAfterControl'), o.eligibleAfterControl, o.eligibleAfterControlPercent],
  ];
  if (o.carriedLines > 0) rows.push([t('control.carriedIn', { count: o.carriedLines }), o.carriedEligible, null]);

  return (
    <>
      <h3 id="control-overview-title">{t('control.overviewTitle')}</h3>
      <div className="table-wrapper">
        <table className="table" data-testid="control-overview">
          <caption className="visually-hidden">{t('control.overviewCaption', { currency: o.currency })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('control.figure')}</th>
              <th scope="col" className="numeric">{`${t('control.amount')} (${o.currency})`}</th>
              <th scope="col" className="numeric">{t('control.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value, percent]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="numeric">{amount(value)}</td>
                <td className="numeric">{percent === null ? '' : format.percent(percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h4>{t('control.claimTitle')}</h4>
      <div className="table-wrapper">
        <table className="table" data-testid="control-claim">
          <thead>
            <tr>
              <th scope="col">{t('control.figure')}</th>
              <th scope="col" className="numeric">{t('control.asDeclared')}</th>
              <th scope="col" className="numeric">{t('control.afterControl')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{`${t('control.eligibleTotal')} (${o.currency})`}</th>
              <td className="numeric">{amount(o.claimDeclared.eligibleTotal)}</td>
              <td className="numeric">{amount(o.claim.eligibleTotal)}</td>
            </tr>
            <tr>
              <th scope="row">{`${t('control.euClaimed')} (${o.currency})`}</th>
              <td className="numeric">{amount(o.claimDeclared.euClaimed)}</td>
              <td className="numeric">{amount(o.claim.euClaimed)}</td>
            </tr>
            <tr>
              <th scope="row">{t('control.eligibleEur')}</th>
              <td className="numeric">{amount(o.claimDeclared.eligibleTotalEur)}</td>
              <td className="numeric">{amount(o.claim.eligibleTotalEur)}</td>
            </tr>
          </tbody>
        </table>
      </div>

      <h4>{t('control.deductionsTitle')}</h4>
      {o.deductions.length === 0 ? (
        <p className="muted">{t('control.noDeductions')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="table" data-testid="control-deductions">
            <thead>
              <tr>
                <th scope="col">{t('control.category')}</th>
                <th scope="col">{t('control.errorType')}</th>
                <th scope="col" className="numeric">{`${t('control.deducted')} (${o.currency})`}</th>
              </tr>
            </thead>
            <tbody>
              {o.deductions.map((row) => (
                <tr key={`${row.category}-${row.errorType}`}>
                  <td>{t(`costCategory.${row.category}`)}</td>
                  <td>{errorName(row.errorType)}</td>
                  <td className="numeric">{amount(row.amount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h4>{t('control.byPartnerTitle')}</h4>
      <div className="table-wrapper">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('control.partner')}</th>
              <th scope="col" className="numeric">{t('control.declared')}</th>
              <th scope="col" className="numeric">{t('control.inSample')}</th>
              <th scope="col" className="numeric">{t('control.parked')}</th>
              <th scope="col" className="numeric">{t('control.deducted')}</th>
              <th scope="col" className="numeric">{t('control.eligibleAfterControl')}</th>
            </tr>
          </thead>
          <tbody>
            {o.byPartner.map((row) => (
              <tr key={row.partnerId}>
                <th scope="row">{row.partnerName}</th>
                <td className="numeric">{amount(row.declared)}</td>
                <td className="numeric">{amount(row.inSample)}</td>
                <td className="numeric">{amount(row.parked)}</td>
                <td className="numeric">{amount(row.deducted)}</td>
                <td className="numeric">{amount(row.eligible)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
