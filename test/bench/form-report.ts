import type { FormBrowserNumbers } from './form-bench.ts';
import { FORM_SAMPLES } from './form-bench.ts';
import { FORM_WORKER_RUNS } from './form-worker-bench.ts';
import type { ValidationBenchResult } from './validation-node.ts';

const WORKER_NOT_THROTTLED =
  'Chromium applies CPU throttling to the page main thread only (it refuses it for worker ' +
  'targets), so in throttled4x the worker-side work (validation, IndexedDB reads and writes) ' +
  "runs at full speed; only the page's part (events, messaging, rendering) is slowed.";

/** The `forms` key of the bench JSON: what was measured, with a note on how. */
export function formsReport(browser: FormBrowserNumbers, node: ValidationBenchResult) {
  const { worker } = browser;
  return {
    validation300: {
      fields: browser.fields,
      errors: worker.normal.errors,
      workerValidateDraftMs: {
        normal: worker.normal.validateDraft,
        throttled4x: worker.throttled4x.validateDraft,
      },
      workerFirstValidateDraftMs: {
        normal: worker.normal.firstValidateDraftMs,
        throttled4x: worker.throttled4x.firstValidateDraftMs,
      },
      node,
      note:
        'validateDraft(draftId) of a generated 300-field form over raw Comlink to a fresh app ' +
        'worker, page → worker → page: reads the draft and form rows from IndexedDB and runs ' +
        `validateForm. ${FORM_WORKER_RUNS.warmUp} warm-up calls, then the timed ones. ` +
        `${WORKER_NOT_THROTTLED} ` +
        'node: validateForm alone in Node (no IndexedDB, no messaging).',
    },
    keystrokeToError: {
      field: 'Postleitzahl, Wohnsitz Anmeldung (guided, one question per page)',
      errorDisappears: browser.errorDisappears,
      errorChanges: browser.errorChanges,
      note:
        'From the keydown event timestamp (CDP Input.dispatchKeyEvent) until the error DOM in ' +
        "the field's shadow root changed (keyToDomMs) and the next animation frame " +
        '(keyToFrameMs). Covers input → saveAnswer → validateDraft of the page in the worker → ' +
        `render. errorDisappears (${FORM_SAMPLES.errorDisappears} samples): "1011" + Weiter shows ` +
        'the format error, typing "7" removes it; Backspace and Weiter re-arm it between ' +
        `samples (the re-check never adds errors). errorChanges (${FORM_SAMPLES.errorChanges} ` +
        'samples): on an empty PLZ after Weiter, "1" and Backspace alternate, switching the ' +
        `shown error between "enter the PLZ" and the format error. ${WORKER_NOT_THROTTLED}`,
    },
    autosave: {
      typingToDurableMs: browser.autosave,
      saveAnswer300Ms: {
        normal: worker.normal.saveAnswer,
        throttled4x: worker.throttled4x.saveAnswer,
      },
      note:
        `typingToDurableMs (${FORM_SAMPLES.autosave} keystrokes, "x" and Backspace alternating ` +
        'on the "Straße" question): from the lotse-value-change event until a separate ' +
        'IndexedDB connection in the page, reading back to back, sees the new text in the ' +
        'drafts row. saveAnswer300Ms: the worker saveAnswer round trip on the 300-field ' +
        `draft (read, change, write the whole row). ${WORKER_NOT_THROTTLED}`,
    },
  };
}
