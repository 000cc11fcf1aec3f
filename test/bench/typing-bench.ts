import type { Locator, Page } from 'playwright';
import { BenchSetupError } from './browser-bench.ts';
import { installTypingProbes, type ErrorChangeSample } from './typing-probes.ts';
import { latencyStats, type LatencyStats } from './stats.ts';

/** Keystroke-to-error latency of one kind of sample. */
export interface KeystrokeStats {
  /** keydown until the field's error DOM changed. */
  keyToDomMs: LatencyStats;
  /** keydown until the first animation frame after the change (the frame that paints it). */
  keyToFrameMs: LatencyStats;
}

/** The Wohnsitz Anmeldung (a form with a PLZ question) and its guided questions. */
const SERVICE_PATH = '/service/99115005104000';
const STREET = 'Kampstraße 1';
const WRONG_PLZ = '1011';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const next = (page: Page) => button(page, 'Weiter').click();

/** Installs the page-side probes again when a navigation dropped them. */
async function ensureProbes(page: Page): Promise<void> {
  if (await page.evaluate(() => window.lotseTyping === undefined)) {
    await page.evaluate(installTypingProbes);
  }
}

/**
 * Starts a Wohnsitz Anmeldung through the UI and answers the guided questions up to "Straße".
 * Returns the draft id.
 */
export async function startWohnsitzDraft(page: Page): Promise<string> {
  await page.goto(new URL(SERVICE_PATH, page.url()).href);
  await button(page, 'Antrag starten').click();
  await page.getByText(/Frage 1 von \d+/).waitFor({ timeout: 30_000 });
  const date = page.getByRole('group', { name: 'Wann sind Sie in die Wohnung eingezogen?' });
  await date.getByRole('textbox', { name: 'Tag' }).fill('3');
  await date.getByRole('textbox', { name: 'Monat' }).fill('11');
  await date.getByRole('textbox', { name: 'Jahr' }).fill('2025');
  await next(page);
  await page.getByRole('radio', { name: 'Hauptwohnung' }).check();
  await next(page);
  await page.getByRole('radio', { name: 'Nein' }).check();
  await next(page);
  await textbox(page, 'Straße').waitFor();
  await ensureProbes(page);
  const draftId = new URL(page.url()).pathname.split('/').pop();
  if (!draftId) throw new BenchSetupError(`no draft id in ${page.url()}`);
  return draftId;
}

/** Types a character or Backspace into a field and resolves when the change is durable, in ms. */
async function durableKey(page: Page, draftId: string, key: string): Promise<number> {
  await page.evaluate((id) => window.lotseTyping!.armSave(id), draftId);
  await page.keyboard.press(key);
  return (await page.evaluate(() => window.lotseTyping!.save())).changeToDurableMs;
}

/**
 * On the "Straße" question: `samples` keystrokes (alternately "x" and Backspace after the street),
 * each timed from its `lotse-value-change` until the draft row holds the new text.
 */
export async function measureAutosave(
  page: Page,
  draftId: string,
  samples: number,
): Promise<LatencyStats> {
  const input = textbox(page, 'Straße');
  await input.fill(STREET);
  await input.focus();
  await page.keyboard.press('End');
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    times.push(await durableKey(page, draftId, i % 2 === 0 ? 'x' : 'Backspace'));
  }
  return latencyStats(times);
}

/** Leaves "Straße" with an answer and goes on to the "Postleitzahl" question. */
export async function goToPostcode(page: Page): Promise<void> {
  await textbox(page, 'Straße').fill(STREET);
  await next(page);
  await textbox(page, 'Hausnummer').fill('12a');
  await next(page);
  await textbox(page, 'Adresszusatz').waitFor();
  await next(page);
  await textbox(page, 'Postleitzahl').waitFor();
}

/** Presses `key` in the focused input and returns how the field's error changed. */
async function keyToError(page: Page, input: Locator, key: string): Promise<ErrorChangeSample> {
  await input.evaluate((node) =>
    window.lotseTyping!.armErrorChange((node.getRootNode() as ShadowRoot).host),
  );
  await page.keyboard.press(key);
  return page.evaluate(() => window.lotseTyping!.errorChange());
}

/** Clicks "Weiter" on the current question and waits until the field shows an error. */
async function showError(page: Page, input: Locator): Promise<void> {
  await next(page);
  const field = await input.evaluateHandle((node) => (node.getRootNode() as ShadowRoot).host);
  await page.waitForFunction((host) => window.lotseTyping!.errorText(host) !== '', field, {
    timeout: 15_000,
  });
  await field.dispose();
  // "Weiter" moved focus to the error summary; typing goes back into the field, at its end.
  await input.focus();
  await page.keyboard.press('End');
}

function summarize(samples: ErrorChangeSample[]): KeystrokeStats {
  return {
    keyToDomMs: latencyStats(samples.map((sample) => sample.keyToDomMs)),
    keyToFrameMs: latencyStats(samples.map((sample) => sample.keyToFrameMs)),
  };
}

/**
 * Error changes while typing: the empty PLZ shows "Geben Sie „Postleitzahl“ ein." after
 * "Weiter"; then "1" and Backspace alternate, each turning it into the format error and back
 * (the re-check keeps an error that is already shown, so every keystroke changes its text).
 */
export async function measureErrorChanges(page: Page, samples: number): Promise<KeystrokeStats> {
  const input = textbox(page, 'Postleitzahl');
  await input.fill('');
  await showError(page, input);
  const results: ErrorChangeSample[] = [];
  for (let i = 0; i < samples; i++) {
    const sample = await keyToError(page, input, i % 2 === 0 ? '1' : 'Backspace');
    if (!sample.before || !sample.after) {
      throw new BenchSetupError(
        `the error vanished instead of changing: ${JSON.stringify(sample)}`,
      );
    }
    results.push(sample);
  }
  return summarize(results);
}

/**
 * Error disappears: "1011" + "Weiter" shows the format error; typing "7" makes the PLZ valid and
 * the error goes. Backspace (saved) and "Weiter" bring it back before each next sample, since
 * the re-check never adds errors that were not shown.
 */
export async function measureErrorDisappears(
  page: Page,
  draftId: string,
  samples: number,
): Promise<KeystrokeStats> {
  const input = textbox(page, 'Postleitzahl');
  await input.fill(WRONG_PLZ);
  const results: ErrorChangeSample[] = [];
  for (let i = 0; i < samples; i++) {
    await showError(page, input);
    const sample = await keyToError(page, input, '7');
    if (!sample.before || sample.after) {
      throw new BenchSetupError(`the error did not disappear: ${JSON.stringify(sample)}`);
    }
    results.push(sample);
    await durableKey(page, draftId, 'Backspace');
  }
  return summarize(results);
}

/** Closes the probes' IndexedDB connection. */
export async function closeProbes(page: Page): Promise<void> {
  await page.evaluate(() => window.lotseTyping?.close());
}
