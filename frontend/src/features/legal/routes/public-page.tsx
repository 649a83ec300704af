/** The law's pages for a visitor who is not signed in; their texts load only when one is opened. */
import { lazy, Suspense } from 'react';
import { Loading } from '@/components/loading';

const AccessibilityStatementRoute = lazy(() => import('./legal-routes').then((m) => ({ default: m.AccessibilityStatementRoute })));
const PrivacyNoticeRoute = lazy(() => import('./legal-routes').then((m) => ({ default: m.PrivacyNoticeRoute })));

const PAGES: Record<string, typeof AccessibilityStatementRoute> = {
  '/accessibility': AccessibilityStatementRoute,
  '/privacy': PrivacyNoticeRoute,
};

/** The public page at a path, for a visitor who is not signed in; null elsewhere. */
export function publicPageAt(pathname: string) {
  const Page = PAGES[pathname];
  if (!Page) return null;
  return (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
}
