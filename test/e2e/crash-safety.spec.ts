import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, next, startApplication } from './fixtures.ts';

/** Starts a Wohnsitz Anmeldung and returns the draft's URL. */
async function startDraft(page: Page): Promise<string> {
  await startApplication(page, '99115005104000');
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
  return page.url();
}

async function reopen(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('text typed 400 ms before the tab dies without unload handling is there on reopening', async ({
  page,
  context,
}) => {
  const url = await startDraft(page);
  const day = page.getByRole('group', { name: 'Wann sind Sie in die Wohnung eingezogen?' });
  await day.getByRole('textbox', { name: 'Tag' }).fill('3');
  await day.getByRole('textbox', { name: 'Monat' }).fill('11');
  await day.getByRole('textbox', { name: 'Jahr' }).fill('2026');
  await next(page);
  await page.getByRole('radio', { name: 'Hauptwohnung' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'Nein' }).check();
  await next(page);
  await page.getByRole('textbox', { name: 'Straße' }).pressSequentially('Kampstraße 1', {
    delay: 20,
  });
  await page.waitForTimeout(400);
  await page.close({ runBeforeUnload: false });

  const again = await reopen(context, url);
  // Resumes exactly where the user stopped, with every character.
  await expect(again.getByRole('textbox', { name: 'Straße' })).toHaveValue('Kampstraße 1');
  await expect(again.getByText(/Frage 4 von \d+/)).toBeVisible();
});

test('a reload in the middle of a repeatable group keeps every person and answer', async ({
  page,
}) => {
  const url = await startDraft(page);
  // Jump straight to the household page the way a resumed draft would.
  const draftId = url.split('/').pop()!;
  await page.evaluate(async (id) => {
    const request = indexedDB.open('lotse');
    const db = await new Promise<IDBDatabase>(
      (resolve) => (request.onsuccess = () => resolve(request.result)),
    );
    const store = db.transaction('drafts', 'readwrite').objectStore('drafts');
    const draft = await new Promise<Record<string, unknown>>((resolve) => {
      const get = store.get(id);
      get.onsuccess = () => resolve(get.result as Record<string, unknown>);
    });
    store.put({ ...draft, page: 'G_lotse_personen' });
    db.close();
  }, draftId);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Personen, die einziehen' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: 'Familienname' }).fill('Haddad');
  await page.getByRole('button', { name: /Person hinzufügen/ }).click();
  const second = page.getByRole('group', { name: 'Person 2' });
  await expect(second).toBeVisible();
  await page.getByRole('textbox', { name: 'Vornamen' }).nth(1).fill('Omar');
  await page.waitForTimeout(400);

  await page.reload();
  await expect(page.getByRole('group', { name: 'Person 2' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Familienname' }).first()).toHaveValue('Haddad');
  await expect(page.getByRole('textbox', { name: 'Vornamen' }).nth(1)).toHaveValue('Omar');
});
