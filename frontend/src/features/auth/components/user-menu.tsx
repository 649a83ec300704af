/** The header's user area: name, roles, language switch (the choice is stored on the server) and sign-out. */
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { useMe } from '@/lib/auth/me-context';
import { knownRoles } from '@/lib/auth/roles';
import { useLanguageSync } from './use-language-sync';

export function UserMenu() {
  const { t } = useTranslation();
  const auth = useAuth();
  const queryClient = useQueryClient();
  const { me } = useMe();
  const roles = knownRoles(me.roles);
  const saveLanguage = useLanguageSync();
  const signOut = async () => {
    queryClient.clear();
    try {
      await auth.signoutRedirect();
    } catch {
      await auth.removeUser();
    }
  };
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="visually-hidden">{t('auth.signedInAs')} </span>
        <span className="user-menu__name">{me.name || me.username}</span>
        {roles.length > 0 && (
          <span className="user-menu__roles">
            <span className="visually-hidden">, {t('auth.roles')}: </span>
            {roles.map((role) => t(`roles.${role}`)).join(', ')}
          </span>
        )}
      </p>
      <LanguageSwitch onChange={saveLanguage} />
      <button type="button" className="button button--ghost" onClick={() => void signOut()}>
        {t('auth.logout')}
      </button>
    </div>
  );
}
