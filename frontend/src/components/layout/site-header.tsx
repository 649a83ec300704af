/** The skip link and the banner every frame shares; the frame gives the home link (router or plain) and the actions. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SiteHeaderProps {
  /** Renders the portal's name as the link home, e.g. with the router's Link. */
  home: (props: { className: string; children: string }) => ReactNode;
  actions: ReactNode;
}

export function SiteHeader({ home, actions }: SiteHeaderProps) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__brand">
          {home({ className: 'site-header__title', children: t('app.title') })}
          <span className="site-header__owner">{t('app.owner')}</span>
        </div>
        <div className="site-header__actions">{actions}</div>
      </header>
    </>
  );
}
