import { PAGE_JS_BUDGET_BYTES, WORKER_JS_BUDGET_BYTES } from './budget.ts';
import { kb, type JsGroup } from './gzip-size.ts';
import type { FirstScreenJs } from './measure-first-screen.ts';

/** Budget breaches as sentences; empty when the first screen fits. */
export function budgetBreaches(js: FirstScreenJs): string[] {
  const breaches: string[] = [];
  const check = (what: string, group: JsGroup, budget: number): void => {
    if (group.gzipBytes > budget) {
      const largest = group.files
        .slice(0, 3)
        .map((file) => `${file.url} ${kb(file.gzipBytes)}`)
        .join(', ');
      breaches.push(
        `${what} JS is ${kb(group.gzipBytes)} gzipped, over the budget of ${kb(budget)} (largest: ${largest})`,
      );
    }
  };
  check('page', js.page, PAGE_JS_BUDGET_BYTES);
  check('worker', js.worker, WORKER_JS_BUDGET_BYTES);
  return breaches;
}
