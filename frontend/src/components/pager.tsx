/**
 * Previous/next paging for lists with `page` (0-based), `size` and `total`; an estimated total (the
 * envelope's `totalEstimated`) is shown as "cirka …".
 */
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';

interface PagerProps {
  page: number;
  size: number;
  total: number;
  estimated?: boolean;
  onPageChange: (page: number) => void;
}

export function pageCount(size: number, total: number): number {
  return size > 0 ? Math.max(1, Math.ceil(total / size)) : 1;
}

/** An estimated total to two significant digits (20 013 → 20 000): more would claim a precision it lacks. */
export function roughly(total: number): number {
  if (total < 100) return total;
  const step = 10 ** (Math.floor(Math.log10(total)) - 1);
  return Math.round(total / step) * step;
}

export function Pager({ page, size, total, estimated = false, onPageChange }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = pageCount(size, total);
  const shownTotal = estimated ? roughly(total) : total;
  const from = total === 0 ? 0 : page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <p className="pager__summary">
        {total === 0
          ? t('pager.empty')
          : t(estimated ? 'pager.showingEstimated' : 'pager.showing', { from: format.number(from), to: format.number(to), total: format.number(shownTotal) })}
      </p>
      {pages > 1 && (
        <div className="pager__controls">
          <button type="button" className="button button--secondary" disabled={page <= 0} onClick={() => onPageChange(page - 1)}>
            {t('pager.previous')}
          </button>
          <span className="pager__page">{t(estimated ? 'pager.pageOfEstimated' : 'pager.pageOf', { page: format.number(page + 1), pages: format.number(estimated ? roughly(pages) : pages) })}</span>
          <button
            type="button"
            className="button button--secondary"
            disabled={page >= pages - 1}
            onClick={() => onPageChange(page + 1)}
          >
            {t('pager.next')}
          </button>
        </div>
      )}
    </nav>
  );
}
