import type { Page } from '@playwright/test';
import {
  test,
  expect,
  waitForCatalogue,
  waitForServiceWorker,
  expectAccessible,
  next,
  startApplication,
  putWohnsitzAnswers,
} from './fixtures.ts';

async function fillDate(page: Page, group: string, day: string, month: string, year: string) {
  const fieldset = page.getByRole('group', { name: group });
  await fieldset.getByRole('textbox', { name: 'Tag' }).fill(day);
  await fieldset.getByRole('textbox', { name: 'Monat' }).fill(month);
  await fieldset.getByRole('textbox', { name: 'Jahr' }).fill(year);
}

/** A small PNG photo, as a tablet camera would deliver (here generated in the page). */
async function photo(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#0b5d7a';
    context.fillRect(0, 0, 640, 480);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

test('Wohnsitz Anmeldung in guided mode, offline: one question per page to a checked application', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await waitForCatalogue(page);
  await waitForServiceWorker(page);
  await page.goto('/service/99115005104000');
  await page.getByRole('button', { name: 'Antrag starten' }).click();
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
  await context.setOffline(true);

  // Date (GOV.UK day / month / year): an empty answer gets a clear error first.
  await next(page);
  await expect(page.getByRole('alert').getByText('Es gibt ein Problem')).toBeVisible();
  await expectAccessible(page, 'a date question with an error');
  await fillDate(page, 'Wann sind Sie in die Wohnung eingezogen?', '3', '11', '2026');
  await next(page);

  await expectAccessible(page, 'a radio question');
  await page.getByRole('radio', { name: 'Hauptwohnung' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'Nein' }).check();
  await next(page);

  await expectAccessible(page, 'a text question');
  await page.getByRole('textbox', { name: 'Straße' }).fill('Kampstraße');
  await next(page);
  await page.getByRole('textbox', { name: 'Hausnummer' }).fill('12a');
  await next(page);
  await next(page); // Adresszusatz is optional
  await page.getByRole('textbox', { name: 'Postleitzahl' }).fill('4413');
  await next(page);
  await expect(page.getByRole('alert')).toContainText('Postleitzahl');
  await page.getByRole('textbox', { name: 'Postleitzahl' }).fill('44137');
  await next(page);
  await page.getByRole('textbox', { name: 'Ort' }).fill('Dortmund');
  await next(page);

  // A yes/no answer decides which questions follow.
  await page.getByRole('radio', { name: 'Nein' }).check();
  await next(page);
  await page.getByRole('textbox', { name: 'Straße der bisherigen Wohnung' }).fill('Hauptstraße');
  await next(page);
  await page.getByRole('textbox', { name: 'Hausnummer der bisherigen Wohnung' }).fill('1');
  await next(page);
  await page.getByRole('textbox', { name: 'Postleitzahl der bisherigen Wohnung' }).fill('10115');
  await next(page);
  await page.getByRole('textbox', { name: 'Ort der bisherigen Wohnung' }).fill('Berlin');
  await next(page);

  // The household: a repeatable group with one person.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Personen, die einziehen' }),
  ).toBeVisible();
  await expectAccessible(page, 'a repeatable group');
  await page.getByRole('textbox', { name: 'Familienname' }).fill('Haddad');
  await page.getByRole('textbox', { name: 'Vornamen' }).fill('Amira');
  await fillDate(page, 'Geburtsdatum', '14', '2', '1990');
  await page.getByRole('textbox', { name: 'Geburtsort' }).fill('Aleppo');
  await page.getByRole('radio', { name: 'weiblich' }).check();
  await page.getByRole('combobox', { name: 'Staatsangehörigkeit' }).selectOption({ index: 1 });
  await next(page);

  // A document photo, downscaled and stored on the device.
  await expectAccessible(page, 'a file question');
  await page.locator('input[type=file]').setInputFiles({
    name: 'wohnungsgeber.png',
    mimeType: 'image/png',
    buffer: await photo(page),
  });
  await expect(page.getByRole('button', { name: 'Entfernen wohnungsgeber.png' })).toBeVisible();
  await next(page);
  await next(page); // e-mail is optional
  await next(page); // phone is optional

  await expect(
    page.getByRole('heading', { level: 1, name: 'Prüfen Sie Ihre Angaben' }),
  ).toBeVisible();
  await expect(page.getByText('Kampstraße')).toBeVisible();
  await expect(page.getByText('Haddad')).toBeVisible();
  await expect(page.getByText('03.11.2026')).toBeVisible();
  await expect(page.getByText('wohnungsgeber.png')).toBeVisible();
  await expectAccessible(page, 'check your answers');
  // The declaration must be made; without it the error summary says what to do.
  await page.getByRole('button', { name: 'Angaben bestätigen' }).click();
  await expect(page.getByRole('alert')).toContainText('Erklärung');
  await expectAccessible(page, 'the declaration error');
  await page.getByRole('checkbox', { name: /Ich erkläre/ }).check();
  await page.getByRole('checkbox', { name: /Angaben zu Name, Anschrift und Kontakt/ }).check();
  await page.getByRole('button', { name: 'Angaben bestätigen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ihr Antrag ist fertig' }),
  ).toBeVisible();
  await expectAccessible(page, 'the ready page');

  // Asked only once: two other forms start with the saved name and address, marked for checking.
  for (const [service, person, address] of [
    ['99107023017001', 'G_lotse_antragsteller[0]', 'G_lotse_wohnung[0]'],
    ['99041004034000', 'G_lotse_eltern[0]', 'G_lotse_wohnort[0]'],
  ] as const) {
    await page.goto(`/service/${service}`);
    await page.getByRole('button', { name: 'Antrag starten' }).click();
    await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
    const draft = await readDraft(page, page.url().split('/').pop()!);
    expect(draft.prefilled).toEqual(
      expect.arrayContaining([`${person}.F00000013`, `${address}.F00000053`]),
    );
    expect(JSON.stringify(draft.answers)).toContain('"Haddad"');
    expect(JSON.stringify(draft.answers)).toContain('"Kampstraße"');
    if (person === 'G_lotse_antragsteller[0]') {
      // Wohngeld starts with the applicant's name: shown filled in, with a request to check it.
      await expect(page.getByRole('textbox', { name: 'Familienname' })).toHaveValue('Haddad');
      await expect(page.getByText(/Aus Ihren gespeicherten Angaben übernommen/)).toBeVisible();
    }
  }
});

/** A draft row as stored in IndexedDB (read with the plain IndexedDB API). */
async function readDraft(
  page: Page,
  id: string,
): Promise<{ answers: Record<string, unknown>; prefilled: string[] }> {
  return page.evaluate(async (draftId) => {
    const request = indexedDB.open('lotse');
    const db = await new Promise<IDBDatabase>((resolve) => {
      request.onsuccess = () => resolve(request.result);
    });
    const get = db.transaction('drafts').objectStore('drafts').get(draftId);
    const row = await new Promise<{ answers: Record<string, unknown>; prefilled: string[] }>(
      (resolve) => (get.onsuccess = () => resolve(get.result as never)),
    );
    db.close();
    return row;
  }, id);
}

test('"I don\'t know – ask staff" lets the citizen go on and keeps the question for later', async ({
  page,
}) => {
  await startApplication(page, '99115005104000');
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
  const ask = page.getByRole('button', { name: 'Weiß ich nicht – Mitarbeitende fragen' });
  await ask.click();
  await expect(ask).toHaveAttribute('aria-pressed', 'true');
  await next(page);
  await expect(page.getByText(/Frage 2 von \d+/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  const draft = await readDraft(page, page.url().split('/').pop()!);
  expect((draft as unknown as { askStaff: string[] }).askStaff).toEqual([
    'G_lotse_einzug[0].F_lotse_einzugsdatum',
  ]);
});

test('on the check page every person of the list has a change link back to the list', async ({
  page,
}) => {
  await startApplication(page, '99115005104000');
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
  await putWohnsitzAnswers(page, page.url().split('/').pop()!, { at: '#check' });
  const screen = page.locator('lotse-draft-screen');
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Prüfen Sie Ihre Angaben');
  // Two people move in: each has its own "Ändern", named for screen readers.
  await expect(
    screen.getByRole('button', { name: 'Ändern Personen, die einziehen' }),
  ).toBeVisible();
  const second = screen.getByRole('button', { name: 'Ändern Person 2' });
  await expect(second).toBeVisible();
  await second.click();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Personen, die einziehen');
  await expect(screen.getByText(/Frage \d+ von \d+/)).toBeVisible();
});

test('on the whole form too, a change that cannot be stored is said clearly and stays on screen', async ({
  page,
}) => {
  await startApplication(page, '99115005104000');
  await page.getByRole('button', { name: 'Ganzes Formular auf einer Seite zeigen' }).click();
  const street = page.getByRole('textbox', { name: 'Straße', exact: true });
  await street.fill('Lindenstraße');
  await expect(page.getByRole('alert')).toHaveCount(0);
  // Another tab deleted this draft meanwhile: the next change has nowhere to go.
  const draftId = page.url().split('/').pop()!;
  await page.evaluate(async (id) => {
    const open = indexedDB.open('lotse');
    const db = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
    const tx = db.transaction('drafts', 'readwrite');
    tx.objectStore('drafts').delete(id);
    await new Promise((done) => (tx.oncomplete = done));
    db.close();
  }, draftId);
  await street.fill('Lindenstraße 5');
  await expect(page.getByRole('alert')).toContainText(
    'Diesen Antrag gibt es auf diesem Gerät nicht',
  );
  await expect(street).toHaveValue('Lindenstraße 5');
});

test('staff can show the whole form with one error summary that links to each field', async ({
  page,
}) => {
  await startApplication(page, '99115005104000');
  await page.getByRole('button', { name: 'Ganzes Formular auf einer Seite zeigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wohnung anmelden' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Neue Wohnung' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Hausnummer', exact: true }).fill('12a');

  await page.getByRole('button', { name: 'Angaben prüfen' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  expect(await summary.getByRole('link').count()).toBeGreaterThan(5);
  await expectAccessible(page, 'the full form with errors');
  await summary
    .getByRole('link', { name: /Straße/ })
    .first()
    .click();
  await expect(page.getByRole('textbox', { name: 'Straße', exact: true })).toBeFocused();
  // The answer typed in full mode is the same draft answer the guided mode shows.
  await page.getByRole('button', { name: 'Eine Frage pro Seite zeigen' }).click();
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
});

test('the imported FIM schema Blaue Karte EU renders and validates in the browser', async ({
  page,
}) => {
  await startApplication(page, '99010014000000');
  await expect(page.getByText('Persönliche Angaben zum Antragsteller')).toBeVisible();
  await page.getByRole('button', { name: 'Ganzes Formular auf einer Seite zeigen' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Antrag auf Blaue Karte EU' }),
  ).toBeVisible();
  // Code lists that XDatenfelder 2.0 only references are asked as text.
  await expect(page.getByRole('textbox', { name: 'Geschlecht' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Familienname' }).first().fill('Okafor');
  await page.getByRole('button', { name: 'Angaben prüfen' }).click();
  await expect(page.getByRole('alert')).toContainText('Vorname');
  await expect(page.getByRole('alert')).not.toContainText('Familienname');
  await expectAccessible(page, 'the imported Blaue Karte form');
});
