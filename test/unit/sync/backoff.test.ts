import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelay, retryAfterMs } from '../../../src/sync/store/backoff.ts';
import { isReceiptFor } from '../../../src/sync/store/receipt-check.ts';

describe('backoff', () => {
  it('doubles the longest wait per attempt, from 2 s up to 15 minutes', () => {
    const longest = (attempts: number) => backoffDelay(attempts, () => 0.999999);
    expect(longest(1)).toBe(1999);
    expect(longest(2)).toBe(3999);
    expect(longest(30)).toBe(BACKOFF_CAP_MS - 1);
  });

  it('spreads retries over the whole window (full jitter)', () => {
    expect(backoffDelay(4, () => 0)).toBe(0);
    expect(backoffDelay(4, () => 0.5)).toBe(8000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.UTC(2026, 0, 5, 9);
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('receipt check', () => {
  const receipt = {
    id: 'r1',
    idempotencyKey: 'k1',
    reference: 'LT-7K4M-2QX9-C',
    receivedAt: '2026-01-05T09:00:00Z',
    serviceId: 's',
    formId: 'f',
    status: 'received',
    missingAttachments: [],
  };

  it('accepts a receipt of our API for this key only', () => {
    expect(isReceiptFor(receipt, 'k1')).toBe(true);
    expect(isReceiptFor(receipt, 'k2')).toBe(false);
  });

  it('rejects JSON that only looks similar', () => {
    expect(isReceiptFor({ ...receipt, reference: 'welcome' }, 'k1')).toBe(false);
    expect(isReceiptFor({ ...receipt, status: 'ok' }, 'k1')).toBe(false);
    expect(isReceiptFor({ ok: true }, 'k1')).toBe(false);
  });
});
