import type { DraftRow, LotseDb } from '../../db/database.ts';
import type { AnswerValue, Answers, FileAnswer } from '../../forms/model/form-definition.ts';
import { addInstance, removeInstance, setAnswer } from '../../forms/model/answers.ts';
import { sha256Hex } from '../../shared/versioned-download.ts';

/** The draft does not exist (deleted on another tab, or a stale link). */
export class DraftNotFoundError extends Error {
  override name = 'DraftNotFoundError';
}

/** Starts a new application for a form, with saved profile values already filled in. */
export async function createDraft(
  db: LotseDb,
  input: { formId: string; formVersion: string; serviceId: string },
  prefill: { answers: Answers; paths: string[] } = { answers: {}, paths: [] },
): Promise<DraftRow> {
  const now = Date.now();
  const draft: DraftRow = {
    id: crypto.randomUUID(),
    ...input,
    page: '',
    answers: prefill.answers,
    prefilled: prefill.paths,
    status: 'editing',
    createdAt: now,
    updatedAt: now,
  };
  await db.drafts.add(draft);
  return draft;
}

/** One draft, or undefined. */
export function readDraft(db: LotseDb, id: string): Promise<DraftRow | undefined> {
  return db.drafts.get(id);
}

/** All drafts, newest change first. */
export async function listDrafts(db: LotseDb): Promise<DraftRow[]> {
  return await db.drafts.orderBy('updatedAt').reverse().toArray();
}

/**
 * Changes a draft in one read-modify-write transaction, so changes from quick typing (or two
 * tabs) apply in order and each is durable once the call returns.
 */
async function changeDraft(
  db: LotseDb,
  id: string,
  change: (draft: DraftRow) => Partial<DraftRow>,
): Promise<DraftRow> {
  return db.transaction('rw', db.drafts, async () => {
    const draft = await db.drafts.get(id);
    if (!draft) throw new DraftNotFoundError(`draft ${id} not found`);
    const next: DraftRow = { ...draft, ...change(draft), updatedAt: Date.now() };
    await db.drafts.put(next);
    return next;
  });
}

/** Saves one answer (called on every change of a field); a changed answer is no longer prefilled. */
export function saveAnswer(db: LotseDb, id: string, path: string, value: AnswerValue) {
  return changeDraft(db, id, (draft) => ({
    answers: setAnswer(draft.answers, path, value),
    prefilled: (draft.prefilled ?? []).filter((prefilled) => prefilled !== path),
  }));
}

/** Adds an empty instance to a repeatable group. */
export function addGroupInstance(db: LotseDb, id: string, path: string) {
  return changeDraft(db, id, (draft) => ({ answers: addInstance(draft.answers, path) }));
}

/** Removes one instance of a repeatable group. */
export function removeGroupInstance(db: LotseDb, id: string, path: string, index: number) {
  return changeDraft(db, id, (draft) => ({ answers: removeInstance(draft.answers, path, index) }));
}

/** Remembers the page the user is on, so the draft resumes exactly there. */
export function savePage(db: LotseDb, id: string, page: string) {
  return changeDraft(db, id, () => ({ page }));
}

/** Marks or unmarks a page as "I don't know — ask staff". */
export function setAskStaff(db: LotseDb, id: string, page: string, marked: boolean) {
  return changeDraft(db, id, (draft) => {
    const others = (draft.askStaff ?? []).filter((path) => path !== page);
    return { askStaff: marked ? [...others, page] : others };
  });
}

/** Marks the draft complete and checked (ready to submit), or back to editing. */
export function setDraftStatus(db: LotseDb, id: string, status: DraftRow['status']) {
  return changeDraft(db, id, () => ({ status }));
}

/** Stores a document or photo for a draft and returns the answer that refers to it. */
export async function saveAttachment(
  db: LotseDb,
  draftId: string,
  file: { blob: Blob; name: string; type: string },
): Promise<FileAnswer> {
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  const answer: FileAnswer = {
    attachmentId: crypto.randomUUID(),
    name: file.name,
    type: file.type,
    size: bytes.byteLength,
    sha256: await sha256Hex(bytes),
  };
  const { attachmentId, ...details } = answer;
  await db.attachments.add({ id: attachmentId, draftId, blob: file.blob, ...details });
  return answer;
}

/** Deletes a draft with all its attachments. */
export async function deleteDraft(db: LotseDb, id: string): Promise<void> {
  await db.transaction('rw', db.drafts, db.attachments, async () => {
    await db.attachments.where('draftId').equals(id).delete();
    await db.drafts.delete(id);
  });
}
