import type { BenchSession } from './browser-bench.ts';
import { withCpuRate } from './cpu-throttle.ts';
import { FORM_FIELDS, measureFormWorker, type FormWorkerResult } from './form-worker-bench.ts';
import type { LatencyStats } from './stats.ts';
import {
  closeProbes,
  goToPostcode,
  measureAutosave,
  measureErrorChanges,
  measureErrorDisappears,
  startWohnsitzDraft,
  type KeystrokeStats,
} from './typing-bench.ts';

/** A number measured with the page at normal speed and slowed 4x. */
export interface ByCpu<T> {
  /** Normal CPU. */
  normal: T;
  /** CDP CPU throttling of the page main thread (workers are not throttled). */
  throttled4x: T;
}

/** The form numbers measured in Chromium. */
export interface FormBrowserNumbers {
  /** Fields of the generated form. */
  fields: number;
  /** The generated form in the app's worker: validateDraft and saveAnswer round trips. */
  worker: ByCpu<FormWorkerResult>;
  /** Keystroke until the PLZ error disappeared (valid fifth digit). */
  errorDisappears: ByCpu<KeystrokeStats>;
  /** Keystroke until the PLZ error changed its text (required ↔ format). */
  errorChanges: ByCpu<KeystrokeStats>;
  /** Typing into "Straße" until the answer is durable in IndexedDB. */
  autosave: ByCpu<LatencyStats>;
}

/** Samples per CPU setting. */
export const FORM_SAMPLES = { errorDisappears: 30, errorChanges: 40, autosave: 100 } as const;

type Log = (message: string) => void;

async function bothRates<T>(
  session: BenchSession,
  rate: number,
  work: () => Promise<T>,
): Promise<ByCpu<T>> {
  const normal = await work();
  const throttled4x = await withCpuRate(session.page, rate, work);
  return { normal, throttled4x };
}

/**
 * Measures the form numbers on the session's page, first in the worker (generated 300-field
 * form), then in the guided UI of a real Wohnsitz Anmeldung: autosave on "Straße", then the
 * keystroke-to-error samples on "Postleitzahl". Each under normal CPU and with `rate`.
 */
export async function measureForms(
  session: BenchSession,
  rate: number,
  log: Log,
): Promise<FormBrowserNumbers> {
  const { page } = session;
  log(`forms: ${FORM_FIELDS}-field form in the worker, normal and throttled ${rate}x`);
  const worker = {
    normal: await measureFormWorker(session, 1),
    throttled4x: await measureFormWorker(session, rate),
  };
  log('forms: guided Wohnsitz Anmeldung, autosave on "Straße"');
  const draftId = await startWohnsitzDraft(page);
  try {
    const autosave = await bothRates(session, rate, () =>
      measureAutosave(page, draftId, FORM_SAMPLES.autosave),
    );
    log('forms: keystroke to error on "Postleitzahl"');
    await goToPostcode(page);
    const errorChanges = await bothRates(session, rate, () =>
      measureErrorChanges(page, FORM_SAMPLES.errorChanges),
    );
    const errorDisappears = await bothRates(session, rate, () =>
      measureErrorDisappears(page, draftId, FORM_SAMPLES.errorDisappears),
    );
    return { fields: FORM_FIELDS, worker, errorDisappears, errorChanges, autosave };
  } finally {
    await closeProbes(page);
  }
}
