/** A column header that sorts the list by its field; sort is "field" (ascending) or "-field". */
import { useTranslation } from 'react-i18next';

interface SortableHeaderProps {
  field: string;
  label: string;
  sort: string;
  onSort: (sort: string) => void;
}

export function parseSort(sort: string): { field: string; descending: boolean } {
  const first = sort.split(',')[0] ?? '';
  return first.startsWith('-') ? { field: first.slice(1), descending: true } : { field: first, descending: false };
}

export function SortableHeader({ field, label, sort, onSort }: SortableHeaderProps) {
  const { t } = useTranslation();
  const current = parseSort(sort);
  const active = current.field === field;
  const ariaSort = active ? (current.descending ? 'descending' : 'ascending') : undefined;
  const next = active && !current.descending ? `-${field}` : field;
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {active ? (current.descending ? ' ▼' : ' ▲') : ' ↕'}
        </span>
        <span className="visually-hidden">
          {active ? `, ${current.descending ? t('sort.descending') : t('sort.ascending')}` : `, ${t('sort.sortable')}`}
        </span>
      </button>
    </th>
  );
}
