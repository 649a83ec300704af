/** Renders a page at an address with everything it needs: React Query, a router and a signed-in user. */
import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Me } from '@/lib/api/types';
import { MeProvider } from '@/lib/auth/me-context';
import { meWith } from './fixtures';

interface Options {
  path: string;
  at: string;
  me?: Me;
}

export function renderRoute(element: ReactElement, { path, at, me = meWith(['admin']) }: Options) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [at] },
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <MeProvider me={me}>
        <RouterProvider router={router} />
      </MeProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
