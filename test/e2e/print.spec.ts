import type { Page } from '@playwright/test';
import { test, expect, waitForCatalogue, expectAccessible, next } from './fixtures.ts';

const MISSING = 'nicht ausgefüllt – bitte im Amt ergänzen';

/** A Wohnsitz Anmeldung with the first three questions answered; returns the draft id. */
async function startedDraft(page: Page): Promise<string> {
  await page.goto('/');
  await waitForCatalogue(page);
  await page.goto('/service/99115005104000');
  await page.getByRole('button', { name: 'Antrag starten' }).click();
  const date = page.getByRole('group', { name: 'Wann sind Sie in die Wohnung eingezogen?' });
  await date.getByRole('textbox', { name: 'Tag' }).fill('3');
  await date.getByRole('textbox', { name: 'Monat' }).fill('11');
  await date.getByRole('textbox', { name: 'Jahr' }).fill('2026');
  await next(page);
  await page.getByRole('radio', { name: 'Hauptwohnung' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'Nein' }).check();
  await next(page);
  await expect(page.getByRole('textbox', { name: 'Straße' })).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** The value printed next to a term in the header ('meta') or the answers. */
const detail = (page: Page, list: 'meta' | 'answers', term: string | RegExp) =>
  page
    .locator(`lotse-draft-print dl.${list} > div`)
    .filter({ has: page.getByRole('term').filter({ hasText: term }) })
    .getByRole('definition');

/** The answer printed next to a question. */
const answerTo = (page: Page, question: string) => detail(page, 'answers', question);

test('the print view shows the German form with answers, marks empty required fields and is accessible', async ({
  page,
}) => {
  const draftId = await startedDraft(page);
  await page.getByRole('link', { name: 'Lotse' }).click();
  await page.getByRole('link', { name: /^Ausdrucken\s?: Wohnung anmelden$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/draft/${draftId}/print$`));

  // After navigation the screen reader starts at the printout's heading.
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnung anmelden' })).toBeFocused();
  await expect(detail(page, 'meta', 'Leistungsschlüssel (LeiKa)')).toHaveText('99115005104000');
  await expect(detail(page, 'meta', 'Referenz')).toHaveText(draftId);
  await expect(detail(page, 'meta', /^Leistung$/)).toHaveText('Wohnsitz Anmeldung');
  await expect(detail(page, 'meta', 'Gedruckt am')).toHaveText(/^\d{1,2}\. \S+ \d{4}$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Einzug' })).toBeVisible();
  await expect(answerTo(page, 'Wann sind Sie in die Wohnung eingezogen?')).toHaveText('03.11.2026');
  await expect(answerTo(page, 'Ist das Ihre Hauptwohnung')).toHaveText('Hauptwohnung');
  await expect(answerTo(page, 'Haben Sie noch eine andere Wohnung')).toHaveText('Nein');
  await expect(answerTo(page, 'Straße')).toHaveText(MISSING);
  await expect(answerTo(page, 'Adresszusatz')).toHaveText('keine Angabe');
  await expect(page.getByRole('heading', { level: 3, name: 'Person 1' })).toBeVisible();
  await expectAccessible(page, 'the print view');

  // Printing calls the browser's print dialog.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Drucken' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

  await page.getByRole('link', { name: 'Zurück zum Antrag' }).click();
  await expect(page).toHaveURL(new RegExp(`/draft/${draftId}$`));
  await expect(page.getByRole('textbox', { name: 'Straße' })).toBeVisible();
});

test('the printout stays German when the UI speaks English', async ({ page }) => {
  const draftId = await startedDraft(page);
  await page.locator('#language').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto(`/draft/${draftId}/print`);
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the application' })).toBeVisible();
  await expect(answerTo(page, 'Haben Sie noch eine andere Wohnung')).toHaveText('Nein');
  await expect(answerTo(page, 'Straße')).toHaveText(MISSING);
  await expect(page.locator('lotse-draft-print [lang="de"]').first()).toContainText(
    'Wohnung anmelden',
  );
  await expectAccessible(page, 'the print view in English');
});

test('on paper the buttons, links and the app header are not printed', async ({ page }) => {
  const draftId = await startedDraft(page);
  await page.goto(`/draft/${draftId}/print`);
  const print = page.getByRole('button', { name: 'Drucken' });
  await expect(print).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(print).toBeHidden();
  await expect(page.getByRole('link', { name: 'Zurück zum Antrag' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnung anmelden' })).toBeVisible();
  await expect(answerTo(page, 'Straße')).toHaveText(MISSING);
  const colors = await page
    .getByRole('heading', { level: 1 })
    .evaluate((heading) => getComputedStyle(heading).color);
  expect(colors).toBe('rgb(0, 0, 0)');
  await page.emulateMedia({ media: 'screen' });
  await expect(print).toBeVisible();
});

test('a service without a Lotse form says how to apply anyway and prints without the app around it', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await page.goto('/service/99108001001000');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bewohnerparkausweis Erteilung' }),
  ).toBeVisible();
  const analog = page.getByRole('region', { name: 'So stellen Sie diesen Antrag' });
  await expect(analog).toContainText('Wenden Sie sich an Ihre Stadt- oder Gemeindeverwaltung');
  await expect(page.getByRole('button', { name: 'Antrag starten' })).toHaveCount(0);
  await expectAccessible(page, 'a service without a form');
  const print = analog.getByRole('button', { name: 'Diese Seite ausdrucken und mitnehmen' });
  await expect(print).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(print).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  // The office finds the service by its key.
  await expect(page.getByRole('definition').filter({ hasText: '99108001001000' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // A service with a form offers the form instead.
  await page.goto('/service/99115005104000');
  await expect(page.getByRole('button', { name: 'Antrag starten' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'So stellen Sie diesen Antrag' })).toHaveCount(0);
});
