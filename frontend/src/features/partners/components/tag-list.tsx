/** Short values (keywords, networks, languages) as a list of tags; "–" when there are none. */
import type { ReactNode } from 'react';

export function TagList({ items, label }: { items: ReactNode[]; label?: string }) {
  if (items.length === 0) return <>–</>;
  return (
    <ul className="tag-list" aria-label={label}>
      {items.map((item, index) => (
        <li key={index} className="tag">
          {item}
        </li>
      ))}
    </ul>
  );
}
