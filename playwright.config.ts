import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/support/chromium.ts';

/**
 * End-to-end tests: the built app (dist/) served by real Lotse server processes, started per test
 * file by test/e2e/fixtures.ts, driven in real Chromium.
 */
export default defineConfig({
  testDir: './test/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    launchOptions: chromiumLaunchOptions(),
    serviceWorkers: 'allow',
    locale: 'de-DE',
  },
});
