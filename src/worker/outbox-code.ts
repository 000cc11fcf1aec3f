/**
 * The outbox code of the worker, loaded only when there is something to send or to ask: a phone
 * that never submitted does not download it with the first screen.
 */
export { enqueueSubmission } from '../sync/store/enqueue.ts';
export { drainOutbox } from '../sync/store/drain.ts';
export { STATUS_LOCK, withDrainLock } from '../sync/store/drain-lock.ts';
export { refreshSubmissionStatus } from '../sync/store/status-refresh.ts';
