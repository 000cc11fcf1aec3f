import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  waitForCatalogue,
  waitForServiceWorker,
  signInAsStaff,
  navigate,
} from './fixtures.ts';
import { fillGuidedApplication } from './support/fill-guided.ts';
import { wohnsitzAnswers } from '../support/authored-answers.ts';
import type { FormStrings } from '../../src/forms/model/form-strings.ts';
import type { JWK } from 'jose';
import type { SubmissionContent, SubmissionRequest } from '../../src/shared/submission.ts';
import { demoKeyFile } from '../support/office-cli.ts';
import { openJwe } from '../support/office-keys.ts';

const today = () => new Date().toISOString().slice(0, 10);
const locale = <T>(lng: string, file: string): T =>
  JSON.parse(readFileSync(new URL(`../../locales/${lng}/${file}`, import.meta.url), 'utf8')) as T;

/** Chooses a UI language in the header and waits until all its files are in the offline cache. */
async function chooseLanguage(page: Page, code: string): Promise<void> {
  await page.locator('#language').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  const files = 11; // six UI namespaces, content, four forms
  await expect
    .poll(
      () =>
        page.evaluate(async (lng) => {
          const cache = await caches.open('lotse-l10n');
          const keys = await cache.keys();
          return keys.filter((request) => request.url.includes(`/assets/l10n/${lng}/`)).length;
        }, code),
      { timeout: 15_000 },
    )
    .toBeGreaterThanOrEqual(files);
}

for (const { code, dir } of [
  { code: 'ar', dir: 'rtl' },
  { code: 'de-x-ls', dir: 'ltr' },
  { code: 'uk', dir: 'ltr' },
]) {
  test(`the whole guided Wohnsitz Anmeldung in ${code}, offline after choosing the language online`, async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    await waitForCatalogue(page);
    await waitForServiceWorker(page);
    await chooseLanguage(page, code);

    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    const content = locale<{ groups: Record<string, string>; services: Record<string, string> }>(
      code,
      'content.json',
    );
    await expect(page.getByRole('link', { name: content.groups['tf-bauen-wohnen'] })).toBeVisible();

    await page.goto('/service/99115005104000');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      content.services['99115005104000']!,
    );
    await page.locator('lotse-service-screen section.apply button').click();

    const strings = locale<FormStrings>(code, 'form-lotse-wohnsitz-anmeldung.json');
    const screen = page.locator('lotse-draft-screen');
    await expect(screen.locator('h1')).toHaveText(strings.elements!.G_lotse_einzug!.label!);
    await expect(
      screen.getByText(strings.elements!.F_lotse_einzugsdatum!.label!, { exact: true }),
    ).toBeVisible();
    await expect(screen.locator('.in-german')).toHaveCount(0);

    const next = await screen.locator('button.next').boundingBox();
    const width = page.viewportSize()!.width;
    if (dir === 'rtl')
      expect(next!.x + next!.width / 2, 'next on the left').toBeLessThan(width / 2);
    else expect(next!.x + next!.width / 2, 'next on the right').toBeGreaterThan(width / 2);

    const pages = await fillGuidedApplication(page, wohnsitzAnswers(today()));
    expect(pages).toBeGreaterThan(10);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
  });
}

test('an untranslated form shows German words marked "in German", never a raw key', async ({
  page,
}) => {
  await page.goto('/');
  await waitForCatalogue(page);
  await chooseLanguage(page, 'en');
  // The imported FIM schema Blaue Karte EU has no translation.
  await page.goto('/service/99010014000000');
  await page.locator('lotse-service-screen section.apply button').click();
  const screen = page.locator('lotse-draft-screen');
  await expect(screen.locator('.in-german-notice')).toHaveText(
    'This form is only available in German, so its questions are shown in German.',
  );
  await expect(screen.locator('[data-path] [lang="de"]').first()).toBeVisible();
  await expect(screen.locator('[data-path] .in-german').first()).toHaveText('(in German)');
  await expect(screen.getByText(/form-S00000121|elements\./)).toHaveCount(0);
});

test('the dual-language view shows the citizen’s language under every kind of question', async ({
  page,
  lotse,
}) => {
  test.setTimeout(120_000);
  // A citizen on their own phone has no second language to choose: the UI language is theirs.
  await page.goto('/');
  await waitForCatalogue(page);
  await page.goto('/service/99107023017001');
  await page.getByRole('button', { name: 'Antrag starten' }).click();
  const screen = page.locator('lotse-draft-screen');
  await expect(screen.getByText(/Frage 1 von \d+/)).toBeVisible();
  await expect(screen.locator('#citizen-language')).toHaveCount(0);

  // Staff helping someone choose the person's language; the consent comes first.
  await signInAsStaff(page, lotse);
  await navigate(page, '/service/99107023017001');
  await page.getByRole('button', { name: 'Antrag starten' }).click();
  await screen.locator('#citizen-language').selectOption('ar');
  await screen.getByRole('button', { name: 'Die Person ist einverstanden' }).click();
  await screen.getByRole('button', { name: 'Ganzes Formular auf einer Seite zeigen' }).click();

  const arabic = locale<FormStrings>('ar', 'form-lotse-wohngeld-erstantrag.json');
  const german = locale<FormStrings>('de', 'form-lotse-wohngeld-erstantrag.json');
  const fields = await screen.locator('[data-path]:not(lotse-repeat-list)').all();
  const kinds = new Set<string>();
  for (const field of fields) {
    const id = (await field.getAttribute('data-path'))!
      .split('.')
      .pop()!
      .replace(/\[\d+\]$/, '');
    const tag = await field.evaluate((element) => element.localName);
    if (tag === 'lotse-info-text') continue;
    kinds.add(tag);
    await expect(field.locator('.label').first()).toContainText(german.elements![id]!.label!);
    const second = field.locator('.label .second-language');
    await expect(second).toHaveAttribute('lang', 'ar');
    await expect(second).toHaveAttribute('dir', 'rtl');
    await expect(second).toHaveText(arabic.elements![id]!.label!);
  }
  expect([...kinds].sort()).toEqual(
    expect.arrayContaining([
      'lotse-choice-field',
      'lotse-date-field',
      'lotse-file-field',
      'lotse-number-field',
      'lotse-select-field',
      'lotse-text-field',
      'lotse-yes-no-field',
    ]),
  );
  // Options of choice questions carry the citizen's words too.
  const radio = screen.locator('lotse-choice-field').first();
  await expect(radio.locator('.option .second-language').first()).toHaveAttribute('lang', 'ar');
});

test('read-aloud speaks the question where the device has a voice, and is absent without one', async ({
  browser,
  baseURL,
}) => {
  for (const voices of [[{ lang: 'de-DE', name: 'Anna', default: true }], []]) {
    const context = await browser.newContext({ baseURL, locale: 'de-DE' });
    await context.addInitScript((list) => {
      const spoken: string[] = [];
      const target = new EventTarget();
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: Object.assign(target, {
          getVoices: () => list,
          speak: (utterance: SpeechSynthesisUtterance) =>
            spoken.push(`${utterance.lang}|${utterance.text}`),
          cancel: () => undefined,
        }),
      });
      (window as unknown as { spoken: string[] }).spoken = spoken;
      // Real utterances accept only real voices; the stub voices need a stub utterance.
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        configurable: true,
        value: class {
          lang = '';
          voice: unknown = null;
          onend: unknown = null;
          onerror: unknown = null;
          constructor(readonly text: string) {}
        },
      });
      // Voices arrive late, as in Chrome.
      setTimeout(() => target.dispatchEvent(new Event('voiceschanged')), 300);
    }, voices);
    const page = await context.newPage();
    await page.goto('/');
    await waitForCatalogue(page);
    await page.goto('/service/99115005104000');
    await page.getByRole('button', { name: 'Antrag starten' }).click();
    const button = page.getByRole('button', { name: 'Vorlesen' });
    if (voices.length === 0) {
      await page.waitForTimeout(600);
      await expect(button).toHaveCount(0);
    } else {
      await button.click();
      const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
      expect(spoken).toHaveLength(1);
      expect(spoken[0]).toContain('de-DE|Einzug');
      expect(spoken[0]).toContain('Wann sind Sie in die Wohnung eingezogen?');
    }
    await context.close();
  }
});

test('an application filled in Arabic reaches the office with German labels and answers as typed', async ({
  page,
  context,
  lotse,
}) => {
  test.setTimeout(180_000);
  const bodies: string[] = [];
  context.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/v1/submissions')) {
      bodies.push(request.postData() ?? '');
    }
  });
  await page.goto('/');
  await waitForCatalogue(page);
  await chooseLanguage(page, 'ar');
  await page.goto('/service/99115005104000');
  await page.locator('lotse-service-screen section.apply button').click();
  await fillGuidedApplication(page, wohnsitzAnswers(today()));
  await page.locator('lotse-draft-screen button.send').click();
  await expect(page.locator('lotse-draft-screen .receipt .reference')).toBeVisible({
    timeout: 30_000,
  });

  expect(bodies.length).toBeGreaterThan(0);
  const request = JSON.parse(bodies[0]!) as SubmissionRequest;
  expect(bodies[0]).not.toContain('Lindenstraße');
  // What the office reads after decrypting with its key (the demo key of this server).
  const key = JSON.parse(readFileSync(await demoKeyFile(lotse.dataDir), 'utf8')) as JWK;
  const opened = await openJwe(request.content, key);
  const sent = JSON.parse(opened.plaintext.toString('utf8')) as SubmissionContent;
  const document = sent.document;
  expect(document.language).toBe('de');
  expect(document.title).toBe('Wohnung anmelden');
  const rows = JSON.stringify(document.sections);
  expect(rows).toContain('"label":"Straße","value":"Lindenstraße"');
  expect(rows).toContain('"label":"Wann sind Sie in die Wohnung eingezogen?"');
  expect(rows).toContain('"value":"Hauptwohnung"');
  expect(rows, 'no Arabic words in what the office reads').not.toMatch(/[\u0600-\u06ff]/);
  // The drafts list names the application in the UI language.
  await page.goto('/');
  const arabic = locale<FormStrings>('ar', 'form-lotse-wohnsitz-anmeldung.json');
  await expect(page.locator('lotse-drafts-list h3').first()).toHaveText(arabic.title!);
  expect(sent.answers.G_lotse_einzug).toEqual([
    expect.objectContaining({ F_lotse_wohnungsart: 'haupt' }),
  ]);
});
