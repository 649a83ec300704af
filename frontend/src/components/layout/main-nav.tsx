/** The main navigation; links are given by the app shell. */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
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
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
