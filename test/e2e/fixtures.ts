import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startLotseServer, type LotseServer } from '../support/lotse-server.ts';

/** Playwright's test with a fresh Lotse server per test file (its own database). */
export const test = base.extend<object, { lotse: LotseServer }>({
  lotse: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const server = await startLotseServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ lotse }, use) => use(lotse.url),
});

export { expect };

/** Waits until the catalogue is stored and the start page lists the Themenfelder. */
export async function waitForCatalogue(page: Page): Promise<void> {
  await expect(page.getByRole('link', { name: 'Bauen & Wohnen' })).toBeVisible({ timeout: 30_000 });
}

/** Waits until the service worker controls the page (the app shell is precached). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 30_000,
  });
}

/** Types a query into the service search and returns the visible result names in order. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  const input = page.getByRole('searchbox', { name: /Leistung suchen|Search for a service/ });
  await input.fill(query);
  const results = page.getByRole('list', { name: /Suchergebnisse|Search results/ });
  await expect(results).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /gefunden|found/ })).toBeVisible();
  return results
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => link.querySelector('span')?.textContent?.trim() ?? ''),
    );
}

/** The WCAG 2.2 AA tag set axe checks on every screen. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with every axe violation (rule and targets) found on the page. */
export async function expectAccessible(page: Page, what: string, tags = WCAG_22_AA): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations on ${what}`).toEqual([]);
}

/** Presses the guided form's "Weiter" button. */
export const next = (page: Page) =>
  page.getByRole('button', { name: 'Weiter', exact: true }).click();

/** Opens a service page after the catalogue is stored and starts a new application there. */
export async function startApplication(page: Page, serviceId: string): Promise<void> {
  await page.goto('/');
  await waitForCatalogue(page);
  await page.goto(`/service/${serviceId}`);
  await page.getByRole('button', { name: 'Antrag starten' }).click();
}
