import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startOutboxTriggers } from '../../../src/sync/outbox-triggers.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const drain = vi.fn(() => Promise.resolve());
  const window = new EventTarget();
  const document = Object.assign(new EventTarget(), { visibilityState: 'hidden' });
  const stop = startOutboxTriggers(drain, { window, document }, 60_000);
  return { drain, window, document, stop };
}

describe('outbox triggers', () => {
  it('drains at start, when the device comes online and when the app is shown again', () => {
    const { drain, window, document } = setup();
    expect(drain).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('online'));
    expect(drain).toHaveBeenCalledTimes(2);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(drain).toHaveBeenCalledTimes(2);
    document.visibilityState = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(drain).toHaveBeenCalledTimes(3);
  });

  it('drains every minute until stopped', () => {
    const { drain, stop } = setup();
    vi.advanceTimersByTime(120_000);
    expect(drain).toHaveBeenCalledTimes(3);
    stop();
    vi.advanceTimersByTime(120_000);
    expect(drain).toHaveBeenCalledTimes(3);
  });
});
