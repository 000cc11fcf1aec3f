import type { Page } from '@playwright/test';
import {
  test,
  expect,
  waitForCatalogue,
  waitForServiceWorker,
  startApplication,
  putWohnsitzAnswers,
} from './fixtures.ts';
import { wohnsitzAnswers } from '../support/authored-answers.ts';

/**
 * Puts a complete, checked Wohnsitz Anmeldung with one document into the device's database, as
 * the guided mode leaves it (the guided flow itself is covered by guided-form.spec.ts).
 */
async function readyDraft(page: Page): Promise<string> {
  await page.goto('/service/99115005104000');
  await page.getByRole('button', { name: 'Antrag starten' }).click();
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
  const draftId = new URL(page.url()).pathname.split('/').pop()!;
  const today = new Date().toISOString().slice(0, 10);
  await page.evaluate(
    async ({ id, answers }) => {
      const bytes = new TextEncoder().encode('%PDF-1.4 Wohnungsgeberbestätigung');
      const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const sha256 = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
      const file = {
        attachmentId: crypto.randomUUID(),
        name: 'wohnungsgeber.pdf',
        type: 'application/pdf',
        size: bytes.byteLength,
        sha256,
      };
      const nachweise = answers.G_lotse_nachweise as Record<string, unknown>[];
      nachweise[0]!.F_lotse_wohnungsgeberbestaetigung = file;
      const open = indexedDB.open('lotse');
      const db = await new Promise<IDBDatabase>(
        (done) => (open.onsuccess = () => done(open.result)),
      );
      const tx = db.transaction(['drafts', 'attachments'], 'readwrite');
      const drafts = tx.objectStore('drafts');
      const draft = await new Promise<Record<string, unknown>>((done) => {
        const get = drafts.get(id);
        get.onsuccess = () => done(get.result as Record<string, unknown>);
      });
      drafts.put({ ...draft, answers, status: 'ready', page: '#check' });
      const blob = new Blob([bytes], { type: file.type });
      tx.objectStore('attachments').put({ ...file, id: file.attachmentId, draftId: id, blob });
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    },
    { id: draftId, answers: wohnsitzAnswers(today) },
  );
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ihr Antrag ist fertig' }),
  ).toBeVisible();
  return draftId;
}

test('a checked application sent online gets a reference number from the office at once', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await readyDraft(page);
  await page.getByRole('button', { name: 'Antrag senden' }).click();
  await expect(
    page.getByRole('heading', { name: 'Ihr Antrag ist beim Amt angekommen' }),
  ).toBeVisible();
  const reference = page.getByText(/^LT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
  await expect(reference).toBeVisible();
  // The printout (the citizen's paper proof) carries the office's reference number.
  const number = await reference.textContent();
  await page.getByRole('link', { name: 'Ausdrucken' }).click();
  await expect(page.getByText('Eingangsnummer des Amts')).toBeVisible();
  await expect(page.getByText(number!)).toBeVisible();
});

test('sent offline, the application waits and goes out by itself when the connection returns', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await waitForServiceWorker(page);
  await readyDraft(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Antrag senden' }).click();
  await expect(page.getByText(/Der Antrag wartet auf das Senden/)).toBeVisible();
  await expect(page.getByText(/1 Antrag wartet auf das Senden/)).toBeVisible();

  await context.setOffline(false);
  await expect(
    page.getByRole('heading', { name: 'Ihr Antrag ist beim Amt angekommen' }),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText(/^LT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/)).toBeVisible();
  await expect(page.getByText(/wartet auf das Senden/)).toHaveCount(0);

  // The drafts list on the start page says so, with the reference number.
  const reference = await page.getByText(/^LT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/).textContent();
  await page.goto('/');
  await expect(page.getByText(`Gesendet · Eingangsnummer ${reference}`)).toBeVisible();
});

test('without the office key on the device, "send" says what to do and queues nothing', async ({
  page,
}) => {
  await startApplication(page, '99115005104000');
  await page.waitForURL(/\/draft\//);
  await expect(page.locator('lotse-draft-screen h1')).toBeVisible();
  const draftId = new URL(page.url()).pathname.split('/').pop()!;
  await putWohnsitzAnswers(page, draftId, '#check');
  const screen = page.locator('lotse-draft-screen');
  await screen.locator('#declaration').check();
  await screen.locator('button.confirm').click();
  await expect(screen.locator('button.send')).toBeVisible();
  // The forms download brought the office keys; take them away as if it never had.
  await page.evaluate(async () => {
    const open = indexedDB.open('lotse');
    const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
    const tx = db.transaction('destinations', 'readwrite');
    tx.objectStore('destinations').clear();
    await new Promise((done) => (tx.oncomplete = done));
    db.close();
  });
  await screen.locator('button.send').click();
  await expect(screen.getByRole('alert')).toContainText('Schlüssel des Amts');
  await expect(screen.locator('button.send')).toBeVisible();
  const queued = await page.evaluate(async () => {
    const open = indexedDB.open('lotse');
    const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
    const count = db.transaction('outbox').objectStore('outbox').count();
    const n = await new Promise<number>((done) => (count.onsuccess = () => done(count.result)));
    db.close();
    return n;
  });
  expect(queued).toBe(0);
});

test('sent while another tab holds the outbox, the application goes out as soon as that tab lets go', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await readyDraft(page);
  // Another drainer (a second tab, or the service worker's Background Sync, which plans no
  // retry of its own) holds the outbox lock while "send" is pressed here.
  await page.evaluate(
    () =>
      new Promise<void>((held) => {
        const holder = window as unknown as { letGo?: () => void };
        void navigator.locks.request('lotse-outbox', () => {
          held();
          return new Promise<void>((release) => (holder.letGo = release));
        });
      }),
  );
  await page.getByRole('button', { name: 'Antrag senden' }).click();
  await expect(page.getByText(/Der Antrag wartet auf das Senden/)).toBeVisible();
  // The page's own attempt finds the outbox busy (it answers at once), then the other lets go.
  await page.waitForTimeout(1_500);
  await expect(page.getByText(/Der Antrag wartet auf das Senden/)).toBeVisible();
  await page.evaluate(() => (window as unknown as { letGo: () => void }).letGo());
  // Well before the one-minute timer: the page tried again by itself shortly after.
  await expect(
    page.getByRole('heading', { name: 'Ihr Antrag ist beim Amt angekommen' }),
  ).toBeVisible({ timeout: 15_000 });
});
