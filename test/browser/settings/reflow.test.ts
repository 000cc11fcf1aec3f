import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import '../../../src/app/global.css';
import { changeLanguage, i18n, initI18n } from '../../../src/i18n/i18n.ts';
import { NAMESPACES } from '../../../src/i18n/languages.ts';
import { openDb } from '../../../src/db/database.ts';
import { replaceCatalogue } from '../../../src/catalogue/store/catalogue-store.ts';
import { replaceForms } from '../../../src/forms/store/forms-store.ts';
import { createDraft } from '../../../src/drafts/store/drafts-store.ts';
import { bundledForms } from '../../../src/forms/definitions/index.ts';
import { FORM_FORMAT } from '../../../src/forms/model/form-definition.ts';
import { applyDisplaySettings } from '../../../src/settings/display-settings.ts';
import { smallCatalogue } from '../../support/small-catalogue.ts';
import { wohnsitzAnswers } from '../../support/authored-answers.ts';
import { pseudoCatalogue, pseudoForm, pseudoResources } from './pseudo-locale.ts';
import type { LotseApp } from '../../../src/app/lotse-app.ts';

/**
 * Reflow (WCAG 1.4.10) and resize text (1.4.4) on every screen of the real app shell, with a
 * pseudo-locale: every German string 40 % longer, accented and ending in a long unbroken word,
 * the catalogue and the form pseudo-localised too. At 320 CSS px, with 200 % text, right to
 * left, and in high contrast with large text, nothing may scroll sideways, stick out of the
 * viewport or overflow its own box.
 */

const WOHNSITZ = '99115005104000';
const FORM = 'lotse-wohnsitz-anmeldung';
const startUrl = location.pathname + location.search;
let app: LotseApp;

/** What a condition changes: text direction (pseudo strings in Arabic's place), text size. */
interface Condition {
  name: string;
  language: 'de' | 'ar';
  fontSize: string;
  theme: 'default' | 'contrast';
  text: 'normal' | 'large';
}

const CONDITIONS: Condition[] = [
  { name: '320 px', language: 'de', fontSize: '', theme: 'default', text: 'normal' },
  {
    name: '320 px, text 200 %',
    language: 'de',
    fontSize: '200%',
    theme: 'default',
    text: 'normal',
  },
  {
    name: '320 px, right to left, 200 %',
    language: 'ar',
    fontSize: '200%',
    theme: 'default',
    text: 'normal',
  },
  {
    name: '320 px, high contrast, large text',
    language: 'de',
    fontSize: '',
    theme: 'contrast',
    text: 'large',
  },
];

/** The real German UI strings, kept before any pseudo-localisation. */
const german = new Map<string, Record<string, unknown>>();

/** Replaces a language's UI strings with the pseudo-localised German ones. */
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

/** The elements of the page and of every shadow root in it, skipping hidden subtrees. */
function* visible(root: ParentNode): Generator<HTMLElement> {
  for (const element of root.children) {
    if (!(element instanceof HTMLElement)) continue;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.clipPath.startsWith('inset(50%')) continue;
    yield element;
    if (element.shadowRoot) yield* visible(element.shadowRoot);
    yield* visible(element);
  }
}

const hasText = (element: HTMLElement): boolean =>
  [...element.childNodes].some(
    (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
  );

const describeElement = (element: HTMLElement): string =>
  `<${element.localName}${element.className ? `.${String(element.className).replace(/ /g, '.')}` : ''}> "${(element.textContent ?? '').trim().slice(0, 40)}"`;

/**
 * Every reflow problem on the page: sideways scrolling, an element outside the viewport, or text
 * wider than its own box (clipped or spilling over), except inside boxes meant to scroll and in
 * text inputs (whose value scrolls by design).
 */
function reflowProblems(): string[] {
  const root = document.documentElement;
  const width = root.clientWidth;
  const problems: string[] = [];
  if (root.scrollWidth > width)
    problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${width}`);
  for (const element of visible(document.body)) {
    const box = element.getBoundingClientRect();
    if (!box.width && !box.height) continue;
    if (box.left < -1 || box.right > width + 1) {
      problems.push(
        `${describeElement(element)} sticks out: ${Math.round(box.left)}…${Math.round(box.right)}`,
      );
    }
    if (element.matches('input, textarea')) continue;
    const scrolls = /auto|scroll/.test(getComputedStyle(element).overflowX);
    const texty = hasText(element) || element.matches('button, select, a, label, legend, summary');
    if (texty && !scrolls && element.scrollWidth > element.clientWidth + 1 && element.clientWidth) {
      problems.push(
        `${describeElement(element)} overflows: ${element.scrollWidth} > ${element.clientWidth}`,
      );
    }
  }
  return problems;
}

/**
 * The first shown element for "host inner": `inner` inside the shadow tree of the first `host`
 * (an element name with a hyphen); without such a host, anywhere on the page.
 */
function find(selector: string): HTMLElement | null {
  const [first = '', ...rest] = selector.split(' ');
  const scoped = first.includes('-') && !/[.#[>]/.test(first) && rest.length > 0;
  const [hostName, inner] = scoped ? [first, rest.join(' ')] : [null, selector];
  const host = hostName
    ? [...visible(document.body)].find((element) => element.localName === hostName)
    : null;
  if (hostName && !host?.shadowRoot) return null;
  for (const element of visible(host?.shadowRoot ?? document.body)) {
    if (element.matches(inner)) return element;
  }
  return null;
}

/** Waits until an element matching the selector is shown, and returns it. */
async function shown(selector: string): Promise<HTMLElement> {
  return vi.waitFor(
    () => {
      const element = find(selector);
      if (!element) throw new Error(`${selector} not shown`);
      return element;
    },
    { timeout: 10_000, interval: 50 },
  );
}

/** Goes to an app URL the way a link does and waits for the screen. */
async function open(url: string, ready: string): Promise<HTMLElement> {
  app.dispatchEvent(new CustomEvent('lotse-navigate', { detail: { url } }));
  return shown(ready);
}

/** Clicks and waits for the next state to show. */
async function press(selector: string, ready: string): Promise<HTMLElement> {
  (await shown(selector)).click();
  return shown(ready);
}

/** The answer path of the guided page on screen, or "#check". */
function guidedPosition(): string {
  if (find('#declaration')) return '#check';
  return find('[data-path]')?.dataset.path ?? '';
}

beforeAll(async () => {
  await initI18n();
  await changeLanguage('de');
  usePseudoStrings('de');
  const db = openDb();
  await replaceCatalogue(db, pseudoCatalogue(smallCatalogue()), 'c'.repeat(64));
  await replaceForms(db, { format: FORM_FORMAT, forms: bundledForms.map(pseudoForm) }, 'pseudo');
  await page.viewport(320, 640);
  history.replaceState(null, '', '/');
  await import('../../../src/app/lotse-app.ts');
  app = document.createElement('lotse-app');
  document.body.append(app);
  await shown('lotse-home-screen .link-list a');
}, 60_000);

afterAll(async () => {
  app.remove();
  history.replaceState(null, '', startUrl);
  document.documentElement.style.fontSize = '';
  applyDisplaySettings({ theme: 'default', text: 'normal' });
  await changeLanguage('de');
});

describe('every screen reflows with pseudo-localised long strings', () => {
  for (const condition of CONDITIONS) {
    it(`at ${condition.name}`, async () => {
      if (i18n.language !== condition.language) await changeLanguage(condition.language);
      usePseudoStrings(condition.language);
      document.documentElement.style.fontSize = condition.fontSize;
      applyDisplaySettings({ theme: condition.theme, text: condition.text });
      const problems: string[] = [];
      const check = (screen: string): void => {
        problems.push(...reflowProblems().map((problem) => `${screen}: ${problem}`));
        // Nothing moves by itself: no CSS transition or animation anywhere (reduced motion).
        const moving = document.getAnimations().length;
        if (moving) problems.push(`${screen}: ${moving} animations`);
      };
      const db = openDb();
      const form = bundledForms.find((candidate) => candidate.id === FORM)!;
      const draft = await createDraft(db, {
        formId: FORM,
        formVersion: form.version,
        serviceId: WOHNSITZ,
      });

      await open('/', 'lotse-home-screen .link-list a');
      check('home');
      (await shown('lotse-display-settings button')).click();
      await shown('lotse-display-settings fieldset');
      check('display settings open');
      (await shown('lotse-display-settings button')).click();
      await open('/browse/tf-bauen-wohnen', 'lotse-browse-screen .link-list a');
      check('Themenfeld');
      await open('/browse/ll-wohnen-umzug', 'lotse-browse-screen .link-list a');
      check('Lebenslage');
      await open('/browse/ozg-10124', 'lotse-browse-screen .link-list a');
      check('OZG-Leistung');
      await open('/search?q=wohnsitz', 'lotse-service-search .link-list a');
      check('search results');
      await open(`/service/${WOHNSITZ}`, 'lotse-service-screen .apply button');
      check('service');

      await open(`/draft/${draft.id}`, 'lotse-draft-screen button.next');
      check('a guided step');
      await press('lotse-draft-screen button.next', 'lotse-error-summary .summary');
      check('a step with errors');
      await press('lotse-draft-screen .mode button', 'lotse-draft-screen form section');
      check('full-form mode');
      (await shown('lotse-draft-screen .mode button')).click();
      await vi.waitFor(() => expect(find('lotse-draft-screen form section')).toBeNull());

      // Every guided page with complete answers, then check answers and ready to send.
      await db.drafts.update(draft.id, {
        answers: wohnsitzAnswers(new Date().toISOString().slice(0, 10)),
        page: '',
      });
      await open('/', 'lotse-drafts-list .draft');
      check('drafts list');
      await press('lotse-drafts-list .draft button.secondary', 'lotse-drafts-list dialog');
      check('delete dialog');
      find('lotse-drafts-list dialog button[value=cancel]')!.click();
      await open(`/draft/${draft.id}`, 'lotse-draft-screen button.next');
      let pages = 0;
      while (guidedPosition() !== '#check') {
        const at = guidedPosition();
        check(`guided page ${at}`);
        find('lotse-draft-screen button.next')!.click();
        await vi.waitFor(() => expect(guidedPosition()).not.toBe(at), { timeout: 5_000 });
        await vi.waitFor(() => expect(guidedPosition()).not.toBe(''));
        pages += 1;
      }
      expect(pages).toBeGreaterThan(8);
      check('check answers');
      await press('lotse-draft-screen button.confirm', 'lotse-draft-screen #declaration-error');
      check('the declaration error');
      (find('#declaration') as HTMLInputElement).click();
      await press('lotse-draft-screen button.confirm', 'lotse-draft-screen .panel h1');
      check('ready to send');
      await open(`/draft/${draft.id}/print`, 'lotse-draft-print .toolbar');
      check('print view');
      await open('/there/is/no/such/page', 'main > section[data-screen] h1');
      check('not found');
      await db.drafts.delete(draft.id);

      expect(problems).toEqual([]);
    }, 60_000);
  }
});
