import type { LotseDb, OutboxRow, OutboxState } from '../../../src/db/database.ts';
import type { Answers } from '../../../src/forms/model/form-definition.ts';
import type { SubmissionReceipt } from '../../../src/shared/submission.ts';

/**
 * Stores an outbox item for a draft as the sync code would (a plaintext request as queued before
 * end-to-end encryption, plus one encrypted document row), with a receipt once `sent`.
 */
export async function putOutboxItem(
  db: LotseDb,
  id: string,
  state: OutboxState,
  options: { answers?: Answers; receivedAt?: string; fileText?: string } = {},
): Promise<void> {
  const { answers = {}, receivedAt = new Date().toISOString(), fileText = 'ciphertext' } = options;
  const receipt: SubmissionReceipt = {
    id: `server-${id}`,
    idempotencyKey: id,
    reference: 'LT-7K4M-2QX9-C',
    receivedAt,
    serviceId: 's',
    formId: 'f',
    status: 'received',
    missingAttachments: [],
  };
  // A plaintext request as queued before end-to-end encryption: the answers are readable.
  const request: OutboxRow['request'] = {
    formId: 'f',
    formVersion: '1',
    serviceId: 's',
    answers,
    attachments: [],
  };
  const row: OutboxRow = {
    id,
    state,
    request,
    attempts: 1,
    nextAttemptAt: 0,
    uploaded: {},
    createdAt: 0,
    updatedAt: 0,
    ...(state === 'sent' ? { receipt } : {}),
  };
  await db.outbox.put(row);
  await db.outboxFiles.put({
    outboxId: id,
    attachmentId: `file-${id}`,
    blob: new Blob([fileText]),
  });
}
