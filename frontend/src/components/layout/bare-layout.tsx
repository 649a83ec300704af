/** Frame for pages shown before sign-in: skip link, banner, main, and a footer with the law's pages. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';
import { SiteFooter } from './site-footer';

export function BareLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__brand">
          <a href="/" className="site-header__title">
            {t('app.title')}
          </a>
          <span className="site-header__owner">{t('app.owner')}</span>
        </div>
        <div className="site-header__actions">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main-content" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter inRouter={false} />
    </div>
  );
}
