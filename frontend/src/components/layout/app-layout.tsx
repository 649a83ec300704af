/** Page frame: skip link, banner, navigation, main and footer landmarks (the footer links the law's pages). */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SiteFooter } from './site-footer';

interface AppLayoutProps {
  headerActions?: ReactNode;
  navigation?: ReactNode;
  children: ReactNode;
}

export function AppLayout({ headerActions, navigation, children }: AppLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__brand">
          <Link to="/" className="site-header__title">
            {t('app.title')}
          </Link>
          <span className="site-header__owner">{t('app.owner')}</span>
        </div>
        <div className="site-header__actions">{headerActions}</div>
      </header>
      {navigation}
      <main id="main-content" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter inRouter />
    </div>
  );
}
