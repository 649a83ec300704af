/** /exchange-rates/:currency/:month (advisor, admin): change a month's rate against its version, or delete it. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ConflictNotice } from '@/components/conflict-notice';
import { PageHeader } from '@/components/layout/page-header';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useConflictSave } from '@/lib/use-conflict-save';
import { alertError, useFormErrors } from '@/lib/use-form-errors';
import { getRateQueryOptions, useRate } from '../api/get-rate';
import type { ExchangeRateView } from '../api/rate-types';
import { useSaveRate } from '../api/save-rate';
import { DeleteRateButton } from '../components/delete-rate-button';
import { useRateFormat } from '../components/rate-format';
import { RateForm } from '../components/rate-form';
import { formToRateRequest, rateServerErrors, rateToForm, validateRateForm } from '../components/rate-form-values';
import { rateConflictRows } from './rate-conflict-rows';

export function RateEditRoute() {
  const { t } = useTranslation();
  const { currency = '', month = '' } = useParams();
  const rate = useRate(currency, month);
  if (rate.isPending) return <Loading />;
  if (rate.isError)
    return (
      <>
        <PageHeader title={t('exchangeRates.edit')} />
        <ProblemAlert error={rate.error} />
      </>
    );
  return <RateEditor key={`${currency}-${month}`} rate={rate.data} />;
}

function RateEditor({ rate }: { rate: ExchangeRateView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const format = useRateFormat();
  const [base, setBase] = useState(rate);
  const [values, setValues] = useState(() => rateToForm(rate));
  const saving = useSaveRate();
  const { fieldErrors, check } = useFormErrors(saving.error, (problem) => rateServerErrors(problem, t));
  const { conflict, run, clearConflict } = useConflictSave<ExchangeRateView>({
    save: (version) => saving.mutateAsync({ currency: rate.currency, month: rate.month, version, body: formToRateRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getRateQueryOptions(rate.currency, rate.month), staleTime: 0 }),
  });
  const names = { currency: rate.currency, month: format.month(rate.month) };
  const listSearch = (useLocation().state as { listSearch?: string } | null)?.listSearch ?? '';
  const list = `/exchange-rates${listSearch}`;

  const save = async (version: number) => {
    if (!check(validateRateForm(values, t))) return;
    if (await run(version)) navigate(list, { state: { notice: t('exchangeRates.saved', names) } });
  };
  const discard = (latest: ExchangeRateView) => {
    setValues(rateToForm(latest));
    setBase(latest);
    clearConflict();
    saving.reset();
  };

  return (
    <>
      <PageHeader title={t('exchangeRates.editTitle', names)} actions={<DeleteRateButton rate={base} list={list} />} />
      <RateForm
        values={values}
        onChange={setValues}
        onSubmit={() => void save(base.version)}
        onCancel={() => navigate(list)}
        keyFixed
        fieldErrors={fieldErrors}
        error={alertError(saving.error)}
        submitting={saving.isPending}
        submitLabel={t('common.save')}
      >
        {conflict && (
          <ConflictNotice
            busy={saving.isPending}
            rows={rateConflictRows(values, conflict, t, format.rate)}
            onOverwrite={() => void save(conflict.version)}
            onDiscard={() => discard(conflict)}
          />
        )}
      </RateForm>
    </>
  );
}
