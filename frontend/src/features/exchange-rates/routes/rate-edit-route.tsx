/** /exchange-rates/:currency/:month (advisor, admin): change a month's rate against its version, or delete it. */
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { RecordPage } from '@/components/record-editor/record-page';
import { useRecordEditor } from '@/components/record-editor/use-record-editor';
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
  return (
    <RecordPage query={useRate(currency, month)} title={t('exchangeRates.edit')}>
      {(rate) => <RateEditor key={`${currency}-${month}`} rate={rate} />}
    </RecordPage>
  );
}

function RateEditor({ rate }: { rate: ExchangeRateView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const format = useRateFormat();
  const saving = useSaveRate();
  const names = { currency: rate.currency, month: format.month(rate.month) };
  const listSearch = (useLocation().state as { listSearch?: string } | null)?.listSearch ?? '';
  const list = `/exchange-rates${listSearch}`;
  const editor = useRecordEditor({
    record: rate,
    toForm: rateToForm,
    mutation: saving,
    save: (values, version) => saving.mutateAsync({ currency: rate.currency, month: rate.month, version, body: formToRateRequest(values) }),
    fetchLatest: () => queryClient.fetchQuery({ ...getRateQueryOptions(rate.currency, rate.month), staleTime: 0 }),
    validate: (values) => validateRateForm(values, t),
    nestedErrors: (problem) => rateServerErrors(problem, t),
    onSaved: () => navigate(list, { state: { notice: t('exchangeRates.saved', names) } }),
  });

  return (
    <>
      <PageHeader title={t('exchangeRates.editTitle', names)} actions={<DeleteRateButton rate={editor.base} list={list} />} />
      <RateForm {...editor.form} onCancel={() => navigate(list)} keyFixed>
        {editor.conflictNotice((latest) => rateConflictRows(editor.values, latest, t, format.rate))}
      </RateForm>
    </>
  );
}
