import { chromium, type Browser, type LaunchOptions } from 'playwright';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { startLotseServer, type LotseServer } from '../support/lotse-server.ts';
import { assertBuilt } from './dist-size.ts';

/**
 * Runs `task` with the real server on dist/ and a Chromium, and stops both afterwards: on
 * success, on error, and on SIGINT/SIGTERM (which then end the process with status 130/143).
 */
export async function withRunningApp<T>(
  task: (app: { server: LotseServer; browser: Browser }) => Promise<T>,
  launchOptions: LaunchOptions = chromiumLaunchOptions(),
): Promise<T> {
  assertBuilt();
  let server: LotseServer | undefined;
  let browser: Browser | undefined;
  const stop = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    browser = undefined;
    server = undefined;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    server = await startLotseServer();
    browser = await chromium.launch(launchOptions);
    return await task({ server, browser });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await stop();
  }
}
