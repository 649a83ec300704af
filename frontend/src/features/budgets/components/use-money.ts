/** The budget shows money as the user's locale writes it ("1 234,50 kr"). */
import { useMoney as useSharedMoney } from '@/lib/i18n/use-money';
import type { Currency } from '@/lib/api/types';

export { formatAmount, formatMoneyExact, formatPercentOf } from '@/lib/i18n/use-money';

export function useMoney(currency?: Currency) {
  const money = useSharedMoney(currency);
  return { ...money, money: money.moneyExact };
}
