/**
 * The page's footer: who runs the portal, and the links to the pages the law asks for (accessibility
 * statement, privacy notice). The frame renders the links: the router's Link inside the router, plain
 * links before sign-in (so the landing page does not load the router).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const LEGAL_PAGES = [
  { path: '/accessibility', key: 'app.accessibilityStatement' },
  { path: '/privacy', key: 'app.privacyNotice' },
] as const;

export type FooterLink = (props: { to: string; children: string }) => ReactNode;

const plainLink: FooterLink = ({ to, children }) => <a href={to}>{children}</a>;

export function SiteFooter({ link = plainLink }: { link?: FooterLink }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>{t('app.footer')}</p>
      <ul className="site-footer__links">
        {LEGAL_PAGES.map((page) => (
          <li key={page.path}>{link({ to: page.path, children: t(page.key) })}</li>
        ))}
      </ul>
    </footer>
  );
}
