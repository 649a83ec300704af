/** Saving with optimistic locking: on 412 the latest version is fetched and kept as `conflict`. */
import { useState } from 'react';
import { isApiError } from '@/lib/api/problem';

interface Options<V> {
  save: (version: number) => Promise<unknown>;
  fetchLatest: () => Promise<V>;
}

export function useConflictSave<V extends { version: number }>({ save, fetchLatest }: Options<V>) {
  const [conflict, setConflict] = useState<V | null>(null);

  /** Resolves true when saved; false when the save failed (the caller shows the error or the conflict). */
  const run = async (version: number): Promise<boolean> => {
    try {
      await save(version);
      setConflict(null);
      return true;
    } catch (error) {
      if (isApiError(error, 412)) setConflict(await fetchLatest());
      return false;
    }
  };

  return { conflict, run, clearConflict: () => setConflict(null) };
}
