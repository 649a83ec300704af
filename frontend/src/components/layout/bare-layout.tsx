/** Frame for pages shown before sign-in: skip link, banner, main, and a footer with the law's pages. */
import type { ReactNode } from 'react';
import { LanguageSwitch } from './language-switch';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

export function BareLayout({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <SiteHeader home={(props) => <a href="/" {...props} />} actions={<LanguageSwitch />} />
      <main id="main-content" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
