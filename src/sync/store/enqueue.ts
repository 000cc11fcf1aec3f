import type { AttachmentRow, DraftRow, LotseDb, OutboxRow } from '../../db/database.ts';
import type { Answers, FileAnswer, FormDefinition } from '../../forms/model/form-definition.ts';
import { visibleAnswers } from '../../validation/index.ts';
import { DraftNotFoundError } from '../../drafts/store/drafts-store.ts';
import { officeDocument } from '../../forms/office-document.ts';
import {
  encryptSubmission,
  SubmissionBuildError,
  type PlainDocument,
} from './encrypt-submission.ts';

export { SubmissionBuildError } from './encrypt-submission.ts';

/**
 * Where enqueueing reads a draft and its documents in clear. The default reads the rows as
 * stored (a device without profiles); a sealed profile passes readers that open them.
 */
export interface DraftSource {
  /** The draft with its answers in clear. */
  draft(id: string): Promise<DraftRow | undefined>;
  /** The documents with bytes, names and hashes in clear (undefined where one is gone). */
  attachments(ids: string[]): Promise<(AttachmentRow | undefined)[]>;
}

/** Reads drafts and documents as they are stored. */
export function storedDraftSource(db: LotseDb): DraftSource {
  return {
    draft: (id) => db.drafts.get(id),
    attachments: (ids) => db.attachments.bulkGet(ids),
  };
}

/**
 * Puts a draft into the outbox, encrypted: the visible answers, the office's German copy and the
 * documents become compact JWE to the office's key (see encrypt-submission.ts), built once so
 * every retry sends the same bytes, and so the outbox holds only what any drainer may send
 * without a device key. Enqueueing the same draft again returns the existing item.
 */
export async function enqueueSubmission(
  db: LotseDb,
  draftId: string,
  definition: FormDefinition,
  now: () => number = Date.now,
  source: DraftSource = storedDraftSource(db),
): Promise<OutboxRow> {
  const existing = await db.outbox.get(draftId);
  if (existing) return existing;
  const draft = await source.draft(draftId);
  if (!draft) throw new DraftNotFoundError(`draft ${draftId} not found`);
  if (draft.formId !== definition.id) {
    throw new SubmissionBuildError(
      `draft ${draftId} belongs to form ${draft.formId}`,
      'wrong-form',
    );
  }
  const answers = visibleAnswers(definition, draft.answers);
  // Web Crypto runs outside any Dexie transaction (awaiting it would commit the transaction).
  const { request, files } = await encryptSubmission(
    db,
    draftId,
    {
      formId: draft.formId,
      formVersion: draft.formVersion,
      serviceId: draft.serviceId,
      answers,
      document: officeDocument(definition, answers),
      ...(draft.consent
        ? {
            consent: {
              at: new Date(draft.consent.at).toISOString(),
              lang: draft.consent.lang,
              textVersion: draft.consent.textVersion,
            },
          }
        : {}),
    },
    await documentsOf(source, draftId, fileAnswers(answers)),
  );
  return db.transaction('rw', db.outbox, db.outboxFiles, async () => {
    // Another tab may have enqueued the same draft meanwhile: its ciphertext stands.
    const raced = await db.outbox.get(draftId);
    if (raced) return raced;
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
    await db.outboxFiles.bulkAdd(files);
    return row;
  });
}

async function documentsOf(
  source: DraftSource,
  draftId: string,
  files: FileAnswer[],
): Promise<PlainDocument[]> {
  const ids = [...new Set(files.map((file) => file.attachmentId))];
  const rows = await source.attachments(ids);
  return rows.map((row, index) => {
    if (!row || row.draftId !== draftId) {
      throw new SubmissionBuildError(
        `document ${ids[index]} is missing on this device`,
        'document-missing',
      );
    }
    const { id, name, type, size, sha256, blob } = row;
    return { id, name, type, size, sha256, blob };
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
