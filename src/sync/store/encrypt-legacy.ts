import type { LotseDb, OutboxRow } from '../../db/database.ts';
import { isEncryptedRequest, type PlaintextSubmissionRequest } from '../../shared/submission.ts';
import {
  encryptSubmission,
  SubmissionBuildError,
  type PlainDocument,
} from './encrypt-submission.ts';
import { storedDraftSource, type DraftSource } from './enqueue.ts';

/** How long an item waits for an office key before the worker tries to encrypt it again. */
export const NO_KEY_RETRY_MS = 60_000;

/** What encryptLegacyItems did. */
export interface LegacySummary {
  /** Items now encrypted. */
  encrypted: number;
  /** Items marked failed because a document is gone from the device. */
  failed: number;
  /** Items left as they are until an office key is stored. */
  waiting: number;
}

/**
 * Encrypts outbox items queued in plaintext by a version before end-to-end encryption, so they
 * can be sent (the server refuses plaintext). Their request is replaced by the encrypted one with
 * the same answers, office copy and documents; an item the server already confirmed (it has a
 * receipt) keeps its request and finishes uploading as it started. Run under the drain lock, in
 * the worker, before draining: only the worker loads the encryption code.
 */
export async function encryptLegacyItems(
  db: LotseDb,
  now: () => number = Date.now,
  source: DraftSource = storedDraftSource(db),
): Promise<LegacySummary> {
  const summary: LegacySummary = { encrypted: 0, failed: 0, waiting: 0 };
  const rows = await db.outbox.where('state').anyOf('queued', 'sending').toArray();
  for (const row of rows) {
    if (row.receipt || isEncryptedRequest(row.request) || row.nextAttemptAt > now()) continue;
    const outcome = await encryptOne(db, row, row.request, now, source);
    summary[outcome]++;
  }
  return summary;
}

async function encryptOne(
  db: LotseDb,
  row: OutboxRow,
  plain: PlaintextSubmissionRequest,
  now: () => number,
  source: DraftSource,
): Promise<keyof LegacySummary> {
  let encrypted;
  try {
    const documents = await documentsOf(source, plain);
    encrypted = await encryptSubmission(
      db,
      row.id,
      {
        formId: plain.formId,
        formVersion: plain.formVersion,
        serviceId: plain.serviceId,
        answers: plain.answers,
        // Requests from before the office copy existed get an empty one; the answers are there.
        document: plain.document ?? { language: 'de', title: plain.formId, sections: [] },
      },
      documents,
    );
  } catch (error) {
    if (!(error instanceof SubmissionBuildError)) throw error;
    if (error.reason === 'no-destination') {
      // Asked again after the next forms download, not on every drain.
      await db.outbox.update(row.id, { nextAttemptAt: now() + NO_KEY_RETRY_MS });
      return 'waiting';
    }
    await db.outbox.update(row.id, {
      state: 'failed',
      lastError: { kind: 'needs-attention', code: 'attachment_missing', message: error.message },
      updatedAt: now(),
    });
    return 'failed';
  }
  return db.transaction('rw', db.outbox, db.outboxFiles, async () => {
    const current = await db.outbox.get(row.id);
    // Changed meanwhile (sent by an older tab, deleted): leave it alone.
    if (!current || current.receipt || isEncryptedRequest(current.request)) return 'waiting';
    await db.outboxFiles.where('outboxId').equals(row.id).delete();
    await db.outboxFiles.bulkAdd(encrypted.files);
    await db.outbox.update(row.id, {
      request: encrypted.request,
      uploaded: {},
      updatedAt: now(),
    });
    return 'encrypted';
  });
}

async function documentsOf(
  source: DraftSource,
  plain: PlaintextSubmissionRequest,
): Promise<PlainDocument[]> {
  const rows = await source.attachments(plain.attachments.map((attachment) => attachment.id));
  return plain.attachments.map((announced, index) => {
    const row = rows[index];
    if (!row || row.sha256 !== announced.sha256) {
      throw new SubmissionBuildError(
        `document ${announced.id} is no longer on this device`,
        'document-missing',
      );
    }
    return { ...announced, name: row.name, blob: row.blob };
  });
}
