/** The one API client: typed by the generated schema, with the bearer token added per request. */
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

type TokenProvider = () => Promise<string | undefined> | string | undefined;

let tokenProvider: TokenProvider = () => undefined;
let unauthorizedHandler: () => void = () => {};

/** Set by the auth layer once the OIDC user manager exists. */
export function setAccessTokenProvider(provider: TokenProvider): void {
  tokenProvider = provider;
}

/** Called when the API answers 401 to a request that carried a token (e.g. an expired session). */
export function setUnauthorizedHandler(handler: () => void): void {
  unauthorizedHandler = handler;
}

export const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const token = await tokenProvider();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) unauthorizedHandler();
    return undefined;
  },
};

export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  // Resolved per call so that tests (and polyfills) can replace fetch after import.
  fetch: (request: Request) => globalThis.fetch(request),
});
api.use(authMiddleware);
