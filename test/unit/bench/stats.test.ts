import { describe, expect, it } from 'vitest';
import { scoreHits } from '../../bench/browser-bench.ts';
import { latencyStats, percentile } from '../../bench/stats.ts';

describe('bench statistics', () => {
  it('takes nearest-rank percentiles, so p95 of 20 samples is the 19th fastest', () => {
    const samples = Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(percentile(samples, 50)).toBe(10);
    expect(percentile(samples, 95)).toBe(19);
    expect(percentile(samples, 100)).toBe(20);
  });

  it('summarises latencies rounded to a tenth of a millisecond', () => {
    expect(latencyStats([1.04, 2.26, 9.99])).toEqual({ count: 3, p50: 2.3, p95: 10, max: 10 });
  });

  it('counts a query as met only when its service is within the rank bound', () => {
    const queries = [
      { query: 'umzug', expect: 'Wohnsitz Anmeldung', within: 1 },
      { query: 'pass', expect: 'Reisepass', within: 3 },
      { query: 'xyz', expect: 'Hundesteuer', within: 10 },
    ];
    const names = [['Wohnsitz Abmeldung', 'Wohnsitz Anmeldung'], ['A', 'B', 'Reisepass'], []];
    const score = scoreHits(queries, names);
    expect(score).toMatchObject({ met: 1, total: 3, rate: 0.333 });
    expect(score.misses.map((miss) => [miss.query, miss.rank])).toEqual([
      ['umzug', 2],
      ['xyz', null],
    ]);
  });
});
