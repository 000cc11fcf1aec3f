/**
 * Auto-lock (page side, the one DOM module here): calls `onLock` after a period without input,
 * and when the app was hidden longer than a grace period. Input only stores a timestamp; one
 * timer checks it, so a burst of pointer moves costs no timer work.
 */

/** Why the app locked. */
export type LockReason = 'idle' | 'hidden';

/** Options of startAutoLock. */
export interface AutoLockOptions {
  /** Lock after this long without input (ms); default 5 minutes. */
  idleMs?: number;
  /** Lock when the app was hidden longer than this (ms); default 30 seconds. */
  hiddenGraceMs?: number;
  /** Called once per idle period; it should drop the keys and show the sign-in screen. */
  onLock: (reason: LockReason) => void;
  /** Where input is observed; default `window`. */
  target?: EventTarget;
  /** Whose visibility is observed; default `document`. */
  doc?: Document;
  /** The clock; default `Date.now`. */
  now?: () => number;
}

/** A running auto-lock. */
export interface AutoLock {
  /** Removes the listeners and timers. */
  stop(): void;
  /** Counts as input: starts a new idle period (call it after unlocking). */
  touch(): void;
}

/** Input that counts as activity. */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel'];

/** Longer delays overflow setTimeout into firing at once. */
const MAX_TIMER_MS = 2_147_483_647;
const after = (ms: number, fn: () => void) => setTimeout(fn, Math.min(ms, MAX_TIMER_MS));

/** Starts watching input and visibility; see AutoLockOptions. */
export function startAutoLock({
  idleMs = 300_000,
  hiddenGraceMs = 30_000,
  onLock,
  target = window,
  doc = document,
  now = Date.now,
}: AutoLockOptions): AutoLock {
  if (!(idleMs > 0) || !(hiddenGraceMs >= 0)) {
    throw new RangeError('idleMs must be > 0 and hiddenGraceMs ≥ 0.');
  }
  let lastActivity = now();
  let hiddenSince: number | undefined;
  let locked = false;
  let stopped = false;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;

  const lock = (reason: LockReason): void => {
    if (locked) return;
    locked = true;
    clearTimeout(idleTimer);
    idleTimer = undefined;
    onLock(reason);
  };
  const checkIdle = (): void => {
    idleTimer = undefined;
    const left = lastActivity + idleMs - now();
    if (left > 0) idleTimer = after(left, checkIdle);
    else lock('idle');
  };
  const onActivity = (): void => {
    if (stopped) return;
    lastActivity = now();
    locked = false;
    // Only arm when nothing is armed: the armed timer re-checks lastActivity when it fires.
    idleTimer ??= after(idleMs, checkIdle);
  };
  const hiddenTooLong = (): boolean =>
    hiddenSince !== undefined && now() - hiddenSince > hiddenGraceMs;
  const checkHidden = (): void => {
    hiddenTimer = undefined;
    if (hiddenSince === undefined) return;
    if (hiddenTooLong()) lock('hidden');
    else hiddenTimer = after(hiddenSince + hiddenGraceMs + 1 - now(), checkHidden);
  };
  const onVisibility = (): void => {
    if (stopped) return;
    if (doc.visibilityState === 'hidden') {
      hiddenSince ??= now();
      hiddenTimer ??= after(hiddenGraceMs + 1, checkHidden);
      return;
    }
    // Timers in hidden pages are throttled or frozen, so check on return as well.
    if (hiddenTooLong()) lock('hidden');
    hiddenSince = undefined;
    clearTimeout(hiddenTimer);
    hiddenTimer = undefined;
  };

  const listen = { capture: true, passive: true };
  for (const type of ACTIVITY_EVENTS) target.addEventListener(type, onActivity, listen);
  doc.addEventListener('visibilitychange', onVisibility);
  idleTimer = after(idleMs, checkIdle);
  onVisibility();

  return {
    stop() {
      stopped = true;
      for (const type of ACTIVITY_EVENTS) target.removeEventListener(type, onActivity, listen);
      doc.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(idleTimer);
      clearTimeout(hiddenTimer);
      idleTimer = hiddenTimer = undefined;
    },
    touch: onActivity,
  };
}
