import type { Page } from 'playwright';

/**
 * Runs `work` with the page's main thread slowed by `rate` through CDP
 * `Emulation.setCPUThrottlingRate` (1 = normal), and always resets the rate afterwards.
 */
export async function withCpuRate<T>(page: Page, rate: number, work: () => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    return await work();
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
  }
}
