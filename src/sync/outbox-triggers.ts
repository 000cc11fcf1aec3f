import { OUTBOX_SYNC_TAG } from './outbox-tag.ts';

export { OUTBOX_SYNC_TAG };

/** Where the page listens for moments worth a drain (window and document in the app). */
export interface TriggerTargets {
  /** Fires `online`. */
  window: EventTarget;
  /** Fires `visibilitychange`; drains only when it became visible. */
  document: EventTarget & { visibilityState: string };
}

/**
 * Drains now, when the device comes online, when the app becomes visible again, and every
 * `intervalMs` unless it is null (the drain itself skips items that are not due and runs under
 * the outbox lock). Returns a function that stops all triggers.
 */
export function startOutboxTriggers(
  drain: () => Promise<unknown>,
  targets: TriggerTargets,
  intervalMs: number | null = 60_000,
): () => void {
  const run = () => {
    // A failed drain leaves the items queued; the next trigger tries again.
    drain().catch(() => undefined);
  };
  const onVisible = () => {
    if (targets.document.visibilityState === 'visible') run();
  };
  targets.window.addEventListener('online', run);
  targets.document.addEventListener('visibilitychange', onVisible);
  const timer = intervalMs === null ? undefined : setInterval(run, intervalMs);
  run();
  return () => {
    targets.window.removeEventListener('online', run);
    targets.document.removeEventListener('visibilitychange', onVisible);
    clearInterval(timer);
  };
}

/**
 * Asks the browser to wake the service worker with a `sync` event once a connection is back
 * (Chromium's Background Sync); resolves false where the browser does not have it.
 */
export async function requestBackgroundSync(
  registration: ServiceWorkerRegistration,
): Promise<boolean> {
  const sync = (registration as { sync?: { register(tag: string): Promise<void> } }).sync;
  if (!sync) return false;
  try {
    await sync.register(OUTBOX_SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}
