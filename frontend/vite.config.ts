/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { securityHeaders } from './security-headers.ts';
import { compression } from './compression.ts';
import { publicTexts } from './public-texts.ts';

// The API is served by the backend; in dev and preview, /api is proxied to it.
const apiProxy = {
  '/api': {
    target: process.env.API_PROXY_TARGET ?? 'http://localhost:8080',
    changeOrigin: false,
  },
};

export default defineConfig({
  plugins: [react(), securityHeaders(), compression(), publicTexts()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, proxy: apiProxy },
  preview: { port: 5174, proxy: apiProxy },
  build: {
    rolldownOptions: {
      output: {
        // Libraries in their own long-cached chunks; the app's code changes more often.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'auth', test: /node_modules[\\/](oidc-client-ts|react-oidc-context|jwt-decode)[\\/]/ },
            { name: 'router', test: /node_modules[\\/](react-router|cookie|set-cookie-parser)[\\/]/ },
            // Shared by react-i18next and Recharts: kept with the libraries every page loads.
            { name: 'sync-store', test: /node_modules[\\/]use-sync-external-store[\\/]/ },
            // Recharts and what only it uses: loaded with the portfolio page alone.
            { name: 'charts', test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|react-redux|redux-thunk|immer|reselect|es-toolkit|decimal\.js-light|eventemitter3|tiny-invariant|clsx)[\\/]/ },
            // Before sign-in the landing page loads react, auth, i18n and api-client (and the app's entry) only:
            // their libraries must not share a chunk with what only signed-in pages use (React Query, …).
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
            { name: 'api-client', test: /node_modules[\\/]openapi-fetch[\\/]/ },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
            { name: 'libs', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}', '*.test.ts'],
    css: false,
    testTimeout: 20_000,
    // One jsdom per worker thread, not one per file: building the environment and importing React for each of
    // ~100 files took three quarters of the run (325 s → 80 s on two cores). The tests clean up after themselves
    // (Testing Library's cleanup, a QueryClient per render); the files pass in any order (--sequence.shuffle.files).
    pool: 'threads',
    isolate: false,
  },
});
