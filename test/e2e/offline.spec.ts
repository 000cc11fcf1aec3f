import { test, expect, waitForCatalogue, waitForServiceWorker, searchFor } from './fixtures.ts';

test('after one online visit, the app starts offline and finds services by browsing and search', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(
    page
      .getByRole('heading', { name: 'Lotse wird eingerichtet' })
      .or(page.getByRole('link', { name: 'Bauen & Wohnen' })),
  ).toBeVisible();
  await waitForCatalogue(page);
  await waitForServiceWorker(page);

  await context.setOffline(true);
  const response = await page.reload();
  expect(response?.fromServiceWorker()).toBe(true);
  await waitForCatalogue(page);
  await expect(page.getByRole('status').filter({ hasText: 'offline' })).toBeVisible();

  await page.getByRole('link', { name: 'Bauen & Wohnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bauen & Wohnen' })).toBeFocused();
  await page.getByRole('link', { name: 'Wohnen & Umzug' }).click();
  await page.getByRole('link', { name: 'Wohnsitzmeldungen' }).click();
  await page.getByRole('link', { name: 'Wohnsitz Anmeldung', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitz Anmeldung' })).toBeVisible();
  await expect(page.getByText('99115005104000')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Wohnsitz Abmeldung' })).toBeVisible();

  // A deep link opened offline is answered by the service worker, too.
  const deep = await page.reload();
  expect(deep?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnsitz Anmeldung' })).toBeVisible();

  await page.goto('/');
  for (const query of ['wohnung anmelden', 'wohnsitz anmeldng']) {
    const names = await searchFor(page, query);
    expect(names.slice(0, 3), `results for "${query}"`).toContain('Wohnsitz Anmeldung');
  }
});
