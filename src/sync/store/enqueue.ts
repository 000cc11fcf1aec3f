import type { LotseDb, OutboxRow } from '../../db/database.ts';
import type { Answers, FileAnswer, FormDefinition } from '../../forms/model/form-definition.ts';
import type { AnnouncedAttachment, SubmissionRequest } from '../../shared/submission.ts';
import { visibleAnswers } from '../../validation/index.ts';
import { DraftNotFoundError } from '../../drafts/store/drafts-store.ts';
import { deviceToken } from './device-token.ts';
import { officeDocument } from '../../forms/office-document.ts';

/** The draft cannot be submitted as it is (wrong form, or a document is gone from the device). */
export class SubmissionBuildError extends Error {
  override name = 'SubmissionBuildError';
}

/**
 * Puts a draft into the outbox: the visible answers and the manifest of its documents, built once
 * so every retry sends the same bytes. Enqueueing the same draft again returns the existing item.
 */
export async function enqueueSubmission(
  db: LotseDb,
  draftId: string,
  definition: FormDefinition,
  now: () => number = Date.now,
): Promise<OutboxRow> {
  // The token is created outside the outbox transaction: it is needed by the drainer anyway.
  await deviceToken(db);
  return db.transaction('rw', db.drafts, db.attachments, db.outbox, async () => {
    const existing = await db.outbox.get(draftId);
    if (existing) return existing;
    const draft = await db.drafts.get(draftId);
    if (!draft) throw new DraftNotFoundError(`draft ${draftId} not found`);
    if (draft.formId !== definition.id) {
      throw new SubmissionBuildError(`draft ${draftId} belongs to form ${draft.formId}`);
    }
    const answers = visibleAnswers(definition, draft.answers);
    const request: SubmissionRequest = {
      formId: draft.formId,
      formVersion: draft.formVersion,
      serviceId: draft.serviceId,
      answers,
      attachments: await announce(db, draftId, fileAnswers(answers)),
      document: officeDocument(definition, answers),
    };
    const time = now();
    const row: OutboxRow = {
      id: draftId,
      state: 'queued',
      request,
      attempts: 0,
      nextAttemptAt: time,
      uploaded: {},
      createdAt: time,
      updatedAt: time,
    };
    await db.outbox.add(row);
    return row;
  });
}

async function announce(
  db: LotseDb,
  draftId: string,
  files: FileAnswer[],
): Promise<AnnouncedAttachment[]> {
  const ids = [...new Set(files.map((file) => file.attachmentId))];
  const rows = await db.attachments.bulkGet(ids);
  return rows.map((row, index) => {
    if (!row || row.draftId !== draftId) {
      throw new SubmissionBuildError(`document ${ids[index]} is missing on this device`);
    }
    return { id: row.id, type: row.type, size: row.size, sha256: row.sha256 };
  });
}

/** Every file answer in the (nested) answers, in document order. */
export function fileAnswers(answers: Answers): FileAnswer[] {
  const found: FileAnswer[] = [];
  for (const value of Object.values(answers)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isAnswers(item)) found.push(...fileAnswers(item));
    } else if (isFileAnswer(value)) {
      found.push(value);
    }
  }
  return found;
}

function isAnswers(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFileAnswer(value: unknown): value is FileAnswer {
  return isAnswers(value) && typeof value.attachmentId === 'string';
}
