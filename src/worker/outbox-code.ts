/**
 * The outbox code of the worker, loaded only when there is something to send or to ask: a phone
 * that never submitted does not download it with the first screen. It carries the end-to-end
 * encryption (jose), which is why nothing else may import it eagerly.
 */
import type { LotseDb } from '../db/database.ts';
import { drainOutbox as drain, type DrainOptions } from '../sync/store/drain.ts';
import { encryptLegacyItems } from '../sync/store/encrypt-legacy.ts';

export { enqueueSubmission } from '../sync/store/enqueue.ts';
export { STATUS_LOCK, withDrainLock } from '../sync/store/drain-lock.ts';
export { refreshSubmissionStatus } from '../sync/store/status-refresh.ts';

/**
 * Encrypts items queued in plaintext before the update (only the worker can: the service worker
 * has no encryption code), then drains. Call it under the drain lock.
 */
export async function drainOutbox(db: LotseDb, options: DrainOptions) {
  await encryptLegacyItems(db, options.now);
  return drain(db, options);
}
