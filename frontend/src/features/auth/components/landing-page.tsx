/** What a signed-out visitor sees: what the portal is, and the sign-in button. */
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { BareLayout } from '@/components/layout/bare-layout';
import { usePageTitle } from '@/lib/page-title';
import type { SigninState } from '@/lib/auth/user-manager';

export function LandingPage() {
  const { t, i18n } = useTranslation();
  const auth = useAuth();
  usePageTitle(t('auth.landingTitle'));
  const signIn = () => {
    const here = `${window.location.pathname}${window.location.search}`;
    const state: SigninState = { returnTo: here };
    void auth.signinRedirect({ state, ui_locales: i18n.resolvedLanguage ?? 'sv' });
  };
  return (
    <BareLayout>
      <div className="landing">
        <h1>{t('auth.landingTitle')}</h1>
        <p className="lead">{t('auth.landingIntro')}</p>
        {auth.error && (
          <p className="alert alert--error" role="alert">
            {t('auth.signinError')}
          </p>
        )}
        <button type="button" className="button button--large" onClick={signIn} disabled={auth.activeNavigator === 'signinRedirect'}>
          {t('auth.login')}
        </button>
        <p className="landing__help">{t('auth.landingHelp')}</p>
      </div>
    </BareLayout>
  );
}
