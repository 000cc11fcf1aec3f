import { openDb } from '../src/db/database.ts';
import { drainOutbox } from '../src/sync/store/drain.ts';
import { withDrainLock } from '../src/sync/store/drain-lock.ts';
import { OUTBOX_SYNC_TAG } from '../src/sync/outbox-tag.ts';

declare let self: ServiceWorkerGlobalScope;

/** The Background Sync event (Chromium); not yet in TypeScript's webworker lib. */
interface SyncEvent extends ExtendableEvent {
  /** The tag the page registered. */
  readonly tag: string;
}

/**
 * Sends queued applications when the browser wakes the service worker after the connection came
 * back, even with every Lotse tab closed: the same drain code as the page, under the same lock.
 */
export function listenForBackgroundSync(): void {
  self.addEventListener('sync', (event) => {
    const sync = event as SyncEvent;
    if (sync.tag !== OUTBOX_SYNC_TAG) return;
    sync.waitUntil(
      (async () => {
        const run = await withDrainLock(() =>
          drainOutbox(openDb(), { baseUrl: self.location.origin }),
        );
        // A rejection makes the browser schedule the sync again later.
        if (run.ran && run.value.waiting > 0) throw new Error('outbox still waiting');
      })(),
    );
  });
}
