import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import '@/lib/i18n/i18n';

// A page's first render on a busy 2-core CI machine can take over a second: wait up to 5 s for what
// a user would see (findBy…, waitFor) before calling it missing.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
