import { existsSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { budgetBreaches } from '../size/budget-check.ts';
import { PAGE_JS_BUDGET_BYTES, WORKER_JS_BUDGET_BYTES } from '../size/budget.ts';
import { measureFirstScreenJs } from '../size/measure-first-screen.ts';
import { withRunningApp } from '../size/with-app.ts';
import { measureMode, openBenchSession, scoreHits } from './browser-bench.ts';
import { measureForms } from './form-bench.ts';
import { benchOutboxDrain } from './outbox-drain.ts';
import { formsReport } from './form-report.ts';
import { searchQueries } from './search-queries.ts';
import { benchSecurity } from './security-bench.ts';
import { benchValidationInNode } from './validation-node.ts';

const THROTTLE_RATE = 4;
const log = (message: string): void => void process.stderr.write(`bench: ${message}\n`);

async function browserNumbers() {
  return withRunningApp(async ({ server, browser }) => {
    log('measuring first-screen JavaScript');
    const firstScreenJs = await measureFirstScreenJs(browser, server.url);
    log('first visit: downloading the catalogue');
    const session = await openBenchSession(browser, server.url);
    log(`catalogue stored in ${session.firstDownloadMs} ms; worker ${session.workerUrl}`);
    log(`normal CPU: ${searchQueries.length} queries, index build, 10 worker opens`);
    const normal = await measureMode(session, searchQueries, 1);
    log(`CPU throttled ${THROTTLE_RATE}x: the same again`);
    const throttled = await measureMode(session, searchQueries, THROTTLE_RATE);
    const forms = await measureForms(session, THROTTLE_RATE, log);
    return {
      chromiumVersion: browser.version(),
      firstScreenJs,
      firstDownloadMs: session.firstDownloadMs,
      normal: normal.result,
      throttled: throttled.result,
      hits: scoreHits(searchQueries, normal.names),
      forms,
    };
  });
}

async function nodeNumbers(): Promise<unknown> {
  const file = new URL('./search-node.ts', import.meta.url);
  if (!existsSync(file)) return { skipped: 'test/bench/search-node.ts does not exist' };
  log('node-side search bench');
  const module = (await import(file.href)) as { benchSearchInNode?: () => Promise<unknown> };
  if (typeof module.benchSearchInNode !== 'function') {
    return { skipped: 'test/bench/search-node.ts exports no benchSearchInNode()' };
  }
  return module.benchSearchInNode();
}

async function main(): Promise<void> {
  const browserSide = await browserNumbers();
  const { normal, throttled, firstScreenJs } = browserSide;
  log('node-side validation bench');
  const validationNode = await benchValidationInNode();
  log('outbox: draining 1,000 queued submissions to a local server');
  const outbox = await benchOutboxDrain();
  const security = await benchSecurity({ log });
  const modes = <K extends keyof typeof normal>(key: K) => ({
    normal: normal[key],
    throttled4x: throttled[key],
  });
  const report = {
    search: {
      queries: searchQueries.length,
      limit: 'max(20, within)',
      latencyMs: modes('search'),
      searchIndexReadyMs: modes('searchIndexReadyMs'),
      hitRate: browserSide.hits,
    },
    catalogueOpenMs: modes('catalogueOpen'),
    forms: formsReport(browserSide.forms, validationNode),
    firstDownloadMs: browserSide.firstDownloadMs,
    firstScreenJs: {
      pageGzipBytes: firstScreenJs.page.gzipBytes,
      workerGzipBytes: firstScreenJs.worker.gzipBytes,
      serviceWorkerGzipBytes: firstScreenJs.serviceWorker.gzipBytes,
      budgetBytes: { page: PAGE_JS_BUDGET_BYTES, worker: WORKER_JS_BUDGET_BYTES },
      budgetBreaches: budgetBreaches(firstScreenJs),
      detail: firstScreenJs,
    },
    throttling: {
      method: `CDP Emulation.setCPUThrottlingRate(${THROTTLE_RATE}) on the page`,
      spinMs: modes('spinMs'),
      note:
        'Chromium applies this rate to the page main thread only; it refuses it for worker ' +
        'targets, so worker-side work (search, index build, Dexie reads) runs at full speed in ' +
        'throttled4x. Compare spinMs.page and spinMs.worker for the slowdown actually applied.',
    },
    node: await nodeNumbers(),
    outbox,
    security,
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      node: process.version,
      chromium: browserSide.chromiumVersion,
      platform: `${process.platform} ${process.arch}`,
    },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
