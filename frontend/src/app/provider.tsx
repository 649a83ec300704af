/** The provider before sign-in: OIDC, once the client config is known (React Query comes with the signed-in app). */
import { useState, type ReactNode } from 'react';
import { AuthProvider } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { BareLayout } from '@/components/layout/bare-layout';
import { Loading } from '@/components/loading';
import { ProblemAlert } from '@/components/problem-alert';
import { createUserManager, onSigninCallback } from '@/lib/auth/user-manager';
import { useClientConfig } from './use-client-config';

export function AppProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const config = useClientConfig();
  const [userManager, setUserManager] = useState<ReturnType<typeof createUserManager>>();
  if (config.data && !userManager) setUserManager(createUserManager(config.data));

  if (config.error)
    return (
      <BareLayout>
        <h1>{t('app.title')}</h1>
        <ProblemAlert error={config.error} />
        <button type="button" className="button" onClick={config.retry}>
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
