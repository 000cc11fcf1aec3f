import {
  test,
  expect,
  waitForCatalogue,
  waitForServiceWorker,
  startApplication,
  putWohnsitzAnswers,
  readyWohnsitzDraft,
} from './fixtures.ts';

test('a checked application sent online gets a reference number from the office at once', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await readyWohnsitzDraft(page);
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
  await readyWohnsitzDraft(page);
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
  await putWohnsitzAnswers(page, draftId, { at: '#check' });
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
  await readyWohnsitzDraft(page);
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
