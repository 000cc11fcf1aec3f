import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  waitForCatalogue,
  expectAccessible,
  chooseDisplay,
  putWohnsitzAnswers,
} from './fixtures.ts';

/**
 * axe-core (WCAG 2.2 A/AA) on every screen, in German, Arabic (right to left) and Leichte
 * Sprache, each in the default and the high-contrast theme. Language and theme are chosen the
 * way a person does (the header's language select and display settings); the screens are found
 * by structure, not by wording, so the test holds while translations arrive.
 */

const LANGUAGES = [
  { code: 'de', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
  { code: 'de-x-ls', dir: 'ltr' },
] as const;
const THEMES = ['default', 'contrast'] as const;
const WOHNSITZ = '99115005104000';

/** Chooses a UI language in the header and waits for `<html lang dir>`. */
async function chooseLanguage(page: Page, code: string, dir: string): Promise<void> {
  await page.locator('#language').selectOption(code);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
}

for (const language of LANGUAGES) {
  for (const theme of THEMES) {
    test(`every screen has no axe violations (${language.code}, ${theme} theme)`, async ({
      browser,
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ baseURL, locale: 'de-DE' });
      const page = await context.newPage();
      const check = async (screen: string, ready: Locator): Promise<void> => {
        await expect(ready, `${screen} shown`).toBeVisible({ timeout: 15_000 });
        await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
        await expectAccessible(page, `${screen} (${language.code}, ${theme})`);
      };
      await page.goto('/');
      await waitForCatalogue(page);
      await chooseLanguage(page, language.code, language.dir);
      await chooseDisplay(page, 'theme', theme);
      await check('home', page.locator('lotse-home-screen .link-list a').first());

      await page.goto('/browse/tf-familie-kind');
      await check('Themenfeld', page.locator('lotse-browse-screen .link-list a').first());
      await page.goto('/browse/ll-geburt');
      await check('Lebenslage', page.locator('lotse-browse-screen .link-list a').first());
      await page.goto('/search?q=kindergeld');
      await check('search results', page.locator('lotse-service-search .link-list a').first());
      await page.goto(`/service/${WOHNSITZ}`);
      await check('service', page.locator('lotse-service-screen section.apply button'));

      // Guided mode: a question, the same question with its error and the error summary.
      await page.locator('lotse-service-screen section.apply button').click();
      await expect(page).toHaveURL(/\/draft\/[^/]+$/);
      const draftId = new URL(page.url()).pathname.split('/').pop()!;
      const screen = page.locator('lotse-draft-screen');
      await check('a guided step', screen.locator('button.next'));
      await screen.locator('button.next').click();
      await check('a step with errors', screen.locator('lotse-error-summary [role=alert]'));
      await expect(screen.locator('[aria-invalid=true]').first()).toBeAttached();

      // The whole form on one page, then back to one question per page.
      await screen.locator('.mode button').click();
      await check('full-form mode', screen.locator('form section').first());
      await screen.locator('.mode button').click();
      await expect(screen.locator('form section')).toHaveCount(0);

      // Check answers, the declaration error, then ready, sent and the receipt.
      await putWohnsitzAnswers(page, draftId, { at: '#check' });
      await check('check answers', screen.locator('#declaration'));
      await screen.locator('button.confirm').click();
      await check('the declaration error', screen.locator('#declaration-error'));
      await screen.locator('#declaration').check();
      await screen.locator('button.confirm').click();
      await check('ready to send', screen.locator('.panel h1'));
      await screen.locator('button.send').click();
      await check('sent, with the receipt', screen.locator('.receipt .reference'));

      await page.goto(`/draft/${draftId}/print`);
      await check('print view', page.locator('lotse-draft-print .toolbar'));

      await page.goto('/');
      const list = page.locator('lotse-drafts-list');
      await check('drafts list', list.locator('.draft').first());
      await list.locator('.draft button.secondary').first().click();
      await check('delete dialog', list.locator('dialog[open]'));
      await page.keyboard.press('Escape');
      await expect(list.locator('dialog[open]')).toHaveCount(0);

      await page.goto('/there/is/no/such/page');
      await check('not found', page.locator('main > section[data-screen] h1'));
      await context.close();
    });
  }
}

/**
 * Every visible click or touch target on the page that is smaller than `min` CSS px either way:
 * buttons, links, summaries, selects and inputs (through shadow roots); a radio or checkbox
 * counts with the label that wraps it, since the whole label is its target.
 */
function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    const visit = (root: Document | ShadowRoot): void => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (!element.matches('button, a[href], summary, select, input, textarea')) continue;
        if (!element.getClientRects().length || element.closest('[hidden]')) continue;
        const target = element.matches('input[type=radio], input[type=checkbox]')
          ? (element.closest('label') ?? element)
          : element;
        const box = target.getBoundingClientRect();
        if (box.width < min || box.height < min) {
          const name = (element.textContent ?? element.getAttribute('value') ?? '').trim();
          small.push(`${element.localName} "${name.slice(0, 40)}" ${box.width}×${box.height}`);
        }
      }
    };
    visit(document);
    return small;
  }, min);
}

for (const text of ['normal', 'large'] as const) {
  test(`guided mode: every target is at least 44 × 44 CSS px (${text} text)`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await waitForCatalogue(page);
    await chooseDisplay(page, 'text', text);
    await page.goto(`/service/${WOHNSITZ}`);
    await page.locator('lotse-service-screen section.apply button').click();
    const screen = page.locator('lotse-draft-screen');
    await expect(screen.locator('button.next')).toBeVisible();
    await screen.locator('button.next').click();
    await expect(screen.locator('lotse-error-summary [role=alert]')).toBeVisible();
    expect(await smallTargets(page, 44), 'a step with errors').toEqual([]);

    // Walk every guided page with complete answers (a stored document on the file page).
    await putWohnsitzAnswers(page, new URL(page.url()).pathname.split('/').pop()!);
    let pages = 0;
    while (!(await screen.locator('#declaration').count())) {
      await expect(screen.locator('button.next')).toBeVisible();
      const at = await screen.locator('[data-path]').first().getAttribute('data-path');
      expect(await smallTargets(page, 44), `guided page ${at}`).toEqual([]);
      await screen.locator('button.next').click();
      await expect
        .poll(() =>
          screen.evaluate((element) => {
            const root = element.shadowRoot!;
            if (root.querySelector('#declaration')) return '#check';
            return root.querySelector('[data-path]')?.getAttribute('data-path');
          }),
        )
        .not.toBe(at);
      pages += 1;
    }
    expect(pages).toBeGreaterThan(8);
    expect(await smallTargets(page, 44), 'check answers').toEqual([]);
    await screen.locator('#declaration').check();
    await screen.locator('button.confirm').click();
    await expect(screen.locator('button.send')).toBeVisible();
    expect(await smallTargets(page, 44), 'ready to send').toEqual([]);
  });
}
