/** GET /client-config (the OIDC settings) without React Query, which loads only after sign-in. */
import { useEffect, useState } from 'react';
import { isApiError } from '@/lib/api/problem';
import type { ClientConfig } from '@/lib/api/types';
import { fetchClientConfig } from '@/lib/auth/user-manager';

const ATTEMPTS = 3;

interface ClientConfigState {
  data?: ClientConfig;
  error?: unknown;
}

/** Tried up to three times, a second apart and more (a backend still starting), unless it answers 4xx. */
export function useClientConfig(): ClientConfigState & { retry: () => void } {
  const [round, setRound] = useState(0);
  const [state, setState] = useState<ClientConfigState>({});
  useEffect(() => {
    let cancelled = false;
    const attempt = async (tries: number): Promise<void> => {
      try {
        const data = await fetchClientConfig();
        if (!cancelled) setState({ data });
      } catch (error) {
        if (cancelled) return;
        if (tries >= ATTEMPTS || (isApiError(error) && error.status < 500)) setState({ error });
        else await new Promise((resolve) => setTimeout(resolve, 1000 * tries)).then(() => attempt(tries + 1));
      }
    };
    void attempt(1);
    return () => {
      cancelled = true;
    };
  }, [round]);
  return {
    ...state,
    retry: () => {
      setState({});
      setRound((value) => value + 1);
    },
  };
}
