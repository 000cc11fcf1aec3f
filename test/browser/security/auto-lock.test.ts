import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { userEvent } from 'vitest/browser';
import { startAutoLock, type AutoLock, type LockReason } from '../../../src/security/auto-lock.ts';

const IDLE_MS = 200;
const GRACE_MS = 100;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Pretends the page became hidden or visible, as the browser announces it. */
function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('auto-lock, in Chromium (idle 200 ms, hidden grace 100 ms)', () => {
  let running: AutoLock | undefined;
  const locks: { reason: LockReason; at: number }[] = [];
  let skew = 0;
  const now = () => Date.now() + skew;

  /** Starts the auto-lock; returns a time no later than its own start. */
  const start = (idleMs = IDLE_MS): number => {
    const startedAt = now();
    running = startAutoLock({
      idleMs,
      hiddenGraceMs: GRACE_MS,
      now,
      onLock: (reason) => locks.push({ reason, at: now() }),
    });
    return startedAt;
  };

  /** Waits until `count` locks happened, at most `ms`. */
  const waitForLocks = async (count: number, ms = 2_000): Promise<void> => {
    const until = Date.now() + ms;
    while (locks.length < count && Date.now() < until) await sleep(10);
  };

  afterEach(() => {
    running?.stop();
    running = undefined;
    locks.length = 0;
    skew = 0;
    Reflect.deleteProperty(document, 'visibilityState');
  });

  it('locks once after the idle time without input', async () => {
    const startedAt = start();
    await sleep(3 * IDLE_MS);
    expect(locks.map((lock) => lock.reason)).toEqual(['idle']);
    expect(locks[0]!.at - startedAt).toBeGreaterThanOrEqual(IDLE_MS);
  });

  it('postpones the lock while keys are pressed', async () => {
    // Registered before the auto-lock's own listener, so it sees each key no later than it does.
    let lastInputAt = 0;
    const seen = () => void (lastInputAt = now());
    window.addEventListener('keydown', seen, { capture: true });
    onTestFinished(() => window.removeEventListener('keydown', seen, { capture: true }));
    start();
    for (let i = 0; i < 8; i++) {
      await sleep(IDLE_MS / 4);
      await userEvent.keyboard('a');
    }
    expect(lastInputAt).toBeGreaterThan(0);
    // Two idle periods have passed: without the input it would have locked already.
    expect(locks).toEqual([]);
    await waitForLocks(1);
    expect(locks.map((lock) => lock.reason)).toEqual(['idle']);
    expect(locks[0]!.at - lastInputAt).toBeGreaterThanOrEqual(IDLE_MS);
  });

  it('starts a new idle period with the next input after locking, and locks again', async () => {
    start();
    await waitForLocks(1);
    await sleep(IDLE_MS);
    expect(locks).toHaveLength(1);
    await userEvent.keyboard('b');
    await waitForLocks(2);
    expect(locks.map((lock) => lock.reason)).toEqual(['idle', 'idle']);
  });

  it('counts wheel, touch and pointer input as activity too', async () => {
    start();
    const events = [
      new WheelEvent('wheel', { bubbles: true }),
      new PointerEvent('pointerdown', { bubbles: true }),
      new PointerEvent('pointermove', { bubbles: true }),
      new Event('touchstart', { bubbles: true }),
    ];
    for (const event of [...events, ...events]) {
      await sleep(IDLE_MS / 4);
      document.body.dispatchEvent(event);
    }
    expect(locks).toEqual([]);
    await waitForLocks(1);
    expect(locks).toHaveLength(1);
  });

  it('locks on return when the page was hidden longer than the grace period', () => {
    start(60_000);
    setVisibility('hidden');
    skew += GRACE_MS + 50; // the page's timers were frozen meanwhile
    expect(locks).toEqual([]);
    setVisibility('visible');
    expect(locks.map((lock) => lock.reason)).toEqual(['hidden']);
  });

  it('does not lock when the page was hidden only briefly', async () => {
    start(60_000);
    setVisibility('hidden');
    skew += GRACE_MS / 2;
    setVisibility('visible');
    await sleep(3 * GRACE_MS);
    expect(locks).toEqual([]);
  });

  it('locks once while hidden past the grace period, not again on return', async () => {
    start(60_000);
    setVisibility('hidden');
    await waitForLocks(1);
    expect(locks.map((lock) => lock.reason)).toEqual(['hidden']);
    await sleep(2 * GRACE_MS);
    setVisibility('visible');
    expect(locks).toHaveLength(1);
  });

  it('does not lock after the idle period either once locked while hidden', async () => {
    start();
    setVisibility('hidden');
    await sleep(3 * IDLE_MS);
    setVisibility('visible');
    expect(locks.map((lock) => lock.reason)).toHaveLength(1);
  });

  it('stops watching after stop()', async () => {
    start();
    running!.stop();
    running!.touch();
    setVisibility('hidden');
    await sleep(3 * IDLE_MS);
    setVisibility('visible');
    expect(locks).toEqual([]);
  });
});
