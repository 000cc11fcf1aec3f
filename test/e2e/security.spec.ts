import type { Page } from '@playwright/test';
import {
  test,
  expect,
  expectAccessible,
  next,
  waitForCatalogue,
  enrollmentCode,
  navigate,
  putDraftAnswers,
} from './fixtures.ts';
import { wohnsitzAnswers } from '../support/authored-answers.ts';

/**
 * Shared tablets and personal data, through the UI in real Chromium against the real server:
 * lock screen, PINs and profiles, auto-lock, consent, retention and "delete everything about
 * this person". Every test runs in a fresh browser context; shortened times come from
 * localStorage `lotse.securitySettings`.
 */

const WOHNSITZ = '99115005104000';
const PIN = '258046';
const OTHER_PIN = '917352';
const WRONG_PIN = '864209';

/** Sets `lotse.securitySettings` before the app starts (on every navigation of the context). */
async function useSettings(page: Page, settings: Record<string, number>): Promise<void> {
  await page.addInitScript((value) => {
    localStorage.setItem('lotse.securitySettings', value);
  }, JSON.stringify(settings));
}

/** Changes `lotse.securitySettings` in the running page (read again at the next unlock). */
async function storeSettings(page: Page, settings: Record<string, number>): Promise<void> {
  await page.evaluate((value) => {
    localStorage.setItem('lotse.securitySettings', value);
  }, JSON.stringify(settings));
}

/** The header's lock button, present while a profile is unlocked. */
const lockButton = (page: Page) => page.getByRole('button', { name: 'Sperren', exact: true });

/** Protects this phone's drafts with a passphrase (a citizen profile) on /einrichten. */
async function protectWithPassword(page: Page, pin = PIN): Promise<void> {
  await page.getByRole('link', { name: 'Gerät und Datenschutz' }).click();
  const section = page.getByRole('region', { name: 'Meine Anträge mit einem Passwort schützen' });
  await section.getByLabel('PIN oder Passwort', { exact: true }).fill(pin);
  await section.getByLabel('PIN oder Passwort wiederholen').fill(pin);
  await section.getByRole('button', { name: 'Mit Passwort schützen' }).click();
  await expect(lockButton(page)).toBeVisible();
}

/** Fills the profile form (name, PIN twice) and creates the profile. */
async function createProfile(page: Page, name: string, pin: string): Promise<void> {
  const form = page.locator('lotse-profile-form');
  await form.getByLabel('Ihr Name').fill(name);
  await form.getByLabel('PIN oder Passwort', { exact: true }).fill(pin);
  await form.getByLabel('PIN oder Passwort wiederholen').fill(pin);
  await form.getByRole('button', { name: 'Profil anlegen' }).click();
  await expect(page.getByRole('banner').getByText(`Profil: ${name}`)).toBeVisible();
}

const lockScreen = (page: Page) => page.locator('lotse-lock-screen');

/** Types a PIN on the lock screen (for the named profile, if given) and presses "Entsperren". */
async function tryPin(page: Page, pin: string, profile?: string): Promise<void> {
  const screen = lockScreen(page);
  if (profile) await screen.getByRole('radio', { name: profile }).check();
  await screen.getByLabel('PIN oder Passwort').fill(pin);
  await screen.getByRole('button', { name: 'Entsperren' }).click();
}

/** Unlocks and waits until the app is back. */
async function unlock(page: Page, pin: string, profile?: string): Promise<void> {
  await tryPin(page, pin, profile);
  await expect(lockButton(page)).toBeVisible();
}

/** Starts a Wohnsitz Anmeldung from the service page without reloading; returns the draft id. */
async function startWohnsitz(page: Page): Promise<string> {
  await navigate(page, `/service/${WOHNSITZ}`);
  await page.getByRole('button', { name: 'Antrag starten' }).click();
  await page.waitForURL(/\/draft\//);
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Answers the first questions and types `street` and `number` (left unsent on page 5). */
async function fillToHouseNumber(page: Page, street: string, number: string): Promise<void> {
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
  const date = page.getByRole('group', { name: 'Wann sind Sie in die Wohnung eingezogen?' });
  await date.getByRole('textbox', { name: 'Tag' }).fill('3');
  await date.getByRole('textbox', { name: 'Monat' }).fill('11');
  await date.getByRole('textbox', { name: 'Jahr' }).fill('2025');
  await next(page);
  await page.getByRole('radio', { name: 'Hauptwohnung' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'Nein' }).check();
  await next(page);
  await page.getByRole('textbox', { name: 'Straße' }).fill(street);
  await next(page);
  await expect(page.getByText(/Frage 5 von \d+/)).toBeVisible();
  // The move to this page is stored first, then the house number: wait for each to land, so
  // nothing locks before the sealed save of the last change.
  const draftId = new URL(page.url()).pathname.split('/').pop()!;
  const at = await page.locator('lotse-draft-screen [data-path]').first().getAttribute('data-path');
  await expect.poll(async () => (await storedDraft(page, draftId)).page).toBe(at);
  const before = (await storedDraft(page, draftId)).updatedAt;
  await page.getByRole('textbox', { name: 'Hausnummer' }).fill(number);
  await expect
    .poll(async () => (await storedDraft(page, draftId)).updatedAt)
    .toBeGreaterThan(before);
}

/** The parts of a draft's row that stay readable without the key: its page and last write. */
async function storedDraft(
  page: Page,
  draftId: string,
): Promise<{ page?: string; updatedAt: number }> {
  return page.evaluate(async (id) => {
    const open = indexedDB.open('lotse');
    const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
    const get = db.transaction('drafts').objectStore('drafts').get(id);
    const row = await new Promise<{ page?: string; updatedAt?: number } | undefined>(
      (done) => (get.onsuccess = () => done(get.result as { page?: string; updatedAt?: number })),
    );
    db.close();
    return { page: row?.page, updatedAt: row?.updatedAt ?? 0 };
  }, draftId);
}

/**
 * Reads every object store of the app's database with the raw IndexedDB API (no Dexie, no
 * keys): strings as they are, Blobs by their text, binary as UTF-8. Returns which `needles`
 * occur anywhere, and the row count of every store.
 */
async function rawSearch(page: Page, needles: string[]) {
  return page.evaluate(async (wanted) => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((done, fail) => {
        req.onsuccess = () => done(req.result);
        req.onerror = () => fail(req.error ?? new Error('IndexedDB request failed'));
      });
    const asText = async (value: unknown): Promise<string> => {
      if (value instanceof Blob) return `Blob(${await value.text()})`;
      if (value instanceof ArrayBuffer) return new TextDecoder().decode(value);
      if (ArrayBuffer.isView(value)) {
        return new TextDecoder().decode(
          new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
        );
      }
      if (Array.isArray(value)) return `[${(await Promise.all(value.map(asText))).join(',')}]`;
      if (typeof value === 'object' && value !== null) {
        const entries = await Promise.all(
          Object.entries(value).map(async ([key, item]) => `${key}=${await asText(item)}`),
        );
        return `{${entries.join(',')}}`;
      }
      return String(value);
    };
    const db = await request(indexedDB.open('lotse'));
    const found = new Set<string>();
    const counts: Record<string, number> = {};
    const rows: Record<string, string[]> = {};
    try {
      for (const name of Array.from(db.objectStoreNames)) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const keys = await request(store.getAllKeys());
        const values = await request(store.getAll());
        counts[name] = values.length;
        rows[name] = keys.map((key) => JSON.stringify(key));
        for (const [index, value] of values.entries()) {
          const text = `${JSON.stringify(keys[index])} ${await asText(value)}`;
          for (const needle of wanted) if (text.includes(needle)) found.add(needle);
        }
      }
    } finally {
      db.close();
    }
    return { found: [...found].sort(), counts, keys: rows };
  }, needles);
}

/** Complete Wohnsitz answers for an applicant with this surname. */
function answersFor(surname: string) {
  return JSON.parse(
    JSON.stringify(wohnsitzAnswers(new Date().toISOString().slice(0, 10))).replaceAll(
      'Haddad',
      surname,
    ),
  ) as unknown;
}

test('a locked draft leaves no marker in IndexedDB, and the PIN brings it back on the same step', async ({
  page,
}) => {
  const markers = ['Markerstrasse-Q7XK', 'Hausnummer-Z9WV'];
  await page.goto('/');
  await waitForCatalogue(page);
  await protectWithPassword(page);
  await startWohnsitz(page);
  await fillToHouseNumber(page, markers[0]!, markers[1]!);

  await lockButton(page).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lotse ist gesperrt' })).toBeFocused();
  await expect(page).toHaveTitle('Lotse — gesperrt');
  await expect(page).toHaveURL(/\/draft\//);
  // Nothing of the draft on the lock screen: no title, no answers, no drafts list.
  await expect(page.locator('main')).not.toContainText('Wohnung');
  await expect(page.locator('lotse-draft-screen, lotse-drafts-list')).toHaveCount(0);
  await expectAccessible(page, 'the lock screen');

  const dump = await rawSearch(page, [...markers, 'Meine Anträge']);
  // The profile's name is in clear (the lock screen lists it): proof the dump reads everything.
  expect(dump.found).toEqual(['Meine Anträge']);
  expect(dump.counts.drafts).toBe(1);

  await unlock(page, PIN);
  await expect(page.getByText(/Frage 5 von \d+/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Hausnummer' })).toHaveValue(markers[1]!);
  await expect(page).not.toHaveTitle(/gesperrt/);
});

test('auto-lock after a shortened idle time, and after the app was hidden past its grace', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await protectWithPassword(page);
  await startWohnsitz(page);
  await fillToHouseNumber(page, 'Idlestrasse', '7');

  // The times are read when a profile unlocks: 1.5 s idle from the next unlock on.
  await storeSettings(page, { idleMs: 1_500 });
  await lockButton(page).click();
  await unlock(page, PIN);
  await expect(page.getByText(/Frage 5 von \d+/)).toBeVisible();
  // No input from here on: the lock screen comes by itself.
  await expect(page.getByRole('heading', { level: 1, name: 'Lotse ist gesperrt' })).toBeVisible({
    timeout: 5_000,
  });
  await expect(page).toHaveTitle('Lotse — gesperrt');
  await expect(page.locator('main')).not.toContainText('Idlestrasse');

  // Hidden (another app in front) longer than the grace period (0 here) locks as well; a long
  // idle time now, so that it is the hiding that locks.
  await storeSettings(page, { idleMs: 600_000, hiddenGraceMs: 0 });
  await unlock(page, PIN);
  await expect(page.getByText(/Frage 5 von \d+/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Hausnummer' })).toHaveValue('7');
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Lotse ist gesperrt' })).toBeVisible();
});

test('wrong PINs slow down, warn before the last tries, and wipe the profile after the configured number', async ({
  page,
}) => {
  await useSettings(page, { maxAttempts: 7 });
  await page.goto('/');
  await waitForCatalogue(page);
  await protectWithPassword(page);
  await startWohnsitz(page);
  await fillToHouseNumber(page, 'Wipestrasse-K2', '3');
  await lockButton(page).click();

  const screen = lockScreen(page);
  const alert = screen.getByRole('alert');
  const warning = screen.locator('.warning');
  const countdown = screen.locator('.countdown');
  for (const left of [6, 5, 4]) {
    await tryPin(page, WRONG_PIN);
    await expect(alert).toHaveText(`Die PIN ist falsch. Sie haben noch ${left} Versuche.`);
    await expect(warning).toHaveCount(0);
  }
  // Past the free tries each wrong PIN costs a growing delay (1 s, 2 s, 4 s) ...
  await tryPin(page, WRONG_PIN);
  await expect(alert).toContainText('Sie haben noch 3 Versuche.');
  // ... and from now on a warning stands before every try.
  await expect(warning).toHaveText(
    'Warnung: Nach 3 weiteren falschen Eingaben werden alle Anträge dieses Profils auf diesem Gerät gelöscht.',
  );
  await expect(page.getByLabel('PIN oder Passwort')).toBeFocused();
  await expectAccessible(page, 'the lock screen with the wipe warning');
  await expect(countdown).toHaveCount(0, { timeout: 5_000 });
  await tryPin(page, WRONG_PIN);
  await expect(alert).toContainText('Sie haben noch 2 Versuche.');
  await expect(countdown).toHaveCount(0, { timeout: 5_000 });
  await tryPin(page, WRONG_PIN);
  await expect(alert).toContainText('Sie haben noch 1 Versuch.');
  await expect(warning).toContainText('Nach einer weiteren falschen Eingabe');
  await expect(countdown).toHaveText(
    /Bitte warten Sie \d Sekunden?\. Dann können Sie es wieder versuchen\./,
  );
  // A try during the delay (Enter: the button says it is disabled) is refused and not counted.
  await screen.getByLabel('PIN oder Passwort').fill(WRONG_PIN);
  await screen.getByLabel('PIN oder Passwort').press('Enter');
  await expect(alert).toHaveText(/^Bitte warten Sie \d Sekunden?\./);
  await expect(countdown).toHaveCount(0, { timeout: 8_000 });
  await expect(screen.getByRole('status')).toHaveText('Sie können es jetzt wieder versuchen.');
  expect((await rawSearch(page, [])).counts.drafts).toBe(1);

  await tryPin(page, WRONG_PIN);
  await expect(alert).toHaveText(
    'Zu viele falsche Eingaben: Das Profil „Meine Anträge“ und alle seine Anträge wurden von diesem Gerät gelöscht.',
  );
  const dump = await rawSearch(page, ['profile:', 'Meine Anträge']);
  expect(dump.found).toEqual([]);
  expect(dump.counts).toMatchObject({ drafts: 0, attachments: 0, outbox: 0 });

  // The device is open again (no profile left): the app comes back without drafts.
  await screen.getByRole('button', { name: 'Weiter' }).click();
  await expect(lockButton(page)).toHaveCount(0);
  await navigate(page, '/');
  await waitForCatalogue(page);
  await expect(
    page.getByRole('heading', { name: 'Weitermachen, wo Sie aufgehört haben' }),
  ).toHaveCount(0);
});

test('an enrolled tablet: each staff member has a profile, asks consent first, and sees only their own drafts', async ({
  page,
  lotse,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await waitForCatalogue(page);
  await page.getByRole('link', { name: 'Gerät und Datenschutz' }).click();
  await expectAccessible(page, 'the device and privacy settings');
  const enroll = page.getByRole('region', { name: 'Dieses Gerät für Mitarbeitende einrichten' });
  await enroll.getByLabel('Code zum Einrichten').fill('AAAAA-AAAAA');
  await enroll.getByRole('button', { name: 'Gerät einrichten' }).click();
  await expect(
    enroll.getByText('Diesen Code kennt der Server nicht.', { exact: false }),
  ).toBeVisible();
  await expect(enroll.getByLabel('Code zum Einrichten')).toBeFocused();
  await enroll.getByLabel('Code zum Einrichten').fill(await enrollmentCode(lotse));
  await enroll.getByRole('button', { name: 'Gerät einrichten' }).click();

  // A staff tablet without a profile asks for one before anything else.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Legen Sie Ihr Profil an' }),
  ).toBeFocused();
  await expectAccessible(page, 'the first staff profile');
  const form = page.locator('lotse-profile-form');
  await form.getByLabel('Ihr Name').fill('Anna');
  await form.getByLabel('PIN oder Passwort', { exact: true }).fill('123456');
  await form.getByLabel('PIN oder Passwort wiederholen').fill('123456');
  await form.getByRole('button', { name: 'Profil anlegen' }).click();
  await expect(
    form.getByText('Diese PIN ist zu leicht zu erraten.', { exact: false }),
  ).toBeVisible();
  await expect(form.getByLabel('PIN oder Passwort', { exact: true })).toBeFocused();
  await expectAccessible(page, 'the profile form with an error');
  await createProfile(page, 'Anna', PIN);

  // Consent comes before the first question, in the citizen's language and the staff's.
  const annasDraft = await startWohnsitz(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bevor es losgeht: Einverständnis' }),
  ).toBeVisible();
  await expect(page.getByText(/Frage 1 von/)).toHaveCount(0);
  await page.getByLabel('Sprache der Person, die den Antrag stellt').selectOption('en');
  await expect(page.locator('section.consent-text[lang="en"]')).toContainText(
    'What happens to your data',
  );
  await expect(page.locator('section.consent-text[lang="de"]')).toContainText(
    'Was mit Ihren Daten passiert',
  );
  await expectAccessible(page, 'the consent page');
  await page.getByRole('button', { name: 'Die Person ist einverstanden' }).click();
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
  const date = page.getByRole('group', { name: 'Wann sind Sie in die Wohnung eingezogen?' });
  await date.getByRole('textbox', { name: 'Tag' }).fill('3');
  await page.waitForTimeout(300);
  // The consent is stored with the case, sealed: nothing of it in clear.
  const row = await page.evaluate(async (id) => {
    const open = indexedDB.open('lotse');
    const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
    const get = db.transaction('drafts').objectStore('drafts').get(id);
    const found = await new Promise<Record<string, unknown>>(
      (done) => (get.onsuccess = () => done(get.result as Record<string, unknown>)),
    );
    db.close();
    return { keys: Object.keys(found).sort(), ownerId: found.ownerId };
  }, annasDraft);
  expect(row.keys).not.toContain('consent');
  expect(row.keys).toContain('sealed');

  // Staff B on the same tablet.
  await lockButton(page).click();
  await expect(lockScreen(page).getByRole('radio', { name: 'Anna' })).toBeVisible();
  await lockScreen(page).getByRole('button', { name: 'Neues Profil' }).click();
  await expect(
    lockScreen(page).getByRole('heading', { name: 'Neues Profil anlegen' }),
  ).toBeFocused();
  await expectAccessible(page, 'profile creation on the lock screen');
  await createProfile(page, 'Bert', OTHER_PIN);
  // Back on Anna's URL as Bert: the draft does not exist for him.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Diesen Antrag gibt es auf diesem Gerät nicht' }),
  ).toBeVisible();
  await navigate(page, '/');
  await waitForCatalogue(page);
  await expect(
    page.getByRole('heading', { name: 'Weitermachen, wo Sie aufgehört haben' }),
  ).toHaveCount(0);

  // Opened by its address after a restart: Bert unlocks and still finds nothing.
  await page.goto(`/draft/${annasDraft}`);
  await expect(lockScreen(page).getByRole('radio')).toHaveCount(2);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await unlock(page, OTHER_PIN, 'Bert');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Diesen Antrag gibt es auf diesem Gerät nicht' }),
  ).toBeVisible();

  // Anna, on the same address: her draft, consent already given, on the page she left.
  await lockButton(page).click();
  await unlock(page, PIN, 'Anna');
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
  const owners = await rawSearch(page, [row.ownerId as string]);
  expect(owners.found).toEqual([row.ownerId]);
});

test('retention: with 0 days, a sent application leaves the device after the receipt', async ({
  page,
}) => {
  await useSettings(page, { sentDays: 0 });
  await page.goto('/');
  await waitForCatalogue(page);
  const id = await startWohnsitz(page);
  await putDraftAnswers(page, id, {
    answers: answersFor('Retention'),
    status: 'ready',
    at: '#check',
    document: { text: '%PDF-1.4 Wohnungsgeber' },
  });
  // Protection switched on after the draft was made: the new profile takes the draft over.
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ihr Antrag ist fertig' }),
  ).toBeVisible();
  await protectWithPassword(page);
  await navigate(page, `/draft/${id}`);
  await page.getByRole('button', { name: 'Antrag senden' }).click();
  await expect(
    page.getByRole('heading', { name: 'Ihr Antrag ist beim Amt angekommen' }),
  ).toBeVisible();
  expect((await rawSearch(page, [id])).found).toEqual([id]);

  // The next start applies the rules (no PIN needed): the sent application is gone.
  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
  const dump = await rawSearch(page, [id, 'Retention']);
  expect(dump.found).toEqual([]);
  expect(dump.counts).toMatchObject({ drafts: 0, attachments: 0, outbox: 0, outboxFiles: 0 });
  await unlock(page, PIN);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Diesen Antrag gibt es auf diesem Gerät nicht' }),
  ).toBeVisible();
});

test('"delete everything about this person" leaves no record of them in any table', async ({
  page,
}) => {
  test.setTimeout(90_000);
  // Unsent drafts are flagged at once (the warning shows), deleted only 7 days later.
  await useSettings(page, { staleDays: 0 });
  const person = 'Loeschperson';
  const other = 'Bleibperson';
  await page.goto('/');
  await waitForCatalogue(page);

  // The person's first application is sent, the second is still a draft; another person's stays.
  const sent = await startWohnsitz(page);
  await putDraftAnswers(page, sent, {
    answers: answersFor(person),
    status: 'ready',
    at: '#check',
    document: { text: `%PDF-1.4 ${person}-beleg` },
  });
  await page.reload();
  await page.getByRole('button', { name: 'Antrag senden' }).click();
  await expect(
    page.getByRole('heading', { name: 'Ihr Antrag ist beim Amt angekommen' }),
  ).toBeVisible();
  const second = await startWohnsitz(page);
  await putDraftAnswers(page, second, {
    answers: answersFor(person),
    document: { text: `%PDF-1.4 ${person}-zweiter` },
  });
  const kept = await startWohnsitz(page);
  await putDraftAnswers(page, kept, { answers: answersFor(other) });
  // Saved details of the person (for prefill), as the check page stores them.
  await page.evaluate(async (surname) => {
    const open = indexedDB.open('lotse');
    const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
    const tx = db.transaction('profile', 'readwrite');
    tx.objectStore('profile').put({
      key: 'self',
      values: {
        'person.familienname': surname,
        'person.vornamen': 'Amira',
        'person.geburtsdatum': { day: '12', month: '4', year: '1990' },
      },
      updatedAt: Date.now(),
    });
    await new Promise((done) => (tx.oncomplete = done));
    db.close();
  }, person);

  await page.goto('/');
  await waitForCatalogue(page);
  const before = await rawSearch(page, [person, other, sent, second]);
  expect(before.found).toEqual([other, person, sent, second].sort());
  // Retention flagged the unsent drafts: each warns with its deletion date.
  const inWeek = new Intl.DateTimeFormat('de', { dateStyle: 'long' }).format(
    Date.now() + 7 * 24 * 60 * 60 * 1000,
  );
  await expect(page.getByText(`Er wird am ${inWeek} von diesem Gerät gelöscht`)).toHaveCount(2);

  const entry = page.locator('lotse-drafts-list li.draft').filter({
    has: page.locator(`a[href="/draft/${second}"]`),
  });
  await entry.getByRole('button', { name: /Alles zu dieser Person löschen/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Alles zu dieser Person löschen?' });
  await expect(dialog).toContainText('alle anderen Anträge für dieselbe Person');
  await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await expectAccessible(page, 'the delete-person dialog');
  await dialog.getByRole('button', { name: 'Alles löschen' }).click();
  await expect(page.locator('lotse-drafts-list').getByRole('status')).toHaveText(
    'Von diesem Gerät gelöscht: 2 Anträge, 2 Dokumente, 1 Eintrag im Postausgang und die gespeicherten persönlichen Angaben.',
  );

  const after = await rawSearch(page, [person, other, sent, second, kept]);
  expect(after.found).toEqual([other, kept].sort());
  expect(after.counts).toMatchObject({
    drafts: 1,
    attachments: 0,
    outbox: 0,
    outboxFiles: 0,
    profile: 0,
  });
  await expect(page.locator(`a[href="/draft/${kept}"]`)).toBeVisible();
});
