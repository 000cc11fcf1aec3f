/** Latency summary in milliseconds, rounded to 0.1 ms. */
export interface LatencyStats {
  /** How many samples. */
  count: number;
  /** Median (nearest rank). */
  p50: number;
  /** 95th percentile (nearest rank). */
  p95: number;
  /** Slowest sample. */
  max: number;
}

/** Nearest-rank percentile of samples (p in 0..100). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** p50, p95 and max of samples. */
export function latencyStats(samples: readonly number[]): LatencyStats {
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(percentile(samples, 100)),
  };
}

/** Rounds to one decimal, for JSON that stays readable. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
