import type { LotseDb, OutboxRow } from '../../db/database.ts';
import { isEncryptedRequest, type SubmissionRequest } from '../../shared/submission.ts';
import { SendFailure } from './http-failure.ts';

/**
 * Whether a drainer may work on the item without any key: an encrypted request, or one the server
 * already accepted (a plaintext item queued before encryption whose documents are still going up).
 * A plaintext item the server never confirmed waits for the worker to encrypt it.
 */
export function isSendable(row: OutboxRow): boolean {
  return row.receipt !== undefined || isEncryptedRequest(row.request);
}

/** The request to POST; a plaintext one is never sent (the server refuses it anyway). */
export function sendableRequest(row: OutboxRow): SubmissionRequest {
  if (isEncryptedRequest(row.request)) return row.request;
  throw new SendFailure({
    kind: 'retryable',
    code: 'not_encrypted',
    message: 'queued before end-to-end encryption; the app encrypts it before sending',
  });
}

/**
 * The bytes to upload for an attachment: its ciphertext from the outbox, or for an item the
 * server accepted in plaintext before the update, the document as the draft stored it. An
 * encrypted item never falls back to the clear document.
 */
export async function uploadBlob(
  db: LotseDb,
  row: OutboxRow,
  attachmentId: string,
): Promise<Blob | undefined> {
  if (isEncryptedRequest(row.request)) {
    return (await db.outboxFiles.get([row.id, attachmentId]))?.blob;
  }
  return (await db.attachments.get(attachmentId))?.blob;
}

/** Marks the item sent and drops its ciphertext: the office has it now. */
export async function markSent(db: LotseDb, id: string, now: number): Promise<void> {
  await db.transaction('rw', db.outbox, db.outboxFiles, async () => {
    await db.outbox.update(id, { state: 'sent', lastError: undefined, updatedAt: now });
    await db.outboxFiles.where('outboxId').equals(id).delete();
  });
}
