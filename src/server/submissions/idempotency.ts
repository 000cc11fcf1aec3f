/**
 * The Idempotency-Key lock (IETF httpapi Idempotency-Key draft), kept in the database so that
 * stateless server processes agree: the first request inserts a 'processing' row in its own
 * statement before any work; others with the same key see it and answer 409 (in flight), 422
 * (another payload) or the stored receipt (done). A lock older than the timeout belongs to a
 * process that died and may be taken over.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';

/** How long a 'processing' lock holds before another request may take it over. */
export const DEFAULT_LOCK_TIMEOUT_MS = 30_000;

/** Who sends what under which key. */
export interface KeyClaim {
  /** The Idempotency-Key (lowercase UUID). */
  key: string;
  /** SHA-256 of the canonical body. */
  fingerprint: string;
  /** SHA-256 of the device token. */
  deviceTokenHash: string;
}

/** The outcome of claiming a key. */
export type ClaimResult =
  | { kind: 'claimed'; lockedAt: string }
  | { kind: 'done' }
  | { kind: 'in-progress' }
  | { kind: 'reused' };

/** Tries to take the key's lock. Never waits: a held lock is reported, not awaited. */
export async function claimKey(
  db: Kysely<Database>,
  claim: KeyClaim,
  now: Date,
  lockTimeoutMs: number,
): Promise<ClaimResult> {
  const lockedAt = now.toISOString();
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({
      key: claim.key,
      fingerprint: claim.fingerprint,
      device_token_hash: claim.deviceTokenHash,
      state: 'processing',
      receipt_json: null,
      locked_at: lockedAt,
    })
    .onConflict((conflict) => conflict.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  if (inserted !== undefined) return { kind: 'claimed', lockedAt };

  const row = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('key', '=', claim.key)
    .executeTakeFirst();
  // Released between our insert and this read (a failed first request): the client may retry.
  if (row === undefined) return { kind: 'in-progress' };
  if (row.fingerprint !== claim.fingerprint || row.device_token_hash !== claim.deviceTokenHash) {
    return { kind: 'reused' };
  }
  if (row.state === 'done') return { kind: 'done' };
  const staleBefore = new Date(now.getTime() - lockTimeoutMs).toISOString();
  if (row.locked_at >= staleBefore) return { kind: 'in-progress' };
  // Compare-and-set on the old lock time: of several requests finding the same stale lock, one wins.
  const taken = await db
    .updateTable('idempotency_keys')
    .set({ locked_at: lockedAt })
    .where('key', '=', claim.key)
    .where('state', '=', 'processing')
    .where('locked_at', '=', row.locked_at)
    .returning('key')
    .executeTakeFirst();
  return taken !== undefined ? { kind: 'claimed', lockedAt } : { kind: 'in-progress' };
}

/** Gives the key back after a refused request (invalid answers…), so a corrected one may use it. */
export async function releaseKey(
  db: Kysely<Database>,
  key: string,
  lockedAt: string,
): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('key', '=', key)
    .where('state', '=', 'processing')
    .where('locked_at', '=', lockedAt)
    .execute();
}
