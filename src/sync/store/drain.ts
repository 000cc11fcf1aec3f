import type { LotseDb, OutboxRow } from '../../db/database.ts';
import type { SubmissionReceipt } from '../../shared/submission.ts';
import { openOutboxAnnouncer, type OutboxChange } from '../outbox-channel.ts';
import { BACKOFF_BASE_MS, backoffDelay } from './backoff.ts';
import { DeviceSession } from './device-token.ts';
import { SendFailure } from './http-failure.ts';
import { isSendable, markSent, sendableRequest } from './outbox-files.ts';
import { fetchReceipt, postSubmission, type SubmissionTransport } from './submission-client.ts';
import { uploadAttachments } from './upload.ts';

/** Largest attachment chunk the protocol allows (1 MiB). */
export const MAX_CHUNK_BYTES = 1024 * 1024;

/** Options of drainOutbox; everything but baseUrl has a default for real use. */
export interface DrainOptions {
  /** Origin of the API, no trailing slash. */
  baseUrl: string;
  /** The fetch to use. */
  fetch?: typeof fetch;
  /** The clock (epoch ms). */
  now?: () => number;
  /** Random numbers in [0, 1) for the backoff jitter. */
  random?: () => number;
  /** Stops after the current request (tab closing, service worker event ending). */
  signal?: AbortSignal;
  /** Per-request timeout (ms), 30 s by default. */
  timeoutMs?: number;
  /** Attachment chunk size, at most 1 MiB. */
  chunkBytes?: number;
  /**
   * Told of every state change and every confirmed chunk, so a screen can show upload progress
   * while the drain runs. Default: announced on the `lotse-outbox` BroadcastChannel, which every
   * page of the origin hears, whichever of page, worker or service worker drains.
   */
  onChange?: (change: OutboxChange) => void;
}

/** What one drain did, and what is left. */
export interface DrainSummary {
  /** Items that reached `sent` in this drain. */
  sent: number;
  /** Items that reached `failed` (needs attention) in this drain. */
  failed: number;
  /** Items still queued (due later or retrying). */
  waiting: number;
  /** When the earliest waiting item is due (epoch ms), or null when none waits. */
  nextAttemptAt: number | null;
}

/**
 * Sends every due outbox item once, oldest first, one at a time: POST with the Idempotency-Key,
 * then the missing attachments in chunks. Only a verified receipt counts as progress; any other
 * answer leaves the item queued with backoff, or failed when the server rejected it for good.
 * Call it under withDrainLock; it uses only fetch and Dexie, so page, worker and service worker
 * can run it.
 */
export async function drainOutbox(db: LotseDb, options: DrainOptions): Promise<DrainSummary> {
  const now = options.now ?? Date.now;
  const transport: SubmissionTransport = {
    fetch: options.fetch ?? fetch.bind(globalThis),
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    token: '',
    timeoutMs: options.timeoutMs ?? 30_000,
    now,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  // Registers this device before its first request if it has no credential yet.
  const session = new DeviceSession(db, transport);
  const chunkBytes = Math.min(options.chunkBytes ?? MAX_CHUNK_BYTES, MAX_CHUNK_BYTES);
  const pending = await db.outbox.where('state').anyOf('queued', 'sending').sortBy('createdAt');
  // A plaintext item waits for the worker to encrypt it (encrypt-legacy.ts).
  const due = pending.filter((row) => row.nextAttemptAt <= now() && isSendable(row));
  const announcer = options.onChange ? undefined : openOutboxAnnouncer();
  const report = options.onChange ?? announcer!.announce;
  let sent = 0;
  let failed = 0;
  try {
    for (const row of due) {
      if (options.signal?.aborted) break;
      const random = options.random ?? Math.random;
      // A revoked device sends nothing more: each item needs attention with the server's reason.
      const state = session.revoked
        ? await recordFailure(db, transport, row.id, session.revoked, random)
        : await sendItem(db, transport, row, { chunkBytes, random, report, session });
      report({ id: row.id, state, kind: 'state' });
      if (state === 'sent') sent++;
      if (state === 'failed') failed++;
    }
  } finally {
    announcer?.close();
  }
  const waiting = await db.outbox.where('state').anyOf('queued', 'sending').toArray();
  const times = waiting.map((row) => row.nextAttemptAt);
  return {
    sent,
    failed,
    waiting: waiting.length,
    nextAttemptAt: times.length ? Math.min(...times) : null,
  };
}

/** How one item is sent: chunk size, jitter, where changes are reported, the credential. */
interface SendSettings {
  chunkBytes: number;
  random: () => number;
  report: (change: OutboxChange) => void;
  session: DeviceSession;
}

async function sendItem(
  db: LotseDb,
  transport: SubmissionTransport,
  row: OutboxRow,
  settings: SendSettings,
): Promise<OutboxRow['state']> {
  const { chunkBytes, random, report, session } = settings;
  await db.outbox.update(row.id, { state: 'sending', updatedAt: transport.now() });
  report({ id: row.id, state: 'sending', kind: 'state' });
  try {
    await session.ensure();
    let receipt = row.receipt;
    if (!receipt) {
      receipt = await postSubmission(transport, row.id, sendableRequest(row));
      // Progress is durable at once: a later failure must never POST a different body.
      await db.outbox.update(row.id, { receipt, attempts: 0, updatedAt: transport.now() });
    }
    if (receipt.missingAttachments.length > 0) {
      await uploadAttachments(db, transport, row, receipt.missingAttachments, chunkBytes, () =>
        report({ id: row.id, state: 'sending', kind: 'progress' }),
      );
      receipt = await fetchReceipt(transport, row.id);
      await db.outbox.update(row.id, { receipt, updatedAt: transport.now() });
    }
    if (receipt.missingAttachments.length > 0) throw incomplete(receipt);
    await markSent(db, row.id, transport.now());
    return 'sent';
  } catch (error) {
    let failure = error;
    try {
      // The server forgot this device (its database was reset): registered again, try once more.
      if (await session.renewAfter(error)) {
        return await sendItem(db, transport, (await db.outbox.get(row.id)) ?? row, settings);
      }
    } catch (renewError) {
      failure = renewError;
    }
    return recordFailure(db, transport, row.id, failure, random);
  }
}

async function recordFailure(
  db: LotseDb,
  transport: SubmissionTransport,
  id: string,
  error: unknown,
  random: () => number,
): Promise<OutboxRow['state']> {
  const now = transport.now();
  const current = await db.outbox.get(id);
  if (!current) return 'failed';
  if (transport.signal?.aborted) {
    // Stopped from outside: not the server's fault, so no attempt is counted.
    await db.outbox.update(id, { state: 'queued', updatedAt: now });
    return 'queued';
  }
  const failure =
    error instanceof SendFailure
      ? error
      : new SendFailure({ kind: 'retryable', code: 'client', message: String(error) });
  const attempts = current.attempts + 1;
  if (failure.failure.kind === 'needs-attention') {
    await db.outbox.update(id, {
      state: 'failed',
      attempts,
      lastError: failure.failure,
      updatedAt: now,
    });
    return 'failed';
  }
  const delay = Math.max(
    failure.soon ? BACKOFF_BASE_MS : backoffDelay(attempts, random),
    failure.retryAfterMs ?? 0,
  );
  await db.outbox.update(id, {
    state: 'queued',
    attempts,
    nextAttemptAt: now + delay,
    lastError: failure.failure,
    updatedAt: now,
  });
  return 'queued';
}

function incomplete(receipt: SubmissionReceipt): SendFailure {
  return new SendFailure({
    kind: 'retryable',
    code: 'attachments_incomplete',
    message: `server still misses ${receipt.missingAttachments.join(', ')}`,
  });
}
