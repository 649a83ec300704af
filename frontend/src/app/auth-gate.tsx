/** Signed out: the landing page (or one of the law's pages). Signed in: the signed-in application. */
import { lazy, Suspense, useEffect } from 'react';
import { useAuth } from 'react-oidc-context';
import { BareLayout } from '@/components/layout/bare-layout';
import { Loading } from '@/components/loading';
import { setUnauthorizedHandler } from '@/lib/api/client';
import { LandingPage } from '@/features/auth/components/landing-page';
import { publicPageAt } from '@/features/legal/routes/public-page';
import { loadAllTexts } from '@/lib/i18n/i18n';

// The signed-in application and all its texts load only after sign-in, both at once: the first load
// before sign-in carries only what the landing page uses (e2e/bundle-before-login.spec.ts checks).
const SignedInApp = lazy(() => Promise.all([import('./signed-in-app'), loadAllTexts()]).then(([module]) => module));

export function AuthGate() {
  const auth = useAuth();

  // An expired or revoked session: forget the user, which shows the landing page again.
  useEffect(() => {
    setUnauthorizedHandler(() => void auth.removeUser());
  }, [auth]);

  // The law's pages are open to everyone: a visitor who is not signed in reads them here.
  const publicPage = auth.isAuthenticated ? null : publicPageAt(window.location.pathname);
  if (publicPage) return <BareLayout>{publicPage}</BareLayout>;
  if (auth.isLoading) return <BareLayout><Loading /></BareLayout>;
  if (!auth.isAuthenticated) return <LandingPage />;
  return (
    <Suspense fallback={<BareLayout><Loading /></BareLayout>}>
      <SignedInApp />
    </Suspense>
  );
}
