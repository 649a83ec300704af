/** OIDC (Authorization Code + PKCE) against Keycloak, configured from the API's client-config. */
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { api, setAccessTokenProvider } from '@/lib/api/client';
import { unwrapAs } from '@/lib/api/problem';
import type { ClientConfig } from '@/lib/api/types';

export async function fetchClientConfig(): Promise<ClientConfig> {
  return unwrapAs<ClientConfig>(api.GET('/api/v1/client-config'));
}

export function createUserManager(config: ClientConfig): UserManager {
  const origin = window.location.origin;
  const userManager = new UserManager({
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
  setAccessTokenProvider(async () => (await userManager.getUser())?.access_token);
  return userManager;
}

/** Where the user wanted to go before signing in; carried through Keycloak in the OIDC state. */
export interface SigninState {
  returnTo?: string;
}

/** After the code exchange: drop code and state from the address, back to where the user was. */
export function onSigninCallback(user: User | void): void {
  const state = (user?.state ?? {}) as SigninState;
  const returnTo = state.returnTo && state.returnTo.startsWith('/') ? state.returnTo : window.location.pathname;
  window.history.replaceState({}, document.title, returnTo);
}
