import { afterEach, describe, expect, it } from 'vitest';
import { mockFetch, json } from '@/testing/mock-fetch';
import { api, setAccessTokenProvider, setUnauthorizedHandler } from './client';

afterEach(() => {
  setAccessTokenProvider(() => undefined);
  setUnauthorizedHandler(() => {});
});

describe('api client', () => {
  it('sends the access token as a bearer token', async () => {
    const { requests } = mockFetch([{ method: 'GET', path: '/api/v1/me', answer: () => json({}) }]);
    setAccessTokenProvider(async () => 'token-123');
    await api.GET('/api/v1/me');
    expect(requests[0].headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('sends no Authorization header before sign-in', async () => {
    const { requests } = mockFetch([{ method: 'GET', path: '/api/v1/client-config', answer: () => json({}) }]);
    await api.GET('/api/v1/client-config');
    expect(requests[0].headers.has('Authorization')).toBe(false);
  });

  it('reports a 401 to a request that carried a token', async () => {
    mockFetch([{ method: 'GET', path: '/api/v1/me', answer: () => json({ status: 401 }, { status: 401 }) }]);
    setAccessTokenProvider(() => 'expired');
    let called = 0;
    setUnauthorizedHandler(() => called++);
    await api.GET('/api/v1/me');
    expect(called).toBe(1);
  });
});
