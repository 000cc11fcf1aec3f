import type { Page } from '@playwright/test';
import { test, expect, waitForCatalogue, expectAccessible } from './fixtures.ts';

const HEADING = 'Weitermachen, wo Sie aufgehört haben';

/** Starts an application for a service and returns the new draft's id. */
async function startDraft(page: Page, serviceId: string): Promise<string> {
  await page.goto(`/service/${serviceId}`);
  await page.getByRole('button', { name: 'Antrag starten' }).click();
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** A Wohnsitz Anmeldung with its move-in date answered (question 2 of 13) and a Kita draft. */
async function twoDrafts(page: Page): Promise<{ moving: string; childcare: string }> {
  await page.goto('/');
  await waitForCatalogue(page);
  const moving = await startDraft(page, '99115005104000');
  const date = page.getByRole('group', { name: 'Wann sind Sie in die Wohnung eingezogen?' });
  await date.getByRole('textbox', { name: 'Tag' }).fill('3');
  await date.getByRole('textbox', { name: 'Monat' }).fill('11');
  await date.getByRole('textbox', { name: 'Jahr' }).fill('2026');
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(page.getByText(/Frage 2 von 13/)).toBeVisible();
  const childcare = await startDraft(page, '99041004034000');
  await page.getByRole('link', { name: 'Lotse' }).click();
  await expect(page.getByRole('heading', { level: 2, name: HEADING })).toBeVisible();
  return { moving, childcare };
}

/** Stores attachment rows for a draft straight in IndexedDB, as a photo upload leaves them. */
async function addAttachments(page: Page, draftId: string, count: number): Promise<void> {
  await page.evaluate(
    async ({ draftId, count }) => {
      const request = indexedDB.open('lotse');
      const db = await new Promise<IDBDatabase>(
        (done) => (request.onsuccess = () => done(request.result)),
      );
      const transaction = db.transaction('attachments', 'readwrite');
      for (let index = 0; index < count; index += 1) {
        const blob = new Blob([new Uint8Array(1000)], { type: 'image/jpeg' });
        transaction.objectStore('attachments').put({
          id: crypto.randomUUID(),
          draftId,
          blob,
          name: `foto-${index}.jpg`,
          type: 'image/jpeg',
          size: 1000,
          sha256: '0'.repeat(64),
        });
      }
      await new Promise((done) => (transaction.oncomplete = done));
      db.close();
    },
    { draftId, count },
  );
}

/** Attachments in IndexedDB per draft id. */
async function attachmentCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const request = indexedDB.open('lotse');
    const db = await new Promise<IDBDatabase>(
      (done) => (request.onsuccess = () => done(request.result)),
    );
    const rows = await new Promise<{ draftId: string }[]>((done) => {
      const all = db.transaction('attachments').objectStore('attachments').getAll();
      all.onsuccess = () => done(all.result as { draftId: string }[]);
    });
    db.close();
    const counts: Record<string, number> = {};
    for (const row of rows) counts[row.draftId] = (counts[row.draftId] ?? 0) + 1;
    return counts;
  });
}

/** An entry's action, named like "Löschen: Wohnung anmelden" (Chromium adds a space before the hidden part). */
const action = (verb: string, title: string) => new RegExp(`^${verb}\\s?: ${title}$`);

const entries = (page: Page) => page.getByRole('region', { name: HEADING }).getByRole('listitem');

test('the start page shows no drafts list while there are no drafts', async ({ page }) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await expect(page.getByRole('heading', { name: HEADING })).toHaveCount(0);
});

test('two drafts appear on the start page with title, progress and last change; continuing opens the right page', async ({
  page,
}) => {
  const { moving } = await twoDrafts(page);
  await expect(entries(page)).toHaveCount(2);
  // The latest change first: the Kita application was started after the move was answered.
  await expect(entries(page).nth(0).getByRole('heading', { level: 3 })).toHaveText(
    'Kita-Platz anmelden',
  );
  await expect(entries(page).nth(0)).toContainText(/Frage 1 von \d+ ·\s+Zuletzt geändert: jetzt/);
  await expect(entries(page).nth(1).getByRole('heading', { level: 3 })).toHaveText(
    'Wohnung anmelden',
  );
  await expect(entries(page).nth(1)).toContainText('Wohnsitz Anmeldung');
  await expect(entries(page).nth(1)).toContainText('Frage 2 von 13');
  await expect(
    page.getByText(/Auf diesem Gerät belegt: [\d,]+\s\S+ von [\d,]+\s\S+/),
  ).toBeVisible();
  await expectAccessible(page, 'the start page with drafts');

  await page.getByRole('link', { name: action('Weiter ausfüllen', 'Wohnung anmelden') }).click();
  await expect(page).toHaveURL(new RegExp(`/draft/${moving}$`));
  await expect(page.getByText(/Frage 2 von 13/)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Hauptwohnung' })).toBeVisible();
});

test('deleting asks for confirmation, then removes the draft and its attachments', async ({
  page,
}) => {
  const { moving, childcare } = await twoDrafts(page);
  await addAttachments(page, moving, 2);
  await addAttachments(page, childcare, 1);
  expect(await attachmentCounts(page)).toEqual({ [moving]: 2, [childcare]: 1 });

  // Cancel: nothing is deleted and the focus is back on the button that opened the dialog.
  const deleteMoving = page.getByRole('button', { name: action('Löschen', 'Wohnung anmelden') });
  await deleteMoving.click();
  const dialog = page.getByRole('dialog', { name: 'Diesen Antrag löschen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Wohnung anmelden');
  await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await expectAccessible(page, 'the delete dialog');
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
  await expect(deleteMoving).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(entries(page)).toHaveCount(2);

  // Confirm: the draft and its photos are gone, the other draft keeps its own.
  await deleteMoving.click();
  await dialog.getByRole('button', { name: 'Löschen', exact: true }).click();
  await expect(entries(page)).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'gelöscht' })).toHaveText(
    'Der Antrag „Wohnung anmelden“ wurde von diesem Gerät gelöscht.',
  );
  expect(await attachmentCounts(page)).toEqual({ [childcare]: 1 });
  await expect(
    page.getByRole('link', { name: action('Weiter ausfüllen', 'Kita-Platz anmelden') }),
  ).toBeFocused();

  // The last one: the list disappears and the focus goes to the page heading.
  await page.getByRole('button', { name: action('Löschen', 'Kita-Platz anmelden') }).click();
  await dialog.getByRole('button', { name: 'Löschen', exact: true }).click();
  await expect(page.getByRole('heading', { name: HEADING })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(await attachmentCounts(page)).toEqual({});
  await page.reload();
  await waitForCatalogue(page);
  await expect(page.getByRole('heading', { name: HEADING })).toHaveCount(0);
});
