import { PAGE_JS_BUDGET_BYTES, WORKER_JS_BUDGET_BYTES } from './budget.ts';
import { budgetBreaches } from './budget-check.ts';
import { distJs } from './dist-size.ts';
import { kb, type JsGroup } from './gzip-size.ts';
import { measureFirstScreenJs, type FirstScreenJs } from './measure-first-screen.ts';
import { withRunningApp } from './with-app.ts';

function table(js: FirstScreenJs, dist: JsGroup): string {
  const rows: [string, JsGroup, number | undefined][] = [
    ['page (first screen)', js.page, PAGE_JS_BUDGET_BYTES],
    ['worker', js.worker, WORKER_JS_BUDGET_BYTES],
    ['service worker', js.serviceWorker, undefined],
    ['dist/ all JS', dist, undefined],
  ];
  const line = (cells: string[]): string =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(20) : cell.padStart(11))).join(' ');
  return [
    line(['', 'files', 'raw', 'gzip -9', 'budget']),
    ...rows.map(([name, group, budget]) =>
      line([
        name,
        String(group.files.length),
        kb(group.bytes),
        kb(group.gzipBytes),
        budget === undefined ? '' : kb(budget),
      ]),
    ),
  ].join('\n');
}

/** First visits in German (the source) and in Arabic: a language must not grow the first screen. */
const LOCALES = ['de-DE', 'ar'] as const;

async function main(): Promise<number> {
  const measured = await withRunningApp(async ({ server, browser }) => {
    const byLocale: Record<string, FirstScreenJs> = {};
    for (const locale of LOCALES) {
      byLocale[locale] = await measureFirstScreenJs(browser, server.url, locale);
    }
    return byLocale;
  });
  const dist = await distJs();
  const breaches: string[] = [];
  for (const [locale, js] of Object.entries(measured)) {
    console.log(`First visit in ${locale}:`);
    console.log(table(js, dist));
    breaches.push(...budgetBreaches(js).map((breach) => `${locale}: ${breach}`));
  }
  console.log(JSON.stringify({ firstScreenJs: measured, distJs: dist }, null, 2));
  for (const breach of breaches) console.error(`Size budget exceeded: ${breach}`);
  if (breaches.length === 0) console.log('Size budget met.');
  return breaches.length === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  },
);
