/** Replaces global fetch with a list of answers matched by method and path; records every request. */
import { vi } from 'vitest';

type Answer = (request: Request, body: unknown) => Response | Promise<Response>;

export interface Route {
  method: string;
  path: string | RegExp;
  answer: Answer;
}

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return json({ type: 'about:blank', status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

/** JSON bodies parsed; anything else (e.g. a CSV upload) kept as text. */
function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Answers are matched in order; a route may be listed twice to answer a second call differently (`once`). */
export function mockFetch(routes: (Route & { once?: boolean })[]) {
  const remaining = [...routes];
  const requests: RecordedRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = await request.clone().text();
    const body = text ? parseBody(text) : undefined;
    requests.push({ method: request.method, url, headers: request.headers, body });
    const index = remaining.findIndex(
      (route) =>
        route.method === request.method &&
        (typeof route.path === 'string' ? route.path === url.pathname : route.path.test(url.pathname)),
    );
    // Every record page reads its next steps; a test that does not mock them gets none (the panel stays away).
    if (index < 0 && request.method === 'GET' && url.pathname.endsWith('/readiness'))
      return new Response(JSON.stringify({ status: 404, title: 'Not Found' }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    // Likewise a project's controllers (none) and a claim's control (not started), unless a test mocks them.
    if (index < 0 && request.method === 'GET' && url.pathname.endsWith('/controllers')) return json([]);
    if (index < 0 && request.method === 'GET' && url.pathname.endsWith('/control'))
      return new Response(JSON.stringify({ status: 404, title: 'Not Found' }), { status: 404, headers: { 'Content-Type': 'application/problem+json' } });
    if (index < 0) throw new Error(`Unexpected request ${request.method} ${url.pathname}${url.search}`);
    const route = remaining[index];
    if (route.once) remaining.splice(index, 1);
    return route.answer(request, body);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, requests };
}
