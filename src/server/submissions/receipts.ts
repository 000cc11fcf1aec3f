/** Storing a submission and reading its receipt. */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  isEncryptedRequest,
  type PlaintextSubmissionRequest,
  type SubmissionReceipt,
  type SubmissionRequest,
  type SubmissionStatus,
} from '../../shared/submission.ts';
import { canonicalJson } from '../forms/canonical-json.ts';
import type { Database } from '../storage/schema.ts';
import { newReference } from './reference.ts';

/** Another request took over this key's lock (ours was stale); it will finish the submission. */
export class LockLostError extends Error {
  override name = 'LockLostError';
}

/** Random references collide once in 2^40; a handful of tries is plenty. */
const REFERENCE_TRIES = 8;

/** What storeSubmission needs beyond the request. */
export interface NewSubmission {
  /** The Idempotency-Key. */
  key: string;
  /** The lock time claimKey returned: the commit succeeds only while we still hold the lock. */
  lockedAt: string;
  /** SHA-256 of the device token. */
  deviceTokenHash: string;
  /** The checked request (plaintext only where a test allows it). */
  request: SubmissionRequest | PlaintextSubmissionRequest;
  /** Now. */
  now: Date;
}

/**
 * Stores the submission, its announced attachments and the receipt in one transaction, and marks
 * the key done. Throws LockLostError (nothing stored) when the lock was taken over meanwhile.
 */
export async function storeSubmission(
  db: Kysely<Database>,
  submission: NewSubmission,
): Promise<SubmissionReceipt> {
  return db.transaction().execute(async (trx) => {
    const { request, key } = submission;
    const id = randomUUID();
    const receivedAt = submission.now.toISOString();
    const status: SubmissionStatus =
      request.attachments.length > 0 ? 'awaiting-attachments' : 'received';
    const reference = await insertWithFreshReference(trx, {
      id,
      idempotency_key: key,
      device_token_hash: submission.deviceTokenHash,
      form_id: request.formId,
      form_version: request.formVersion,
      service_id: request.serviceId,
      ...contentColumns(request),
      status,
      received_at: receivedAt,
      status_note: null,
      status_changed_at: null,
    });
    if (request.attachments.length > 0) {
      await trx
        .insertInto('submission_attachments')
        .values(
          request.attachments.map((attachment) => ({
            submission_id: id,
            attachment_id: attachment.id,
            type: 'type' in attachment ? attachment.type : ENCRYPTED_TYPE,
            size: attachment.size,
            sha256: attachment.sha256,
            received_bytes: 0,
            complete: 0,
          })),
        )
        .execute();
    }
    const receipt: SubmissionReceipt = {
      id,
      idempotencyKey: key,
      reference,
      receivedAt,
      serviceId: request.serviceId,
      formId: request.formId,
      status,
      missingAttachments: request.attachments.map((attachment) => attachment.id).sort(),
      statusNote: null,
      statusChangedAt: null,
    };
    const done = await trx
      .updateTable('idempotency_keys')
      .set({ state: 'done', receipt_json: JSON.stringify(receipt) })
      .where('key', '=', key)
      .where('state', '=', 'processing')
      .where('locked_at', '=', submission.lockedAt)
      .returning('key')
      .executeTakeFirst();
    if (done === undefined) throw new LockLostError(`the lock on ${key} was taken over`);
    return receipt;
  });
}

type SubmissionRow = Omit<Database['submissions'], 'reference'>;

/** Media type recorded for an encrypted document: its real type is inside the content. */
const ENCRYPTED_TYPE = 'application/jose';

/** Ciphertext and destination of an encrypted request; answers and copy of a plaintext one. */
function contentColumns(request: SubmissionRequest | PlaintextSubmissionRequest) {
  if (isEncryptedRequest(request)) {
    return {
      answers_json: null,
      document_json: null,
      content_jwe: request.content,
      office_id: request.destination.officeId,
      office_kid: request.destination.kid,
    };
  }
  return {
    answers_json: canonicalJson(request.answers),
    document_json: request.document ? canonicalJson(request.document) : null,
    content_jwe: null,
    office_id: null,
    office_kid: null,
  };
}

async function insertWithFreshReference(
  trx: Transaction<Database>,
  row: SubmissionRow,
): Promise<string> {
  for (let attempt = 0; attempt < REFERENCE_TRIES; attempt++) {
    const reference = newReference();
    // ON CONFLICT on the reference only: a clash is retried without aborting the transaction.
    const inserted = await trx
      .insertInto('submissions')
      .values({ ...row, reference })
      .onConflict((conflict) => conflict.column('reference').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted !== undefined) return reference;
  }
  throw new Error('no free reference number after several tries');
}

/** The current receipt of the key's submission, only for the device that sent it; else null. */
export async function readReceipt(
  db: Kysely<Database>,
  key: string,
  deviceTokenHash: string,
): Promise<SubmissionReceipt | null> {
  const row = await db
    .selectFrom('submissions')
    .selectAll()
    .where('idempotency_key', '=', key)
    .where('device_token_hash', '=', deviceTokenHash)
    .executeTakeFirst();
  if (row === undefined) return null;
  const missing = await db
    .selectFrom('submission_attachments')
    .select('attachment_id')
    .where('submission_id', '=', row.id)
    .where('complete', '=', 0)
    .execute();
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    reference: row.reference,
    receivedAt: row.received_at,
    serviceId: row.service_id,
    formId: row.form_id,
    status: row.status as SubmissionStatus,
    // Sorted in JS: the engines' collations order text differently.
    missingAttachments: missing.map((attachment) => attachment.attachment_id).sort(),
    statusNote: row.status_note,
    statusChangedAt: row.status_changed_at,
  };
}
