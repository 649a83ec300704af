/** Page frame: skip link, banner, navigation, main and footer landmarks (the footer links the law's pages). */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

interface AppLayoutProps {
  headerActions?: ReactNode;
  navigation?: ReactNode;
  children: ReactNode;
}

export function AppLayout({ headerActions, navigation, children }: AppLayoutProps) {
  return (
    <div className="app">
      <SiteHeader home={(props) => <Link to="/" {...props} />} actions={headerActions} />
      {navigation}
      <main id="main-content" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter link={(props) => <Link {...props} />} />
    </div>
  );
}
