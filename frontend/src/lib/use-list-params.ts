/** List state (page, sort, search, filters) kept in the address, so back and reload keep it. */
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

type Change<F extends string> = Partial<Record<'page' | 'sort' | 'q' | F, string | number | undefined>>;

export function useListParams<F extends string>(filterKeys: readonly F[], defaultSort: string) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number.parseInt(params.get('page') ?? '0', 10) || 0);
  const sort = params.get('sort') || defaultSort;
  const q = params.get('q') ?? '';
  const filters = Object.fromEntries(filterKeys.map((key) => [key, params.get(key) ?? ''])) as Record<F, string>;

  const update = useCallback(
    (change: Change<F>) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(change)) {
          if (value === undefined || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        // Any change but paging starts again at the first page.
        if (!('page' in change)) next.delete('page');
        if (next.get('page') === '0') next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  return { page, sort, q, filters, update };
}
