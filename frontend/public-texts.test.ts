import { describe, expect, it } from 'vitest';
import sv from './src/lib/i18n/locales/sv.json';
import { publicPart } from './public-texts';

describe('the texts loaded before sign-in', () => {
  const part = publicPart(sv) as Record<string, Record<string, unknown>>;

  it('hold what the landing page and the frame say', () => {
    expect(part.auth.login).toBe(sv.auth.login);
    expect(part.app.title).toBe(sv.app.title);
    expect(part.errors.generic).toBe(sv.errors.generic);
  });

  it('leave out the signed-in pages and the problem codes', () => {
    expect(Object.keys(part).sort()).toEqual(['app', 'auth', 'common', 'errors']);
    expect(part.errors.code).toBeUndefined();
    expect(JSON.stringify(part).length).toBeLessThan(JSON.stringify(sv).length / 10);
  });
});
