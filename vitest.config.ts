import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './test/support/chromium.ts';

const QUOTA_TEST = 'test/browser/drafts/quota.test.ts';

/**
 * Bundled before the first test file, so Vite never discovers one mid-run and reloads the page
 * under a running test ("Vite unexpectedly reloaded a test").
 */
const BROWSER_DEPS = {
  include: [
    'lit',
    'lit/decorators.js',
    'lit/directives/live.js',
    'lit/directives/if-defined.js',
    'lit/static-html.js',
    'dexie',
    'minisearch',
    'comlink',
    'jose',
    'i18next',
    'axe-core',
  ],
};

const BROWSER = {
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
};

/** Unit tests run in Node; browser tests in real headless Chromium. */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        optimizeDeps: BROWSER_DEPS,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // Its own browser below: a real storage quota must not meet other files' databases.
          exclude: [QUOTA_TEST],
          // One file at a time: the files share one origin, so IndexedDB databases are shared.
          fileParallelism: false,
          browser: BROWSER,
        },
      },
      {
        optimizeDeps: BROWSER_DEPS,
        test: { name: 'browser-quota', include: [QUOTA_TEST], browser: BROWSER },
      },
    ],
  },
});
