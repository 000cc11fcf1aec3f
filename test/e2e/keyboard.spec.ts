import type { Locator, Page } from '@playwright/test';
import { test, expect, waitForCatalogue } from './fixtures.ts';
import { wohnsitzAnswers } from '../support/authored-answers.ts';
import { getAnswer, groupInstances } from '../../src/forms/model/answers.ts';
import type { Answers, AnswerValue, DateParts } from '../../src/forms/model/form-definition.ts';

/**
 * A whole application with the keyboard alone: no click, no fill, no check: only
 * `page.keyboard` (Tab, Enter, Space, arrow keys and typing). The page is read to know where
 * the focus is and what to type next, never to act.
 */

/** Whether the element is the focused one, looking through shadow roots. */
function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === element;
  });
}

/** Presses Tab (or Shift+Tab) until the target has the focus. */
async function tabTo(page: Page, target: Locator, key = 'Tab'): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 80; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

/** Where the guided walk is: the first field's answer path, or "#check". */
function position(screen: Locator): Promise<string> {
  return screen.evaluate((element) => {
    const root = element.shadowRoot!;
    if (root.querySelector('#declaration')) return '#check';
    return root.querySelector('[data-path]')?.getAttribute('data-path') ?? '';
  });
}

/** Chooses a radio of a group by its value with arrow keys (Space for the first one). */
async function chooseRadio(page: Page, field: Locator, value: string): Promise<void> {
  const radios = field.locator('input[type=radio]');
  const values = await radios.evaluateAll((inputs) =>
    inputs.map((input) => (input as HTMLInputElement).value),
  );
  const wanted = values.indexOf(value);
  expect(wanted, `option ${value}`).toBeGreaterThanOrEqual(0);
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let index = 0; index < wanted; index++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(wanted)).toBeChecked();
}

/** Chooses an option of a native select by typing the start of its text (type-ahead). */
async function chooseOption(page: Page, select: Locator, value: string): Promise<void> {
  const label = await select
    .locator(`option[value="${value}"]`)
    .evaluate((option) => (option.textContent ?? '').trim());
  await tabTo(page, select);
  await page.keyboard.type(label);
  await expect(select).toHaveValue(value);
}

/** A small PNG, made in the page, as a tablet camera would deliver it. */
async function pngPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    canvas.getContext('2d')!.fillRect(0, 0, 320, 240);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

/** Answers one field with the keyboard. */
async function answer(page: Page, field: Locator, value: AnswerValue): Promise<void> {
  const tag = await field.evaluate((element) => element.localName);
  const text = typeof value === 'string' ? value : '';
  switch (tag) {
    case 'lotse-text-field':
    case 'lotse-number-field':
      await tabTo(page, field.locator('input, textarea'));
      await page.keyboard.type(text);
      return;
    case 'lotse-date-field': {
      const date = value as DateParts;
      await tabTo(page, field.locator('#day'));
      await page.keyboard.type(date.day);
      await page.keyboard.press('Tab');
      await page.keyboard.type(date.month);
      await page.keyboard.press('Tab');
      await page.keyboard.type(date.year);
      await expect(field.locator('#year')).toHaveValue(date.year);
      return;
    }
    case 'lotse-yes-no-field':
      return chooseRadio(page, field, value === true ? 'yes' : 'no');
    case 'lotse-choice-field':
      return chooseRadio(page, field, text);
    case 'lotse-select-field':
      return chooseOption(page, field.locator('select'), text);
    case 'lotse-file-field': {
      // The invisible native input lies over the button: Space opens the system's file chooser.
      await tabTo(page, field.locator('input[type=file]'));
      const chooser = page.waitForEvent('filechooser');
      await page.keyboard.press('Space');
      await (
        await chooser
      ).setFiles({
        name: 'wohnungsgeber.png',
        mimeType: 'image/png',
        buffer: await pngPhoto(page),
      });
      await expect(field.locator('.chosen')).toBeVisible();
      return;
    }
  }
}

/** Fills the current page's fields in order, adding repeat-list instances the answers need. */
async function answerPage(page: Page, screen: Locator, answers: Answers): Promise<void> {
  const done = new Set<string>();
  for (;;) {
    for (const field of await screen.locator('[data-path]').all()) {
      const path = (await field.getAttribute('data-path'))!;
      if (done.has(path)) continue;
      done.add(path);
      const value = getAnswer(answers, path);
      if (value !== null && value !== undefined) await answer(page, field, value);
    }
    let added = false;
    for (const list of await screen.locator('lotse-repeat-list').all()) {
      const path = (await list.getAttribute('data-path'))!;
      const count = await list.evaluate((element) => Number(Reflect.get(element, 'count')));
      if (count >= groupInstances(answers, path).length) continue;
      await tabTo(page, list.locator('#add'));
      await page.keyboard.press('Enter');
      await expect
        .poll(() => list.evaluate((element) => Number(Reflect.get(element, 'count'))))
        .toBe(count + 1);
      added = true;
    }
    if (!added) return;
  }
}

test('a whole Wohnsitz Anmeldung with the keyboard alone: search, guided steps, upload, send', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const answers = wohnsitzAnswers(new Date().toISOString().slice(0, 10));
  await page.goto('/');
  await waitForCatalogue(page);

  // The skip link is the first stop; it leads to the content, where the search field follows.
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip')).toBeFocused();
  await page.keyboard.press('Enter');
  const search = page.locator('lotse-service-search input[type=search]');
  await tabTo(page, search);
  await page.keyboard.type('wohnsitz anmelden');
  const hit = page.locator('lotse-service-search a[href="/service/99115005104000"]');
  await tabTo(page, hit);
  await page.keyboard.press('Enter');

  // The service page: focus starts on its heading; Shift+Tab back to the start button works too.
  const start = page.locator('lotse-service-screen section.apply button');
  await expect(page.locator('lotse-service-screen h1')).toBeFocused();
  await tabTo(page, start);
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, start);
  await page.keyboard.press('Enter');

  const screen = page.locator('lotse-draft-screen');
  const heading = screen.locator('h1');
  await expect(screen.locator('button.next')).toBeVisible();
  let steps = 0;
  for (let at = await position(screen); at !== '#check'; at = await position(screen)) {
    expect(steps++, 'guided steps').toBeLessThan(40);
    await answerPage(page, screen, answers);
    await tabTo(page, screen.locator('button.next'));
    await page.keyboard.press('Enter');
    await expect
      .poll(
        async () => {
          if (await screen.locator('lotse-error-summary').count()) {
            return `refused: ${await screen.locator('lotse-error-summary').innerText()}`;
          }
          const now = await position(screen);
          return now === at || now === '' ? 'same' : 'moved';
        },
        { timeout: 15_000 },
      )
      .toBe('moved');
    // Every new step starts with the focus on its heading (screen readers read it first).
    await expect(heading).toBeFocused();
  }

  // Check your answers: the declaration with Space, confirm with Enter.
  expect(steps).toBeGreaterThan(8);
  await expect(heading).toBeFocused();
  await tabTo(page, screen.locator('#declaration'));
  await page.keyboard.press('Space');
  await expect(screen.locator('#declaration')).toBeChecked();
  await tabTo(page, screen.locator('button.confirm'));
  await page.keyboard.press('Enter');

  // Ready: send it; the office's receipt with its reference number comes back.
  await expect(screen.locator('.panel h1')).toBeFocused();
  await tabTo(page, screen.locator('button.send'));
  await page.keyboard.press('Enter');
  await expect(screen.locator('.receipt .reference')).toHaveText(
    /^LT-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/,
    { timeout: 30_000 },
  );
});
