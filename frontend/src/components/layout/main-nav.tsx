/** The main navigation; links are given by the app shell. */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
  /** A count shown as a badge when above zero, read out as `countLabel`. */
  count?: number;
  countLabel?: string;
}

export function MainNav({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end}>
              {item.label}
              {item.count != null && item.count > 0 ? (
                <>
                  <span className="nav-count" aria-hidden="true">
                    {item.count}
                  </span>
                  <span className="visually-hidden">, {item.countLabel}</span>
                </>
              ) : (
                // The badge's place is kept (empty and invisible) so the links do not move when the count arrives.
                item.count != null && <span className="nav-count nav-count--none" aria-hidden="true" />
              )}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
