import type { Page } from 'playwright';
import { generateLargeForm } from '../support/large-form.ts';
import { withCpuRate } from './cpu-throttle.ts';
import { installFormWorkerBench, type BenchFormRows } from './form-worker-in-page.ts';
import { installBenchApi } from './in-page.ts';
import { BenchSetupError, type BenchSession } from './browser-bench.ts';
import { latencyStats, round, type LatencyStats } from './stats.ts';

/** The 300-field form in the app's worker under one CPU setting. */
export interface FormWorkerResult {
  /** Errors the generated answers produce (must match Node's count). */
  errors: number;
  /** First validateDraft in a fresh worker: reading the rows and compiling the definition. */
  firstValidateDraftMs: number;
  /** validateDraft(draftId) round trips once warm (read draft + form from IndexedDB, validate). */
  validateDraft: LatencyStats;
  /** saveAnswer(draftId, path, value) round trips on the same 300-field draft. */
  saveAnswer: LatencyStats;
}

/** Fields of the generated form. */
export const FORM_FIELDS = 300;
/** Calls per CPU setting: untimed warm-up (per method), timed validateDraft, timed saveAnswer. */
export const FORM_WORKER_RUNS = { warmUp: 20, validations: 200, saves: 100 } as const;
const { warmUp: WARM_UP, validations: VALIDATIONS, saves: SAVES } = FORM_WORKER_RUNS;
// A text field (maxLength 80) inside a section: saving it changes nothing about validity.
const SAVE_PATH = 'G_s5[0].F_s5_1';

function benchRows(): BenchFormRows {
  const { definition, answers } = generateLargeForm(FORM_FIELDS);
  const now = Date.now();
  return {
    form: { id: definition.id, leikaKeys: [], definition },
    draft: {
      id: `bench-${crypto.randomUUID()}`,
      formId: definition.id,
      formVersion: definition.version,
      serviceId: 'bench',
      page: '',
      answers,
      status: 'editing',
      createdAt: now,
      updatedAt: now,
    },
  };
}

/**
 * Stores a generated 300-field form and a draft answering it, then times the app's worker
 * (fresh instance) validating and saving it over raw Comlink, with the page slowed by `rate`.
 */
export async function measureFormWorker(
  session: BenchSession,
  rate: number,
): Promise<FormWorkerResult> {
  const { page, workerUrl } = session;
  await ensureInstalled(page);
  const timing = await withCpuRate(page, rate, () =>
    page.evaluate((task) => window.lotseFormBench!.run(task), {
      workerUrl,
      rows: benchRows(),
      warmUp: WARM_UP,
      validations: VALIDATIONS,
      saves: SAVES,
      savePath: SAVE_PATH,
    }),
  );
  if (timing.lastSaved !== `Weg ${SAVES - 1}`) {
    throw new BenchSetupError(`saveAnswer did not store ${SAVE_PATH}: ${String(timing.lastSaved)}`);
  }
  return {
    errors: timing.errors,
    firstValidateDraftMs: round(timing.firstValidateMs),
    validateDraft: latencyStats(timing.validateMs),
    saveAnswer: latencyStats(timing.saveMs),
  };
}

/** Installs the page-side helpers again when a navigation dropped them. */
async function ensureInstalled(page: Page): Promise<void> {
  if (!(await page.evaluate(() => window.lotseBench !== undefined))) {
    await page.evaluate(installBenchApi);
  }
  if (!(await page.evaluate(() => window.lotseFormBench !== undefined))) {
    await page.evaluate(installFormWorkerBench);
  }
}
