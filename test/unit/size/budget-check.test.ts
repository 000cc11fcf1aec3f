import { describe, expect, it } from 'vitest';
import { PAGE_JS_BUDGET_BYTES, WORKER_JS_BUDGET_BYTES } from '../../size/budget.ts';
import { budgetBreaches } from '../../size/budget-check.ts';
import { groupOf, sizeOf } from '../../size/gzip-size.ts';
import type { FirstScreenJs } from '../../size/measure-first-screen.ts';

function firstScreen(pageGzip: number, workerGzip: number): FirstScreenJs {
  const file = (url: string, gzipBytes: number) => ({ url, bytes: gzipBytes * 3, gzipBytes });
  return {
    page: groupOf([file('/assets/i18n.js', pageGzip - 100), file('/assets/index.js', 100)]),
    worker: groupOf([file('/assets/worker.js', workerGzip)]),
    serviceWorker: groupOf([]),
    renderedMs: 1000,
  };
}

describe('the first-screen size budget', () => {
  it('passes when page and worker are within their budgets', () => {
    expect(budgetBreaches(firstScreen(PAGE_JS_BUDGET_BYTES, WORKER_JS_BUDGET_BYTES))).toEqual([]);
  });

  it('names the side that is over budget and its largest files', () => {
    const breaches = budgetBreaches(firstScreen(PAGE_JS_BUDGET_BYTES + 1, 1000));
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatch(/^page JS is 80\.0 KB gzipped, over the budget of 80\.0 KB/);
    expect(breaches[0]).toContain('/assets/i18n.js');
  });

  it('sizes a body gzipped at level 9, smaller than the raw bytes for repetitive code', () => {
    const body = new TextEncoder().encode('export const a = 1;\n'.repeat(500));
    const size = sizeOf('/a.js', body);
    expect(size.bytes).toBe(body.byteLength);
    expect(size.gzipBytes).toBeGreaterThan(0);
    expect(size.gzipBytes).toBeLessThan(size.bytes / 10);
  });
});
