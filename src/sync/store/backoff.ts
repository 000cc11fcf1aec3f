/** First retry delay before jitter (ms). */
export const BACKOFF_BASE_MS = 2_000;
/** Longest delay between attempts (ms). */
export const BACKOFF_CAP_MS = 15 * 60_000;
/** Longest Retry-After we obey, so a wrong header cannot park an application for days. */
const RETRY_AFTER_LIMIT_MS = 24 * 60 * 60_000;

/**
 * Exponential backoff with full jitter: a random delay between 0 and min(cap, base · 2^(n−1)) for
 * the n-th failed attempt, so many devices coming online together do not retry in lockstep.
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.floor(random() * ceiling);
}

/** Milliseconds a Retry-After header (delay-seconds or HTTP date) asks to wait, if valid. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  let wait: number;
  if (/^\d+$/.test(text)) wait = Number(text) * 1000;
  else {
    const date = Date.parse(text);
    if (Number.isNaN(date)) return undefined;
    wait = date - now;
  }
  return Math.min(RETRY_AFTER_LIMIT_MS, Math.max(0, wait));
}
