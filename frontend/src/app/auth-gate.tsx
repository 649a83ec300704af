/** Signed out: the landing page. Signed in: load /me, then the routed app. */
import { lazy, Suspense, useEffect } from 'react';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { BareLayout } from '@/components/layout/bare-layout';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { setUnauthorizedHandler } from '@/lib/api/client';
import { MeProvider } from '@/lib/auth/me-context';
import { useMeQuery } from '@/features/auth/api/get-me';
import { LandingPage } from '@/features/auth/components/landing-page';
import { publicPageAt } from '@/features/legal/routes/legal-routes';

// The signed-in application loads only after sign-in: the landing page stays small.
const RoutedApp = lazy(() => import('./routed-app'));

export function AuthGate() {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = useMeQuery(auth.isAuthenticated);

  // An expired or revoked session: forget the user, which shows the landing page again.
  useEffect(() => {
    setUnauthorizedHandler(() => void auth.removeUser());
  }, [auth]);

  // The law's pages are open to everyone: a visitor who is not signed in reads them here.
  const publicPage = auth.isAuthenticated ? null : publicPageAt(window.location.pathname);
  if (publicPage) return <BareLayout>{publicPage}</BareLayout>;
  if (auth.isLoading) return <BareLayout><Loading /></BareLayout>;
  if (!auth.isAuthenticated) return <LandingPage />;
  if (me.isPending) return <BareLayout><Loading /></BareLayout>;
  if (me.isError)
    return (
      <BareLayout>
        <h1>{t('app.title')}</h1>
        <ProblemAlert error={me.error} />
        <button type="button" className="button" onClick={() => void auth.removeUser()}>
          {t('auth.logout')}
        </button>
      </BareLayout>
    );
  return (
    <MeProvider me={me.data}>
      <Suspense fallback={<BareLayout><Loading /></BareLayout>}>
        <RoutedApp />
      </Suspense>
    </MeProvider>
  );
}
