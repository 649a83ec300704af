/** /exchange-rates/new (advisor, admin): records a month's rate; a month already recorded is edited instead. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { isApiError } from '@/lib/api/problem';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { useSaveRate } from '../api/save-rate';
import { currentMonth, useRateFormat } from '../components/rate-format';
import { RateForm } from '../components/rate-form';
import { emptyRateForm, formToRateRequest, rateKeyOf, rateServerErrors, validateRateForm } from '../components/rate-form-values';

export function RateCreateRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const format = useRateFormat();
  const [values, setValues] = useState(() => emptyRateForm(currentMonth()));
  const [sentKey, setSentKey] = useState<{ currency: string; month: string } | null>(null);
  const saving = useSaveRate();
  const { fieldErrors, check } = useFormErrors(saving.error, (problem) => rateServerErrors(problem, t));
  // A PUT without If-Match on a month already recorded is refused with 428: the user edits that rate instead.
  const exists = isApiError(saving.error, 428) && sentKey !== null;

  const submit = () => {
    if (!check(validateRateForm(values, t))) return;
    const key = rateKeyOf(values);
    setSentKey(key);
    saving.mutate(
      { ...key, body: formToRateRequest(values) },
      {
        onSuccess: () =>
          navigate('/exchange-rates', { state: { notice: t('exchangeRates.created', { currency: key.currency, month: format.month(key.month) }) } }),
      },
    );
  };
  return (
    <>
      <PageHeader title={t('exchangeRates.create')} />
      <RateForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        onCancel={() => navigate('/exchange-rates')}
        keyFixed={false}
        fieldErrors={fieldErrors}
        error={exists ? undefined : alertError(saving.error)}
        submitting={saving.isPending}
        submitLabel={t('exchangeRates.record')}
      >
        {exists && (
          <div className="alert alert--warning" role="alert">
            <p>{t('exchangeRates.alreadyRecorded', { currency: sentKey.currency, month: format.month(sentKey.month) })}</p>
            <Link to={`/exchange-rates/${sentKey.currency}/${sentKey.month}`}>{t('exchangeRates.editRecorded')}</Link>
          </div>
        )}
      </RateForm>
    </>
  );
}
