import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  waitForCatalogue,
  searchFor,
  chooseDisplay,
  putWohnsitzAnswers,
} from './fixtures.ts';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function expectNoViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const summary = violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on the ${screen} screen`).toEqual([]);
}

const NAMES = {
  de: { topic: 'Familie & Kind', situation: 'Geburt', service: 'Wohnsitz Anmeldung' },
  en: {
    topic: 'Family & children',
    situation: 'Birth',
    service: 'Registering your address (Wohnsitz Anmeldung)',
  },
} as const;

for (const language of ['de', 'en'] as const) {
  test(`the home, browse, search and service screens have no axe violations (${language})`, async ({
    browser,
    baseURL,
  }) => {
    const names = NAMES[language];
    const context = await browser.newContext({ baseURL, locale: language });
    const page = await context.newPage();
    await page.goto('/');
    await waitForCatalogue(page);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectNoViolations(page, 'home');

    await page.getByRole('link', { name: names.topic }).click();
    await expect(page.getByRole('heading', { level: 1, name: names.topic })).toBeVisible();
    await expectNoViolations(page, 'Themenfeld');
    await page.getByRole('link').filter({ hasText: names.situation }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(names.situation);
    await expectNoViolations(page, 'Lebenslage');

    await page.goto('/');
    expect(await searchFor(page, 'kindergeld')).toContain('Kindergeld');
    await expectNoViolations(page, 'search results');

    await page.goto('/service/99115005104000');
    await expect(page.getByRole('heading', { level: 1, name: names.service })).toBeVisible();
    await expectNoViolations(page, 'service');
    await context.close();
  });
}

for (const display of [
  { theme: 'default', text: 'normal' },
  { theme: 'contrast', text: 'large' },
]) {
  test(`every screen reflows at 320 CSS pixels without horizontal scrolling (${display.theme} theme, ${display.text} text)`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({
      baseURL,
      locale: 'de-DE',
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    const expectNoSideways = async (screen: string) =>
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        screen,
      ).toBeLessThanOrEqual(320);
    await page.goto('/');
    await waitForCatalogue(page);
    await chooseDisplay(page, 'theme', display.theme);
    await chooseDisplay(page, 'text', display.text);
    await expectNoSideways('home');
    await page.locator('lotse-display-settings button[aria-expanded]').click();
    await expectNoSideways('display settings open');
    await page.locator('lotse-display-settings button[aria-expanded]').click();
    await searchFor(page, 'wohnsitz anmeldung für binnenschiffer');
    await expectNoSideways('search results');
    await page.goto('/browse/ozg-10124');
    await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitzmeldungen' })).toBeVisible();
    await expectNoSideways('browse');
    await page.goto('/service/99115005104000');
    await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitz Anmeldung' })).toBeVisible();
    await expectNoSideways('service');

    // The application: a question with its error, check answers, ready, sent with the receipt.
    await page.locator('lotse-service-screen section.apply button').click();
    const screen = page.locator('lotse-draft-screen');
    await screen.locator('button.next').click();
    await expect(screen.locator('lotse-error-summary [role=alert]')).toBeVisible();
    await expectNoSideways('a step with errors');
    await screen.locator('.mode button').click();
    await expect(screen.locator('form section').first()).toBeVisible();
    await expectNoSideways('full-form mode');
    await screen.locator('.mode button').click();
    const draftId = new URL(page.url()).pathname.split('/').pop()!;
    await putWohnsitzAnswers(page, draftId, { at: '#check' });
    await expect(screen.locator('#declaration')).toBeVisible();
    await expectNoSideways('check answers');
    await screen.locator('#declaration').check();
    await screen.locator('button.confirm').click();
    await screen.locator('button.send').click();
    await expect(screen.locator('.receipt .reference')).toBeVisible({ timeout: 30_000 });
    await expectNoSideways('sent, with the receipt');
    await page.goto(`/draft/${draftId}/print`);
    await expect(page.locator('lotse-draft-print .toolbar')).toBeVisible();
    await expectNoSideways('print view');
    await page.goto('/');
    await page.locator('lotse-drafts-list .draft button.secondary').first().click();
    await expect(page.locator('lotse-drafts-list dialog[open]')).toBeVisible();
    await expectNoSideways('delete dialog');
    await context.close();
  });
}
