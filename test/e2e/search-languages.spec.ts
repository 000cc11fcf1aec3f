import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAccessible, waitForCatalogue } from './fixtures.ts';

interface CatalogueStrings {
  search: Record<string, string>;
}
interface ContentStrings {
  groups: Record<string, string>;
  services: Record<string, string>;
}

const locale = <T>(lng: string, file: string): T =>
  JSON.parse(readFileSync(new URL(`../../locales/${lng}/${file}`, import.meta.url), 'utf8')) as T;

/** Opens the start page with the stored catalogue in a UI language. */
async function openInLanguage(page: Page, code: string): Promise<CatalogueStrings['search']> {
  await page.goto('/');
  await waitForCatalogue(page);
  await page.locator('#language').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  return locale<CatalogueStrings>(code, 'catalogue.json').search;
}

/** Types into the start page's search field, found by its label in that language. */
async function search(page: Page, strings: CatalogueStrings['search'], query: string) {
  await page.getByRole('searchbox', { name: strings.label }).fill(query);
}

test('in Turkish, a Turkish word finds the topic, and its link opens that topic', async ({
  page,
}) => {
  const strings = await openInLanguage(page, 'tr');
  const content = locale<ContentStrings>('tr', 'content.json');
  await search(page, strings, 'çocuk');

  const translated = page.getByRole('list', { name: strings.translatedHeading });
  await expect(translated.getByRole('link')).toHaveCount(5);
  // One announcement for both lists: five here, none among the German names, and why.
  await expect(page.locator('lotse-service-search').getByRole('status')).toHaveText(
    `${strings.translatedResults_other!.replace('{{count, number}}', '5')} ${strings.noneInGerman!.replace('{{query}}', 'çocuk')}`,
  );

  await translated.getByRole('link', { name: content.groups['tf-familie-kind'] }).click();
  await expect(page).toHaveURL(/\/browse\/tf-familie-kind$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    content.groups['tf-familie-kind']!,
  );
});

test('in Turkish, capitals find a form service, listed once beside the German results', async ({
  page,
}) => {
  const strings = await openInLanguage(page, 'tr');
  const content = locale<ContentStrings>('tr', 'content.json');

  // Already among the German results (under its Turkish name): not listed a second time.
  await search(page, strings, 'wohngeld');
  await expect(page.getByRole('list', { name: strings.resultsLabel })).toContainText(
    content.services['99107023000000']!,
  );
  await expect(page.getByRole('heading', { name: strings.translatedHeading })).toHaveCount(0);

  await search(page, strings, 'İKAMET');
  const translated = page.getByRole('list', { name: strings.translatedHeading });
  await expect(translated.getByRole('link')).toHaveCount(2);
  await translated.getByRole('link', { name: content.services['99115005104001'] }).click();
  await expect(page).toHaveURL(/\/service\/99115005104001$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    content.services['99115005104001']!,
  );
});

test('in German, no list of names in another language appears', async ({ page }) => {
  const strings = locale<CatalogueStrings>('de', 'catalogue.json').search;
  await page.goto('/');
  await waitForCatalogue(page);
  await search(page, strings, 'Familie');
  await expect(page.getByRole('list', { name: strings.resultsLabel })).toBeVisible();
  await expect(page.getByRole('heading', { name: strings.translatedHeading })).toHaveCount(0);
});

test('the search with Arabic matches is accessible, right to left', async ({ page }) => {
  const strings = await openInLanguage(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await search(page, strings, 'أطفال');
  await expect(page.getByRole('list', { name: strings.translatedHeading })).toBeVisible();
  await expectAccessible(page, 'the search with matches in Arabic only');

  // A German word that also stands in Arabic names: both lists, each under its heading.
  await search(page, strings, 'Bildung');
  await expect(page.getByRole('list', { name: strings.translatedHeading })).toBeVisible();
  await expect(page.getByRole('heading', { name: strings.catalogueHeading })).toBeVisible();
  await expect(page.getByRole('list', { name: strings.resultsLabel })).toBeVisible();
  await expectAccessible(page, 'the search with Arabic and German results');
});
