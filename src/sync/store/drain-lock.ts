/** The part of the Web Locks API the outbox needs (navigator.locks in page, worker and SW). */
export interface DrainLocks {
  /** Runs `callback` with the lock, or with null when `ifAvailable` and someone else holds it. */
  request<T>(
    name: string,
    options: { ifAvailable: true },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

/** Name of the Web Lock that one drainer per origin holds. */
export const OUTBOX_LOCK = 'lotse-outbox';

/** Name of the Web Lock that one office-status check per origin holds (it never blocks a drain). */
export const STATUS_LOCK = 'lotse-outbox-status';

/** What withDrainLock did: ran the drain, or skipped it because another drainer holds the lock. */
export type LockedRun<T> = { ran: true; value: T } | { ran: false };

/**
 * Locks of one JavaScript realm, for browsers without Web Locks and for Node. They only exclude
 * drainers in the same realm; Web Locks exclude across tabs, workers and the service worker.
 */
export function createMemoryLocks(): DrainLocks {
  const held = new Set<string>();
  return {
    async request(name, _options, callback) {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

const realmLocks = createMemoryLocks();

function defaultLocks(): DrainLocks {
  const locks = (globalThis as { navigator?: { locks?: DrainLocks } }).navigator?.locks;
  return locks ?? realmLocks;
}

/**
 * Runs `drain` while holding the outbox lock (or the lock `name`), so only one drainer across all
 * tabs, workers and the service worker sends at a time; when another holds it, returns at once
 * without running.
 */
export async function withDrainLock<T>(
  drain: () => Promise<T>,
  locks: DrainLocks = defaultLocks(),
  name: string = OUTBOX_LOCK,
): Promise<LockedRun<T>> {
  return locks.request(name, { ifAvailable: true }, async (lock): Promise<LockedRun<T>> =>
    lock === null ? { ran: false } : { ran: true, value: await drain() },
  );
}
