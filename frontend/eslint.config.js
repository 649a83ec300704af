// ESLint (flat config), run by `make test-frontend`. Besides the recommended rules it enforces the
// SPA's layers (docs/architecture.md, "SPA layout"): a feature imports no other feature; shared
// components and lib import no feature; nothing imports app; no import cycles.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layers = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature does not import another feature: move what both need to src/components or src/lib.',
  })),
  { target: './src/components', from: './src/features', message: 'Shared components do not depend on a feature.' },
  { target: './src/lib', from: ['./src/features', './src/components', './src/app'], message: 'lib is the bottom layer.' },
  { target: ['./src/features', './src/components', './src/lib'], from: './src/app', message: 'Nothing imports the app shell.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'src/lib/api/schema.d.ts', 'e2e-artifacts', 'playwright-report'] },
  js.configs.recommended,
  { files: ['*.{js,ts}'], languageOptions: { globals: { URL: 'readonly', process: 'readonly' } } },
  // Node scripts run by hand or by ops/ (scripts/lighthouse-after-login.mjs).
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { URL: 'readonly', process: 'readonly', console: 'readonly', fetch: 'readonly' } } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })] },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
