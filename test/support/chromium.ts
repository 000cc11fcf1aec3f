import { existsSync } from 'node:fs';
import type { LaunchOptions } from 'playwright';

/** Flags that let Chromium run as root on a machine without network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launch options for tests: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium when present,
 * else Playwright's own browser (for developers who installed it).
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(
    (path): path is string => Boolean(path),
  );
  const executablePath = candidates.find((path) => existsSync(path));
  return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS };
}
