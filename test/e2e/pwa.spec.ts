import { test, expect, waitForCatalogue, waitForServiceWorker } from './fixtures.ts';

test('Chromium finds the app installable: manifest, icons and a controlling service worker', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await waitForServiceWorker(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts count as incognito, where Chromium never installs; that is the test's
  // browser, not the app. Every other reason would be the app's fault.
  const appErrors = installabilityErrors.filter((error) => error.errorId !== 'in-incognito');
  expect(appErrors).toEqual([]);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  const parsed = JSON.parse(manifest.data ?? '{}') as {
    icons: { sizes: string; purpose?: string }[];
  };
  expect(parsed.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  expect(parsed.icons.some((icon) => icon.sizes === '512x512')).toBe(true);
});

test('the chosen language switches every text, sets <html lang> and is remembered', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which service do you need?');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('searchbox', { name: 'Search for a service' })).toBeVisible();
  // Themenfelder are translated; names without a translation stay German and say so.
  const topic = page.getByRole('link', { name: 'Building & housing' });
  await expect(topic).not.toHaveAttribute('lang', /.*/);
  await topic.click();
  await page.getByRole('link').filter({ hasText: 'Housing & moving' }).first().click();
  await expect(page.getByText('Some names are only available in German.')).toBeVisible();
  await expect(page.locator('a[lang="de"]').first()).toBeVisible();
  await page.goto('/');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which service do you need?');
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('en');
});

test('the skip link moves the keyboard focus to the main content', async ({ page }) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
