import type { Browser, Page } from 'playwright';
import { CATALOGUE_LINK } from '../size/measure-first-screen.ts';
import { withCpuRate } from './cpu-throttle.ts';
import { installBenchApi } from './in-page.ts';
import type { SearchQueryCase } from './search-queries.ts';
import { latencyStats, percentile, round, type LatencyStats } from './stats.ts';

/** One query of the query set, with the service it must find. */
export type BenchQuery = SearchQueryCase;

/** Numbers measured under one CPU setting. */
export interface ModeResult {
  /** prepareSearch in a fresh worker: cold builds the index, warm loads the cached one. */
  searchIndexReadyMs: { cold: number; warm: number };
  /** Round trip page → worker → page per search call. */
  search: LatencyStats;
  /** Fresh worker until catalogueStatus() and listThemenfelder() answered. */
  catalogueOpen: LatencyStats;
  /** A fixed CPU loop (median of 3), to show how much the setting slowed each thread. */
  spinMs: { page: number; worker: number };
}

/** A visited app with its catalogue stored, ready for timing. */
export interface BenchSession {
  page: Page;
  /** URL of the app's worker script, as the app itself started it. */
  workerUrl: string;
  /** First visit until the start page listed the stored catalogue. */
  firstDownloadMs: number;
}

/** Raised when the app does not reach the state the bench needs. */
export class BenchSetupError extends Error {
  override name = 'BenchSetupError';
}

const SPIN_ITERATIONS = 20_000_000;
const SPIN_RUNS = 3;
const OPEN_RUNS = 10;
const SEARCH_LIMIT = 20;

/**
 * First visit in a fresh context: times until the catalogue is on the start page, then waits
 * until the app's own worker has cached the search index and the service worker is active.
 */
export async function openBenchSession(browser: Browser, baseUrl: string): Promise<BenchSession> {
  // The app's CSP (worker-src 'self') would block the blob: worker of the throttling check.
  // German like the e2e tests: the form bench finds the guided form's buttons by their names.
  const context = await browser.newContext({
    serviceWorkers: 'allow',
    bypassCSP: true,
    locale: 'de-DE',
  });
  // tsx compiles with keepNames, which wraps functions in __name(); evaluated code needs it too.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: CATALOGUE_LINK }).waitFor({ timeout: 60_000 });
  const firstDownloadMs = Date.now() - started;
  const workerUrl = page
    .workers()
    .find((worker) => worker.url().startsWith(baseUrl))
    ?.url();
  if (!workerUrl) throw new BenchSetupError('the app started no worker from its own origin');
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const opening = indexedDB.open('lotse');
        opening.onerror = () => resolve(false);
        opening.onsuccess = () => {
          const db = opening.result;
          const counting = db.transaction('searchIndex').objectStore('searchIndex').count();
          counting.onsuccess = () => (db.close(), resolve(counting.result > 0));
          counting.onerror = () => (db.close(), resolve(false));
        };
      }),
    undefined,
    { timeout: 120_000, polling: 250 },
  );
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForLoadState('networkidle');
  await page.evaluate(installBenchApi);
  return { page, workerUrl, firstDownloadMs };
}

/** Measures search and catalogue opening with the page's CPU slowed by `rate` (1 = normal). */
export async function measureMode(
  session: BenchSession,
  queries: readonly BenchQuery[],
  rate: number,
): Promise<{ result: ModeResult; names: string[][] }> {
  const { page, workerUrl } = session;
  return withCpuRate(page, rate, async () => {
    const spins = [];
    for (let run = 0; run < SPIN_RUNS; run++) {
      spins.push(await page.evaluate((n) => window.lotseBench!.spin(n), SPIN_ITERATIONS));
    }
    const cold = await page.evaluate(
      (url) => window.lotseBench!.prepare({ workerUrl: url, clearCachedIndex: true }),
      workerUrl,
    );
    const limit = Math.max(SEARCH_LIMIT, ...queries.map((query) => query.within));
    const timing = await page.evaluate((task) => window.lotseBench!.search(task), {
      workerUrl,
      queries: queries.map((query) => query.query),
      limit,
    });
    const open = await page.evaluate((task) => window.lotseBench!.open(task), {
      workerUrl,
      runs: OPEN_RUNS,
    });
    const median = (values: number[]) => round(percentile(values, 50));
    const result: ModeResult = {
      searchIndexReadyMs: { cold: round(cold), warm: round(timing.indexReadyMs) },
      search: latencyStats(timing.ms),
      catalogueOpen: latencyStats(open),
      spinMs: {
        page: median(spins.map((spin) => spin.pageMs)),
        worker: median(spins.map((spin) => spin.workerMs)),
      },
    };
    return { result, names: timing.names };
  });
}

/** How many queries found their expected service within their rank bound, and which missed. */
export interface HitScore {
  /** Queries that met their bound. */
  met: number;
  /** All queries. */
  total: number;
  /** met / total, three decimals. */
  rate: number;
  /** The queries that missed, with the rank they got (null: not in the hits) and the top 3. */
  misses: (BenchQuery & { rank: number | null; top3: string[] })[];
}

/** Scores the hit names of each query against its expectation. */
export function scoreHits(queries: readonly BenchQuery[], names: readonly string[][]): HitScore {
  const misses = queries.flatMap((query, index) => {
    const rank = (names[index] ?? []).indexOf(query.expect) + 1;
    return rank > 0 && rank <= query.within
      ? []
      : [{ ...query, rank: rank === 0 ? null : rank, top3: (names[index] ?? []).slice(0, 3) }];
  });
  const met = queries.length - misses.length;
  return {
    met,
    total: queries.length,
    rate: Math.round((met / queries.length) * 1000) / 1000,
    misses,
  };
}
