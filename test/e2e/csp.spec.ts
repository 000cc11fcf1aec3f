import { test, expect, waitForCatalogue } from './fixtures.ts';
import { startLotseServer } from '../support/lotse-server.ts';

test('CSP and Trusted Types are enforced: an HTML string in a sink is blocked and reported', async ({
  browser,
}) => {
  // Its own server: the suite's servers must see no violation at all (see fixtures.ts).
  const server = await startLotseServer();
  const context = await browser.newContext({ baseURL: server.url, locale: 'de-DE' });
  try {
    const page = await context.newPage();
    await page.goto('/');
    await waitForCatalogue(page);
    const outcome = await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=alert(1)>');
        return 'allowed';
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
    const inlineScript = await page
      .evaluate(() => {
        const script = document.createElement('script');
        script.src = 'https://example.org/evil.js';
        return script.src;
      })
      .catch((error: Error) => error.name);
    expect(inlineScript).not.toBe('https://example.org/evil.js');
    await expect
      .poll(() => server.cspViolations().join('\n'), { timeout: 10_000 })
      .toContain('csp-violation require-trusted-types-for');
  } finally {
    await context.close();
    await server.stop();
  }
});
