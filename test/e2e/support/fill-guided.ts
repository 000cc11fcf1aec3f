/**
 * Fills a guided application from a complete answer set, page by page, without relying on any
 * wording: fields are found by their answer path (`data-path`) and filled by their kind, "next"
 * and "confirm" by their role in the layout. So the same walk works in every UI language.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Answers, AnswerValue, DateParts } from '../../../src/forms/model/form-definition.ts';
import { getAnswer, groupInstances } from '../../../src/forms/model/answers.ts';

const isDate = (value: AnswerValue): value is DateParts =>
  typeof value === 'object' && value !== null && 'day' in value;

/** A small PNG photo made in the page (as a tablet camera would deliver one). */
export async function pngPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 320;
    canvas.height = 240;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#0b5d7a';
    context.fillRect(0, 0, 320, 240);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

async function fillField(field: Locator, tag: string, value: AnswerValue, photo: Buffer) {
  if (value === null || value === undefined) return;
  const text = typeof value === 'string' ? value : '';
  switch (tag) {
    case 'lotse-text-field':
    case 'lotse-number-field':
      await field.locator('input, textarea').fill(text);
      return;
    case 'lotse-date-field':
      if (!isDate(value)) return;
      await field.locator('#day').fill(value.day);
      await field.locator('#month').fill(value.month);
      await field.locator('#year').fill(value.year);
      return;
    case 'lotse-yes-no-field':
      await field.locator(`input[value="${value === true ? 'yes' : 'no'}"]`).check();
      return;
    case 'lotse-choice-field':
      for (const code of Array.isArray(value) ? value : [text]) {
        await field.locator(`input[value="${code}"]`).check();
      }
      return;
    case 'lotse-select-field':
      await field.locator('select').selectOption(text);
      return;
    case 'lotse-file-field':
      await field
        .locator('input[type=file]')
        .setInputFiles({ name: 'nachweis.png', mimeType: 'image/png', buffer: photo });
      await expect(field.locator('.chosen')).toBeVisible();
      return;
  }
}

/** Where the guided walk is: the first field's path, "#check", or "" while rendering. */
function position(screen: Locator): Promise<string> {
  return screen.evaluate((element) => {
    const root = element.shadowRoot!;
    if (root.querySelector('#declaration')) return '#check';
    return root.querySelector('[data-path]')?.getAttribute('data-path') ?? '';
  });
}

/**
 * Fills every page from `answers` until "check your answers", confirms the declaration, and
 * returns the number of pages filled. Fails with the error summary's text if a page is refused.
 */
export async function fillGuidedApplication(page: Page, answers: Answers): Promise<number> {
  const photo = await pngPhoto(page);
  const screen = page.locator('lotse-draft-screen');
  await expect(screen.locator('h1')).toBeVisible();
  let pages = 0;
  for (; pages < 80; pages++) {
    const at = await position(screen);
    if (at === '#check') break;
    for (const list of await screen.locator('lotse-repeat-list').all()) {
      const path = (await list.getAttribute('data-path'))!;
      const wanted = groupInstances(answers, path).length;
      while (
        (await list.evaluate((element) => (element as unknown as { count: number }).count)) < wanted
      ) {
        await list.locator('#add').click();
      }
    }
    for (const field of await screen.locator('[data-path]').all()) {
      const tag = await field.evaluate((element) => element.localName);
      const path = (await field.getAttribute('data-path'))!;
      await fillField(field, tag, getAnswer(answers, path), photo);
    }
    await screen.locator('button.next').click();
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
  }
  await screen.locator('#declaration').check();
  await screen.locator('button.confirm').click();
  await expect(screen.locator('button.send')).toBeVisible();
  return pages;
}
