/**
 * Resumable attachment uploads: chunks appended at the stored offset only, kept as rows, checked
 * against the announced SHA-256 once complete. Every step is one transaction whose conditional
 * update on the offset makes concurrent or repeated chunks safe across server processes.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../storage/schema.ts';
import { JweStreamCheck } from './jwe-shape.ts';

/** Where an upload stands. */
export interface UploadState {
  /** Bytes stored: where the next chunk starts. */
  offset: number;
  /** Announced size. */
  size: number;
  /** All bytes arrived and the hash matched. */
  complete: boolean;
}

/** The result of appending a chunk. */
export type AppendResult =
  | { kind: 'appended'; state: UploadState }
  | { kind: 'offset-mismatch'; state: UploadState }
  | { kind: 'hash-mismatch'; state: UploadState }
  | { kind: 'not-encrypted'; state: UploadState };

/** Identifies one attachment of one submission. */
export interface AttachmentRef {
  /** Submission id. */
  submissionId: string;
  /** Attachment id. */
  attachmentId: string;
}

/** The upload state, or null when the submission announced no such attachment. */
export async function readUpload(
  db: Kysely<Database> | Transaction<Database>,
  ref: AttachmentRef,
): Promise<UploadState | null> {
  const row = await db
    .selectFrom('submission_attachments')
    .select(['received_bytes', 'size', 'complete'])
    .where('submission_id', '=', ref.submissionId)
    .where('attachment_id', '=', ref.attachmentId)
    .executeTakeFirst();
  if (row === undefined) return null;
  return { offset: row.received_bytes, size: row.size, complete: row.complete === 1 };
}

/**
 * Appends `bytes` at `start` when that is the stored offset. The last chunk verifies the hash in
 * the same transaction: on a match the attachment is complete (and the submission 'received'
 * when it was the last one missing); on a mismatch every chunk is dropped and the offset is 0.
 * A document of an encrypted submission must also be a compact JWE to the submission's key, so
 * a faulty device can never leave a readable document here: otherwise it is dropped the same way.
 */
export async function appendChunk(
  db: Kysely<Database>,
  ref: AttachmentRef,
  start: number,
  bytes: Buffer,
): Promise<AppendResult | null> {
  return db.transaction().execute(async (trx) => {
    const end = start + bytes.length;
    const moved = await trx
      .updateTable('submission_attachments')
      .set({ received_bytes: end })
      .where('submission_id', '=', ref.submissionId)
      .where('attachment_id', '=', ref.attachmentId)
      .where('received_bytes', '=', start)
      .where('complete', '=', 0)
      .where('size', '>=', end)
      .returning(['size', 'sha256'])
      .executeTakeFirst();
    if (moved === undefined) {
      const state = await readUpload(trx, ref);
      return state === null ? null : { kind: 'offset-mismatch', state };
    }
    await trx
      .insertInto('attachment_chunks')
      .values({
        submission_id: ref.submissionId,
        attachment_id: ref.attachmentId,
        start,
        data: bytes,
      })
      .execute();
    if (end < moved.size) {
      return { kind: 'appended', state: { offset: end, size: moved.size, complete: false } };
    }
    const { sha256, jweProblem } = await inspect(trx, ref);
    if (sha256 !== moved.sha256 || jweProblem !== null) {
      await discardUpload(trx, ref);
      const kind = sha256 !== moved.sha256 ? 'hash-mismatch' : 'not-encrypted';
      return { kind, state: { offset: 0, size: moved.size, complete: false } };
    }
    await completeUpload(trx, ref);
    return { kind: 'appended', state: { offset: end, size: moved.size, complete: true } };
  });
}

/** The stored bytes of an attachment, in order (for the office side and tests). */
export async function readAttachmentBytes(
  db: Kysely<Database> | Transaction<Database>,
  ref: AttachmentRef,
): Promise<Buffer> {
  const chunks = await chunksOf(db, ref).select('data').execute();
  return Buffer.concat(chunks.map((chunk) => chunk.data));
}

function chunksOf(db: Kysely<Database> | Transaction<Database>, ref: AttachmentRef) {
  return db
    .selectFrom('attachment_chunks')
    .where('submission_id', '=', ref.submissionId)
    .where('attachment_id', '=', ref.attachmentId)
    .orderBy('start');
}

/** The SHA-256 of the stored bytes and, for an encrypted submission, why they are no JWE. */
async function inspect(
  trx: Transaction<Database>,
  ref: AttachmentRef,
): Promise<{ sha256: string; jweProblem: string | null }> {
  const submission = await trx
    .selectFrom('submissions')
    .select('office_kid')
    .where('id', '=', ref.submissionId)
    .executeTakeFirst();
  const kid = submission?.office_kid ?? null;
  const hash = createHash('sha256');
  const jwe = new JweStreamCheck();
  // Chunk by chunk, so a 20 MB attachment is never concatenated in memory.
  for (const chunk of await chunksOf(trx, ref).select('data').execute()) {
    hash.update(chunk.data);
    if (kid !== null) jwe.update(chunk.data);
  }
  return { sha256: hash.digest('hex'), jweProblem: kid === null ? null : jwe.problem(kid) };
}

async function discardUpload(trx: Transaction<Database>, ref: AttachmentRef): Promise<void> {
  await trx
    .deleteFrom('attachment_chunks')
    .where('submission_id', '=', ref.submissionId)
    .where('attachment_id', '=', ref.attachmentId)
    .execute();
  await trx
    .updateTable('submission_attachments')
    .set({ received_bytes: 0 })
    .where('submission_id', '=', ref.submissionId)
    .where('attachment_id', '=', ref.attachmentId)
    .execute();
}

async function completeUpload(trx: Transaction<Database>, ref: AttachmentRef): Promise<void> {
  // A no-op update locks the submission row on PostgreSQL: two attachments finishing at once take
  // turns, so the later one sees the earlier one complete and sets the status. (SQLite
  // serialises writers anyway.)
  await trx
    .updateTable('submissions')
    .set((eb) => ({ status: eb.ref('status') }))
    .where('id', '=', ref.submissionId)
    .execute();
  await trx
    .updateTable('submission_attachments')
    .set({ complete: 1 })
    .where('submission_id', '=', ref.submissionId)
    .where('attachment_id', '=', ref.attachmentId)
    .execute();
  const missing = await trx
    .selectFrom('submission_attachments')
    .select('attachment_id')
    .where('submission_id', '=', ref.submissionId)
    .where('complete', '=', 0)
    .executeTakeFirst();
  if (missing !== undefined) return;
  await trx
    .updateTable('submissions')
    .set({ status: 'received' })
    .where('id', '=', ref.submissionId)
    .where('status', '=', 'awaiting-attachments')
    .execute();
}
