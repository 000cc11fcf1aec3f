import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { mount, useGerman } from './field-test-support.ts';

beforeAll(useGerman);

const LONG = 'Wie lautet die vollständige Anschrift der Wohnung, in die Sie eingezogen sind?';
const ERROR = 'Geben Sie die Anschrift so ein, wie sie im Mietvertrag steht';
const OPTIONS = [
  { value: 'a', label: 'Eine sehr lange Antwortmöglichkeit, die umbrechen muss', hint: ERROR },
  { value: 'b', label: 'Nein' },
];

/** Every element once, with long texts and an error, as a phone at 320 px shows them. */
async function mountAll(): Promise<void> {
  const common = { label: LONG, hint: ERROR, error: ERROR, help: ERROR };
  await mount('lotse-error-summary', { errors: [{ targetId: 'x', message: ERROR }] });
  await mount('lotse-text-field', { ...common, value: 'x'.repeat(80) });
  await mount('lotse-text-field', { ...common, multiline: true, maxlength: 10 });
  await mount('lotse-number-field', { ...common, unit: 'm²', width: 20 });
  await mount('lotse-date-field', common);
  await mount('lotse-choice-field', { ...common, options: OPTIONS });
  await mount('lotse-choice-field', { ...common, options: OPTIONS, multiple: true });
  await mount('lotse-select-field', { ...common, options: OPTIONS });
  await mount('lotse-yes-no-field', common);
  await mount('lotse-file-field', {
    ...common,
    value: { name: `${'sehr-langer-dateiname-'.repeat(4)}.pdf`, type: 'application/pdf', size: 9 },
  });
  await mount('lotse-info-text', { heading: LONG, text: ERROR });
  await mount('lotse-repeat-list', { itemLabel: 'Person', count: 2, min: 1, max: 3 });
}

/** Every element matching a selector inside the shadow roots of the page. */
function allInside(selector: string): HTMLElement[] {
  return [...document.body.children].flatMap((host) => [
    ...(host.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
  ]);
}

describe('field elements on a 320 px wide phone', () => {
  it('reflow without horizontal scrolling', async () => {
    await page.viewport(320, 640);
    await mountAll();
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const host of document.body.children) {
      expect(host.getBoundingClientRect().right, host.localName).toBeLessThanOrEqual(320);
    }
  });

  it('have inputs at least 48 px high with text of at least 1rem', () => {
    const inputs = allInside(
      'input:not([type=radio], [type=checkbox], [type=file]), select, textarea',
    );
    expect(inputs.length).toBeGreaterThan(6);
    for (const input of inputs) {
      expect(input.getBoundingClientRect().height).toBeGreaterThanOrEqual(48);
      expect(parseFloat(getComputedStyle(input).fontSize)).toBeGreaterThanOrEqual(16);
    }
  });

  it('have click and touch targets of at least 44 × 44 px', () => {
    const targets = allInside('button, .option label, summary, .picker, .summary a');
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(
        [box.width, box.height].map((side) => side >= 44),
        target.outerHTML,
      ).toEqual([true, true]);
    }
  });
});
