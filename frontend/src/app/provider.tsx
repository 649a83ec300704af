/** App-wide providers: React Query, then OIDC once the client config is known. */
import { useState, type ReactNode } from 'react';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { AuthProvider } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { BareLayout } from '@/components/layout/bare-layout';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { createUserManager, fetchClientConfig, onSigninCallback } from '@/lib/auth/user-manager';
import { createQueryClient } from './query-client';

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <OidcProvider>{children}</OidcProvider>
    </QueryClientProvider>
  );
}

function OidcProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const config = useQuery({ queryKey: ['client-config'], queryFn: fetchClientConfig, staleTime: Infinity });
  const [userManager, setUserManager] = useState<ReturnType<typeof createUserManager>>();
  if (config.data && !userManager) setUserManager(createUserManager(config.data));

  if (config.isError)
    return (
      <BareLayout>
        <h1>{t('app.title')}</h1>
        <ProblemAlert error={config.error} />
        <button type="button" className="button" onClick={() => void config.refetch()}>
          {t('common.retry')}
        </button>
      </BareLayout>
    );
  if (!userManager)
    return (
      <BareLayout>
        <Loading />
      </BareLayout>
    );
  return (
    <AuthProvider userManager={userManager} onSigninCallback={onSigninCallback}>
      {children}
    </AuthProvider>
  );
}
