import { DraftNotFoundError } from './drafts-store.ts';

/**
 * Outcome of a write the page must react to, serializable through Comlink: a rejected promise
 * loses its type on the way and is easy to ignore, a result is not.
 */
export type StorageResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** 'quota': the device's storage for Lotse is full; 'not-found': the draft is gone. */
      reason: 'quota' | 'not-found';
    };

/** How deep to follow `inner`/`cause`: Dexie wraps once or twice (AbortError → inner). */
const MAX_DEPTH = 4;

/**
 * Whether an error means the storage quota is exhausted: a DOMException 'QuotaExceededError'
 * as IndexedDB raises it, Dexie's `Dexie.QuotaExceededError`, or either wrapped by Dexie
 * (a transaction's AbortError whose `inner` is the quota error).
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false;
  const { name, inner, cause } = error as { name?: unknown; inner?: unknown; cause?: unknown };
  if (name === 'QuotaExceededError') return true;
  return isQuotaExceeded(inner, depth + 1) || isQuotaExceeded(cause, depth + 1);
}

/**
 * Runs a write and maps the failures a user can act on (full storage, deleted draft) to a
 * result. Anything else is a bug or a broken database and still rejects.
 */
export async function guardStorage<T>(write: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    if (isQuotaExceeded(error)) return { ok: false, reason: 'quota' };
    if (error instanceof DraftNotFoundError) return { ok: false, reason: 'not-found' };
    throw error;
  }
}
