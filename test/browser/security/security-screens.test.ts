import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/app/global.css';
import { changeLanguage, i18n, initI18n } from '../../../src/i18n/i18n.ts';
import { NAMESPACES } from '../../../src/i18n/languages.ts';
import { openDb } from '../../../src/db/database.ts';
import { replaceCatalogue } from '../../../src/catalogue/store/catalogue-store.ts';
import { replaceForms } from '../../../src/forms/store/forms-store.ts';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import { FORM_FORMAT } from '../../../src/forms/model/form-definition.ts';
import { SECURITY_SETTINGS_KEY } from '../../../src/security/ui/security-settings.ts';
import { smallCatalogue } from '../../support/small-catalogue.ts';
import { pseudoResources } from '../settings/pseudo-locale.ts';
import type { LotseApp } from '../../../src/app/lotse-app.ts';

/**
 * The security screens of the real app shell (settings, profile form with errors, lock screen
 * with the wipe warning and a wrong PIN, new profile, first staff profile, consent page) at
 * 320 CSS px with 200 % text and pseudo-localised long strings, left to right and right to
 * left: nothing may scroll sideways or stick out (WCAG 1.4.10, 1.4.4).
 */

const startUrl = location.pathname + location.search;
const german = new Map<string, Record<string, unknown>>();
let app: LotseApp;

function usePseudoStrings(language: string): void {
  for (const ns of NAMESPACES) {
    if (!german.has(ns)) {
      const bundle = i18n.getResourceBundle('de', ns) as Record<string, unknown> | undefined;
      if (bundle) german.set(ns, structuredClone(bundle));
    }
    const source = german.get(ns);
    if (source) i18n.addResourceBundle(language, ns, pseudoResources(source), true, true);
  }
}

/** The element at the end of a path of selectors, each inside the previous one's shadow root. */
function deep(...path: string[]): HTMLElement | null {
  let root: ParentNode = document;
  let found: HTMLElement | null = null;
  for (const selector of path) {
    found = root.querySelector<HTMLElement>(selector);
    if (!found) return null;
    root = found.shadowRoot ?? found;
  }
  return found;
}

const shown = (...path: string[]): Promise<HTMLElement> =>
  vi.waitFor(
    () => {
      const element = deep(...path);
      if (!element || !element.getClientRects().length) throw new Error(`${path.join(' ')}`);
      return element;
    },
    { timeout: 15_000, interval: 50 },
  );

/** Every element of the page and its shadow roots. */
function* all(root: ParentNode): Generator<HTMLElement> {
  for (const element of root.children) {
    if (!(element instanceof HTMLElement)) continue;
    if (getComputedStyle(element).display === 'none') continue;
    yield element;
    if (element.shadowRoot) yield* all(element.shadowRoot);
    yield* all(element);
  }
}

/** Sideways scrolling and elements outside the viewport. */
function reflowProblems(screen: string): string[] {
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  if (document.documentElement.scrollWidth > width) {
    problems.push(`${screen}: the page scrolls sideways`);
  }
  for (const element of all(document.body)) {
    if (getComputedStyle(element).clipPath.startsWith('inset(50%')) continue;
    const box = element.getBoundingClientRect();
    if ((box.width || box.height) && (box.left < -1 || box.right > width + 1)) {
      problems.push(`${screen}: <${element.localName}> sticks out ${box.left}…${box.right}`);
    }
  }
  return problems;
}

async function resetDevice(): Promise<void> {
  const db = openDb();
  await db.deviceMeta.clear();
  await db.drafts.clear();
  // The worker's session notices its profile is gone at its next access.
  app.dispatchEvent(
    new CustomEvent('lotse-session-change', { detail: { change: 'removed' }, bubbles: true }),
  );
}

function fill(value: string, ...path: string[]): void {
  (deep(...path) as HTMLInputElement).value = value;
}

beforeAll(async () => {
  localStorage.setItem(SECURITY_SETTINGS_KEY, JSON.stringify({ maxAttempts: 3 }));
  await initI18n();
  await changeLanguage('de');
  const db = openDb();
  await replaceCatalogue(db, smallCatalogue(), 'd'.repeat(64));
  await replaceForms(db, { format: FORM_FORMAT, forms: bundledForms }, 'security-screens');
  await page.viewport(320, 640);
  history.replaceState(null, '', '/einrichten');
  await import('../../../src/app/lotse-app.ts');
  app = document.createElement('lotse-app');
  document.body.append(app);
  await shown('lotse-security-settings', 'h1');
}, 60_000);

afterAll(async () => {
  await resetDevice();
  app.remove();
  localStorage.removeItem(SECURITY_SETTINGS_KEY);
  history.replaceState(null, '', startUrl);
  document.documentElement.style.fontSize = '';
  await changeLanguage('de');
});

describe('the security screens reflow at 320 px with 200 % text', () => {
  for (const language of ['de', 'ar'] as const) {
    it(`in ${language === 'ar' ? 'right to left' : 'left to right'}`, async () => {
      await changeLanguage(language);
      usePseudoStrings(language);
      document.documentElement.style.fontSize = '200%';
      await resetDevice();
      const problems: string[] = [];
      const settings = 'lotse-security-settings';
      const citizenForm = [settings, 'lotse-profile-form'];

      app.dispatchEvent(new CustomEvent('lotse-navigate', { detail: { url: '/einrichten' } }));
      await shown(...citizenForm, '#pin');
      problems.push(...reflowProblems('settings'));
      (deep(...citizenForm, 'button[type=submit]') as HTMLButtonElement).click();
      await shown(...citizenForm, '#pin-error');
      problems.push(...reflowProblems('profile form with an error'));

      fill('258046', ...citizenForm, '#pin');
      fill('258046', ...citizenForm, '#repeat');
      (deep(...citizenForm, 'button[type=submit]') as HTMLButtonElement).click();
      (await shown('lotse-session-bar', 'button')).click();
      await shown('lotse-lock-screen', '.warning');
      problems.push(...reflowProblems('lock screen with the wipe warning'));
      fill('864209', 'lotse-lock-screen', '#pin');
      (deep('lotse-lock-screen', 'button[type=submit]') as HTMLButtonElement).click();
      await vi.waitFor(
        () => expect(deep('lotse-lock-screen', '.message')?.textContent).toMatch(/\S/),
        {
          timeout: 15_000,
        },
      );
      problems.push(...reflowProblems('lock screen after a wrong PIN'));
      (deep('lotse-lock-screen', '.actions button.secondary') as HTMLButtonElement).click();
      await shown('lotse-lock-screen', 'lotse-profile-form', '#name');
      problems.push(...reflowProblems('new profile'));

      // A staff tablet without profiles: the first profile, then the consent page.
      await openDb().deviceMeta.clear();
      await openDb().deviceMeta.put({
        key: 'device',
        token: 'test-token',
        createdAt: Date.now(),
        deviceId: 'device-1',
        kind: 'staff',
      });
      app.dispatchEvent(
        new CustomEvent('lotse-session-change', { detail: { change: 'enrolled' }, bubbles: true }),
      );
      const firstForm = ['lotse-first-profile', 'lotse-profile-form'];
      await shown(...firstForm, '#name');
      problems.push(...reflowProblems('first staff profile'));
      fill('Anna Beispielname-Mustermann', ...firstForm, '#name');
      fill('258046', ...firstForm, '#pin');
      fill('258046', ...firstForm, '#repeat');
      (deep(...firstForm, 'button[type=submit]') as HTMLButtonElement).click();
      await shown('lotse-session-bar', 'button');
      app.dispatchEvent(
        new CustomEvent('lotse-navigate', { detail: { url: '/service/99115005104000' } }),
      );
      (await shown('lotse-service-screen', '.apply button')).click();
      await shown('lotse-draft-screen', 'section.consent-text');
      problems.push(...reflowProblems('consent page'));

      expect(problems).toEqual([]);
    }, 60_000);
  }
});
