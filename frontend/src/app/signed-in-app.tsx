/**
 * Everything after sign-in, a chunk of its own: React Query, /me, then the router (made only now, after
 * the sign-in callback has put the right address in place). The landing page loads none of it.
 */
import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { BareLayout } from '@/components/layout/bare-layout';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { useMeQuery } from '@/features/auth/api/get-me';
import { MeProvider } from '@/lib/auth/me-context';
import { createQueryClient } from './query-client';
import { createRouter } from './router';

export default function SignedInApp() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <WithMe />
    </QueryClientProvider>
  );
}

function WithMe() {
  const { t } = useTranslation();
  const auth = useAuth();
  const me = useMeQuery(true);
  if (me.isPending)
    return (
      <BareLayout>
        <Loading />
      </BareLayout>
    );
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
      <RoutedApp />
    </MeProvider>
  );
}

function RoutedApp() {
  const [router] = useState(createRouter);
  return <RouterProvider router={router} />;
}
