/**
 * The SPA's security headers for the vite preview server (`make run`, browser tests), read from
 * the one definition nginx also includes: ops/nginx/security-headers.conf.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const DEFINITION = new URL('../ops/nginx/security-headers.conf', import.meta.url);

/** `add_header Name "value" always;` lines, with ${VARIABLES} filled in from `env`. */
export function parseSecurityHeaders(text: string, env: Record<string, string | undefined>): [string, string][] {
  const headers: [string, string][] = [];
  for (const line of text.split('\n')) {
    const match = /^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;\s*$/.exec(line);
    if (!match) continue;
    const value = match[2].replace(/\$\{(\w+)\}/g, (_, name: string) => {
      const filled = env[name];
      if (!filled) throw new Error(`ops/nginx/security-headers.conf needs ${name} in the environment`);
      return filled;
    });
    headers.push([match[1], value]);
  }
  if (headers.length === 0) throw new Error('no add_header lines in ops/nginx/security-headers.conf');
  return headers;
}

/** Sends the headers on every answer of `vite preview` (not the dev server, whose HMR needs inline code). */
export function securityHeaders(): Plugin {
  return {
    name: 'euportal-security-headers',
    configurePreviewServer(server) {
      const headers = parseSecurityHeaders(readFileSync(DEFINITION, 'utf8'), {
        KEYCLOAK_ORIGIN: 'http://localhost:8180',
        ...process.env,
      });
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of headers) res.setHeader(name, value);
        next();
      });
    },
  };
}
