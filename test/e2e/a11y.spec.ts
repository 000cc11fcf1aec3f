import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, waitForCatalogue, searchFor } from './fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const summary = violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on the ${screen} screen`).toEqual([]);
}

for (const language of ['de', 'en']) {
  test(`the home, browse, search and service screens have no axe violations (${language})`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: language });
    const page = await context.newPage();
    await page.goto('/');
    await waitForCatalogue(page);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoViolations(page, 'home');

    await page.getByRole('link', { name: 'Familie & Kind' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Familie & Kind' })).toBeVisible();
    await expectNoViolations(page, 'Themenfeld');
    await page.getByRole('link').filter({ hasText: 'Geburt' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geburt');
    await expectNoViolations(page, 'Lebenslage');

    await page.goto('/');
    expect(await searchFor(page, 'kindergeld')).toContain('Kindergeld');
    await expectNoViolations(page, 'search results');

    await page.goto('/service/99115005104000');
    await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitz Anmeldung' })).toBeVisible();
    await expectNoViolations(page, 'service');
    await context.close();
  });
}

test('every screen reflows at 320 CSS pixels without horizontal scrolling', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({
    baseURL,
    locale: 'de-DE',
    viewport: { width: 320, height: 640 },
  });
  const page = await context.newPage();
  const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  await page.goto('/');
  await waitForCatalogue(page);
  expect(await scrollWidth(), 'home').toBeLessThanOrEqual(320);
  await searchFor(page, 'wohnsitz anmeldung für binnenschiffer');
  expect(await scrollWidth(), 'search results').toBeLessThanOrEqual(320);
  await page.goto('/service/99115005104000');
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitz Anmeldung' })).toBeVisible();
  expect(await scrollWidth(), 'service').toBeLessThanOrEqual(320);
  await page.goto('/browse/ozg-10124');
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitzmeldungen' })).toBeVisible();
  expect(await scrollWidth(), 'browse').toBeLessThanOrEqual(320);
  await context.close();
});
