import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { startLotseServer, type LotseServer } from '../support/lotse-server.ts';

/** Playwright's test with a fresh Lotse server per test file (its own database). */
export const test = base.extend<object, { lotse: LotseServer }>({
  lotse: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
    async ({}, use) => {
      const server = await startLotseServer();
      await use(server);
      // CSP and Trusted Types are enforced in every test of this worker: any violation a page
      // reported (reports arrive asynchronously) fails the run.
      await new Promise((done) => setTimeout(done, 500));
      const violations = server.cspViolations();
      await server.stop();
      expect(violations, 'CSP / Trusted Types violations reported during the tests').toEqual([]);
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ lotse }, use) => use(lotse.url),
});

export { expect };

/** Waits until the catalogue is stored and the start page lists the Themenfelder. */
export async function waitForCatalogue(page: Page): Promise<void> {
  // By its address: the Themenfeld's name is translated in other UI languages.
  await expect(page.locator('a[href="/browse/tf-bauen-wohnen"]')).toBeVisible({ timeout: 30_000 });
}

/** Waits until the service worker controls the page (the app shell is precached). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 30_000,
  });
}

/** Types a query into the service search and returns the visible result names in order. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  const input = page.getByRole('searchbox', { name: /Leistung suchen|Search for a service/ });
  await input.fill(query);
  const results = page.getByRole('list', { name: /Suchergebnisse|Search results/ });
  await expect(results).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /gefunden|found/ })).toBeVisible();
  return results
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => link.querySelector('span')?.textContent?.trim() ?? ''),
    );
}

/** The WCAG 2.2 AA tag set axe checks on every screen. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails with every axe violation (rule and targets) found on the page. */
export async function expectAccessible(page: Page, what: string, tags = WCAG_22_AA): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations on ${what}`).toEqual([]);
}

/** Presses the guided form's "Weiter" button. */
export const next = (page: Page) =>
  page.getByRole('button', { name: 'Weiter', exact: true }).click();

/** Opens a service page after the catalogue is stored and starts a new application there. */
export async function startApplication(page: Page, serviceId: string): Promise<void> {
  await page.goto('/');
  await waitForCatalogue(page);
  await page.goto(`/service/${serviceId}`);
  await page.getByRole('button', { name: 'Antrag starten' }).click();
}

/** What `putDraftAnswers` writes into a draft. */
export interface DraftContent {
  /** The answers (Wohnsitz Anmeldung shaped when a document is stored with them). */
  answers: unknown;
  /** The page the draft resumes on ("#check": check your answers). */
  at?: string;
  /** A status to set ("ready": checked and declared, as the guided mode leaves it). */
  status?: string;
  /**
   * The Wohnungsgeberbestätigung to store as a PDF and answer with: its text, or a size in bytes
   * (pseudo-random content); none when absent.
   */
  document?: { text: string } | { bytes: number };
}

/**
 * Writes answers (and a document) into an existing draft straight in IndexedDB, as the app
 * would have stored them; the page is not reloaded (an unlocked profile would lock).
 */
export async function putDraftAnswers(
  page: Page,
  draftId: string,
  content: DraftContent,
): Promise<void> {
  await page.evaluate(
    async ({ id, content }) => {
      const open = indexedDB.open('lotse');
      const db = await new Promise<IDBDatabase>(
        (done) => (open.onsuccess = () => done(open.result)),
      );
      const stores = content.document ? ['drafts', 'attachments'] : ['drafts'];
      const tx = db.transaction(stores, 'readwrite');
      const drafts = tx.objectStore('drafts');
      const draft = await new Promise<Record<string, unknown>>((done) => {
        const get = drafts.get(id);
        get.onsuccess = () => done(get.result as Record<string, unknown>);
      });
      const answers = structuredClone(content.answers) as Record<string, Record<string, unknown>[]>;
      if (content.document) {
        let bytes: Uint8Array<ArrayBuffer>;
        if ('text' in content.document) bytes = new TextEncoder().encode(content.document.text);
        else {
          bytes = new Uint8Array(content.document.bytes);
          for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 31 + 7) & 0xff;
        }
        const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        const sha256 = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
        const file = {
          attachmentId: crypto.randomUUID(),
          name: 'wohnungsgeber.pdf',
          type: 'application/pdf',
          size: bytes.byteLength,
          sha256,
        };
        answers.G_lotse_nachweise![0]!.F_lotse_wohnungsgeberbestaetigung = file;
        const blob = new Blob([bytes], { type: file.type });
        tx.objectStore('attachments').put({ ...file, id: file.attachmentId, draftId: id, blob });
      }
      drafts.put({
        ...draft,
        answers,
        ...(content.at ? { page: content.at } : {}),
        ...(content.status ? { status: content.status } : {}),
      });
      await new Promise((done) => (tx.oncomplete = done));
      db.close();
    },
    { id: draftId, content },
  );
}

/** How `putWohnsitzAnswers` leaves the draft. */
export interface WohnsitzDraft {
  /** The page the draft resumes on ("#check": check your answers). */
  at?: string;
  /** Checked and declared, ready to send, as the guided mode leaves it. */
  ready?: boolean;
  /** Size of the stored PDF in bytes (default: a few bytes of text). */
  documentBytes?: number;
}

/**
 * Stores complete Wohnsitz Anmeldung answers (with one stored PDF) in a draft straight in
 * IndexedDB and reloads.
 */
export async function putWohnsitzAnswers(
  page: Page,
  draftId: string,
  { at, ready = false, documentBytes }: WohnsitzDraft = {},
): Promise<void> {
  const { wohnsitzAnswers } = await import('../support/authored-answers.ts');
  const today = new Date().toISOString().slice(0, 10);
  await putDraftAnswers(page, draftId, {
    answers: wohnsitzAnswers(today),
    ...(at ? { at } : {}),
    ...(ready ? { status: 'ready' } : {}),
    document:
      documentBytes === undefined
        ? { text: '%PDF-1.4 Wohnungsgeberbestätigung' }
        : { bytes: documentBytes },
  });
  await page.reload();
}

/**
 * Starts a Wohnsitz Anmeldung on the service page (at `base`, default the test server), makes it
 * complete and checked with a PDF of `documentBytes`, and opens its ready page; returns its id.
 * (The guided flow itself is covered by guided-form.spec.ts.)
 */
export async function readyWohnsitzDraft(
  page: Page,
  { base = '', documentBytes }: { base?: string; documentBytes?: number } = {},
): Promise<string> {
  await page.goto(`${base}/service/99115005104000`);
  await page.getByRole('button', { name: 'Antrag starten' }).click();
  await expect(page.getByText(/Frage 1 von \d+/)).toBeVisible();
  const draftId = new URL(page.url()).pathname.split('/').pop()!;
  await putWohnsitzAnswers(page, draftId, { at: '#check', ready: true, documentBytes });
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ihr Antrag ist fertig' }),
  ).toBeVisible();
  return draftId;
}

/** Sets a display setting (theme or text size) through the header's display settings. */
export async function chooseDisplay(
  page: Page,
  setting: 'theme' | 'text',
  value: string,
): Promise<void> {
  const settings = page.locator('lotse-display-settings');
  const toggle = settings.locator('button[aria-expanded]');
  await toggle.click();
  await settings.locator(`input[name=${setting}][value=${value}]`).check();
  await toggle.click();
  await expect(settings.locator('fieldset').first()).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute(`data-${setting}`, value);
}

/** Goes to a URL of the app without reloading (a reload starts a new worker: locked again). */
export async function navigate(page: Page, url: string): Promise<void> {
  await page.evaluate((target) => {
    document
      .querySelector('lotse-app')!
      .dispatchEvent(new CustomEvent('lotse-navigate', { detail: { url: target } }));
  }, url);
}

/** A one-time enrollment code from the administrators' CLI, on the test server's database. */
export async function enrollmentCode(server: LotseServer): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: server.dataDir };
  delete env.DATABASE_URL;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'src/server/devices/devices-cli.ts', 'enroll', '--label', 'e2e tablet'],
    { cwd: resolve(import.meta.dirname, '../..'), env },
  );
  return /enrollment code: (\S+)/.exec(stdout)![1]!;
}

/**
 * Makes this browser context a staff tablet: enrolled with an administrator's code, with the
 * staff profile `name` created and unlocked (staff mode). Stay in the app afterwards (`navigate`):
 * a reload locks it again.
 */
export async function signInAsStaff(page: Page, server: LotseServer, name = 'Anna'): Promise<void> {
  const pin = '258046';
  await page.goto('/');
  await waitForCatalogue(page);
  await page.getByRole('link', { name: 'Gerät und Datenschutz' }).click();
  const enroll = page.getByRole('region', { name: 'Dieses Gerät für Mitarbeitende einrichten' });
  await enroll.getByLabel('Code zum Einrichten').fill(await enrollmentCode(server));
  await enroll.getByRole('button', { name: 'Gerät einrichten' }).click();
  const form = page.locator('lotse-profile-form');
  await form.getByLabel('Ihr Name').fill(name);
  await form.getByLabel('PIN oder Passwort', { exact: true }).fill(pin);
  await form.getByLabel('PIN oder Passwort wiederholen').fill(pin);
  await form.getByRole('button', { name: 'Profil anlegen' }).click();
  await expect(page.getByRole('banner').getByText(`Profil: ${name}`)).toBeVisible();
}
