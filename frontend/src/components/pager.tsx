/** Previous/next paging for lists with `page` (0-based), `size` and `total`. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/i18n/format';

interface PagerProps {
  page: number;
  size: number;
  total: number;
  onPageChange: (page: number) => void;
}

export function pageCount(size: number, total: number): number {
  return size > 0 ? Math.max(1, Math.ceil(total / size)) : 1;
}

export function Pager({ page, size, total, onPageChange }: PagerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = pageCount(size, total);
  const from = total === 0 ? 0 : page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  return (
    <nav className="pager" aria-label={t('pager.label')}>
      <p className="pager__summary">
        {total === 0
          ? t('pager.empty')
          : t('pager.showing', { from: format.number(from), to: format.number(to), total: format.number(total) })}
      </p>
      {pages > 1 && (
        <div className="pager__controls">
          <button type="button" className="button button--secondary" disabled={page <= 0} onClick={() => onPageChange(page - 1)}>
            {t('pager.previous')}
          </button>
          <span className="pager__page">{t('pager.pageOf', { page: format.number(page + 1), pages: format.number(pages) })}</span>
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
