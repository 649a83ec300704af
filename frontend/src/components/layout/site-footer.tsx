/**
 * The page's footer: who runs the portal, and the links to the pages the law asks for (accessibility
 * statement, privacy notice). Inside the router the links navigate in place; before sign-in (no router)
 * they are plain links.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

const LEGAL_PAGES = [
  { path: '/accessibility', key: 'app.accessibilityStatement' },
  { path: '/privacy', key: 'app.privacyNotice' },
] as const;

export function SiteFooter({ inRouter }: { inRouter: boolean }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>{t('app.footer')}</p>
      <ul className="site-footer__links">
        {LEGAL_PAGES.map((page) => (
          <li key={page.path}>{inRouter ? <Link to={page.path}>{t(page.key)}</Link> : <a href={page.path}>{t(page.key)}</a>}</li>
        ))}
      </ul>
    </footer>
  );
}
