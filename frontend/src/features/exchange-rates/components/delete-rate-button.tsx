/** Deletes a month's rate after confirmation, then returns to the list (`list`: its address with the filters). */
import { useTranslation } from 'react-i18next';
import { DeleteRecordButton } from '@/components/delete-record-button';
import { useDeleteRate } from '../api/delete-rate';
import type { ExchangeRateView } from '../api/rate-types';
import { useRateFormat } from './rate-format';

export function DeleteRateButton({ rate, list }: { rate: ExchangeRateView; list: string }) {
  const { t } = useTranslation();
  const deletion = useDeleteRate();
  const format = useRateFormat();
  const names = { currency: rate.currency, month: format.month(rate.month) };
  return (
    <DeleteRecordButton
      deletion={deletion}
      variables={{ currency: rate.currency, month: rate.month, version: rate.version }}
      title={t('exchangeRates.deleteTitle', names)}
      to={list}
      notice={t('exchangeRates.deleted', names)}
    >
      <p>{t('exchangeRates.deleteConfirm', names)}</p>
    </DeleteRecordButton>
  );
}
