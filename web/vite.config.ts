import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// The single-page app lives in web/; the backend (Fastify, port 3000) serves web/dist in production.
export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // Every supported browser has <link rel="modulepreload">; the polyfill is dead weight.
    modulePreload: { polyfill: false },
    rollupOptions: {
      treeshake: {
        // The NL Design System React packages have no "sideEffects" flag; they are pure components,
        // so only what the app imports needs to be bundled.
        moduleSideEffects: (id: string) => !id.includes('/node_modules/@utrecht/') || id.endsWith('.css'),
      },
      output: {
        // Long-lived vendor chunks (they change less often than the app), named so sizes are readable.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'tanstack', test: /node_modules[\\/](@tanstack|use-sync-external-store)[\\/]/ },
            { name: 'nlds', test: /node_modules[\\/](@utrecht|@babel[\\/]runtime|clsx)[\\/]/ },
            // The shell every page needs: i18n dictionary, API client, shared UI.
            { name: 'shell', test: /web[\\/]src[\\/](app|ui|api)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    // web/ imports a few pure kernel rules from ../src (e.g. the BSN 11-test).
    fs: { allow: [repoRoot] },
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
