import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/** Builds the page, the worker and the service worker into dist/. */
export default defineConfig({
  root: here('./src'),
  publicDir: here('./public'),
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      output: {
        // Translations get their own folder: the service worker caches a language's files when
        // the language is chosen instead of precaching all of them (see sw/l10n-cache.ts).
        chunkFileNames: (chunk) => {
          const lng = /\/locales\/([^/]+)\/[^/]+\.json$/.exec(chunk.facadeModuleId ?? '')?.[1];
          return lng && lng !== 'de'
            ? `assets/l10n/${lng}/[name]-[hash].js`
            : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  worker: {
    format: 'es',
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: here('./sw'),
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
        globIgnores: ['**/*.map'],
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
  ],
});
