import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { i18n, LANGUAGES, loadAllTexts } from '@/lib/i18n/i18n';

// The app loads every text after sign-in; the tests render signed-in pages straight away, in either language.
await loadAllTexts();
await i18n.loadLanguages([...LANGUAGES]);

// A page's first render on a busy 2-core CI machine can take over a second: wait up to 5 s for what
// a user would see (findBy…, waitFor) before calling it missing.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
