import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSecurityHeaders } from './security-headers';

// The tests run in frontend/ (jsdom gives import.meta.url no file scheme).
const definition = readFileSync('../ops/nginx/security-headers.conf', 'utf8');

describe('the SPA security headers', () => {
  it('are read from the nginx definition with the Keycloak origin filled in', () => {
    const headers = Object.fromEntries(parseSecurityHeaders(definition, { KEYCLOAK_ORIGIN: 'https://login.example.se' }));
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    const csp = headers['Content-Security-Policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self' https://login.example.se");
    expect(csp).not.toContain('${');
  });

  it('refuse to start without the Keycloak origin rather than send a broken policy', () => {
    expect(() => parseSecurityHeaders(definition, {})).toThrow(/KEYCLOAK_ORIGIN/);
  });
});
