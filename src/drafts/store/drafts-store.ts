import type { AttachmentRow, DraftConsent, DraftRow, LotseDb } from '../../db/database.ts';
import type { AnswerValue, Answers, FileAnswer } from '../../forms/model/form-definition.ts';
import { addInstance, removeInstance, setAnswer } from '../../forms/model/answers.ts';
import { sha256Hex } from '../../shared/versioned-download.ts';
import { OPEN, type Access } from '../../security/access.ts';
import { LockedError } from '../../security/errors.ts';
import {
  canSee,
  openedAttachment,
  openedDraft,
  sameSealedVersion,
  storedAttachment,
  storedDraft,
} from './draft-sealing.ts';

/** The draft does not exist (deleted on another tab, a stale link, or another profile's). */
export class DraftNotFoundError extends Error {
  override name = 'DraftNotFoundError';
}

/**
 * Starts a new application for a form, with saved profile values already filled in. With an
 * unlocked profile's `access` the personal fields are stored sealed and the profile owns it.
 */
export async function createDraft(
  db: LotseDb,
  input: { formId: string; formVersion: string; serviceId: string },
  prefill: { answers: Answers; paths: string[] } = { answers: {}, paths: [] },
  access: Access = OPEN,
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
    ...(access.mode === 'sealed' ? { ownerId: access.profileId } : {}),
  };
  await db.drafts.add(await storedDraft(draft, access));
  return draft;
}

/** One draft, opened; undefined when it does not exist or `access` may not see it. */
export async function readDraft(
  db: LotseDb,
  id: string,
  access: Access = OPEN,
): Promise<DraftRow | undefined> {
  const row = await db.drafts.get(id);
  return row && canSee(row, access) ? openedDraft(row, access) : undefined;
}

/**
 * One draft with its answers opened, for code that reads a draft as a whole (the outbox when it
 * builds a submission). Call it outside Dexie transactions: Web Crypto ends them.
 */
export function openDraft(db: LotseDb, access: Access, id: string): Promise<DraftRow | undefined> {
  return readDraft(db, id, access);
}

/** The drafts `access` may see, opened, newest change first. */
export async function listDrafts(db: LotseDb, access: Access = OPEN): Promise<DraftRow[]> {
  const rows = await db.drafts.orderBy('updatedAt').reverse().toArray();
  // A device holds dozens of drafts: filtering by owner in memory needs no index.
  return Promise.all(
    rows.filter((row) => canSee(row, access)).map((row) => openedDraft(row, access)),
  );
}

type DraftChange = (draft: DraftRow) => Partial<DraftRow>;

/** Sealed changes of one draft run one after another in this realm (quick typing keeps order). */
const queues = new Map<string, Promise<unknown>>();

function inOrder<T>(id: string, run: () => Promise<T>): Promise<T> {
  const previous = queues.get(id) ?? Promise.resolve();
  const next = previous.then(run, run);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  queues.set(id, settled);
  void settled.then(() => {
    if (queues.get(id) === settled) queues.delete(id);
  });
  return next;
}

/** Applies a change to an opened draft: a new last change, and no longer flagged as stale. */
function applyChange(draft: DraftRow, change: DraftChange): DraftRow {
  const next: DraftRow = { ...draft, ...change(draft), updatedAt: Date.now() };
  delete next.staleSince;
  return next;
}

/**
 * Changes a draft in one read-modify-write transaction, so changes from quick typing (or two
 * tabs) apply in order and each is durable once the call returns.
 */
async function changeDraft(
  db: LotseDb,
  id: string,
  change: DraftChange,
  access: Access = OPEN,
): Promise<DraftRow> {
  if (access.mode === 'sealed') return changeSealedDraft(db, id, change, access);
  return db.transaction('rw', db.drafts, async () => {
    const draft = await db.drafts.get(id);
    if (!draft) throw new DraftNotFoundError(`draft ${id} not found`);
    if (!canSee(draft, access)) throw new LockedError();
    const next = applyChange(draft, change);
    await db.drafts.put(next);
    return next;
  });
}

/** Tries before giving up when another tab keeps changing the same sealed draft. */
const SEALED_RETRIES = 5;

/**
 * The sealed variant: Web Crypto would end a Dexie transaction, so open and seal happen outside
 * it, and a short transaction writes only if the row is still the version that was opened.
 */
async function changeSealedDraft(
  db: LotseDb,
  id: string,
  change: DraftChange,
  access: Access,
): Promise<DraftRow> {
  return inOrder(id, async () => {
    for (let attempt = 0; attempt < SEALED_RETRIES; attempt++) {
      const row = await db.drafts.get(id);
      if (!row || !canSee(row, access)) throw new DraftNotFoundError(`draft ${id} not found`);
      const next = applyChange(await openedDraft(row, access), change);
      const stored = await storedDraft(next, access);
      const written = await db.transaction('rw', db.drafts, async () => {
        const current = await db.drafts.get(id);
        if (!current) throw new DraftNotFoundError(`draft ${id} not found`);
        if (!sameSealedVersion(current, row)) return false;
        await db.drafts.put(stored);
        return true;
      });
      if (written) return next;
    }
    throw new Error(`draft ${id} kept changing while it was saved`);
  });
}

/** Saves one answer (called on every change of a field); a changed answer is no longer prefilled. */
export function saveAnswer(
  db: LotseDb,
  id: string,
  path: string,
  value: AnswerValue,
  access: Access = OPEN,
) {
  return changeDraft(
    db,
    id,
    (draft) => ({
      answers: setAnswer(draft.answers, path, value),
      prefilled: (draft.prefilled ?? []).filter((prefilled) => prefilled !== path),
    }),
    access,
  );
}

/** Adds an empty instance to a repeatable group. */
export function addGroupInstance(db: LotseDb, id: string, path: string, access: Access = OPEN) {
  return changeDraft(db, id, (draft) => ({ answers: addInstance(draft.answers, path) }), access);
}

/** Removes one instance of a repeatable group. */
export function removeGroupInstance(
  db: LotseDb,
  id: string,
  path: string,
  index: number,
  access: Access = OPEN,
) {
  return changeDraft(
    db,
    id,
    (draft) => ({ answers: removeInstance(draft.answers, path, index) }),
    access,
  );
}

/** Remembers the page the user is on, so the draft resumes exactly there. */
export function savePage(db: LotseDb, id: string, page: string, access: Access = OPEN) {
  return changeDraft(db, id, () => ({ page }), access);
}

/** Marks or unmarks a page as "I don't know — ask staff". */
export function setAskStaff(
  db: LotseDb,
  id: string,
  page: string,
  marked: boolean,
  access: Access = OPEN,
) {
  return changeDraft(
    db,
    id,
    (draft) => {
      const others = (draft.askStaff ?? []).filter((path) => path !== page);
      return { askStaff: marked ? [...others, page] : others };
    },
    access,
  );
}

/** Marks the draft complete and checked (ready to submit), or back to editing. */
export function setDraftStatus(
  db: LotseDb,
  id: string,
  status: DraftRow['status'],
  access: Access = OPEN,
) {
  return changeDraft(db, id, () => ({ status }), access);
}

/**
 * Records the citizen's consent with the case (sealed with the answers under a profile). Staff
 * mode asks for it before the first question; a later call replaces it (a new text version).
 */
export function recordConsent(
  db: LotseDb,
  id: string,
  consent: DraftConsent,
  access: Access = OPEN,
) {
  return changeDraft(db, id, () => ({ consent }), access);
}

/** Stores a document or photo for a draft and returns the answer that refers to it. */
export async function saveAttachment(
  db: LotseDb,
  draftId: string,
  file: { blob: Blob; name: string; type: string },
  access: Access = OPEN,
): Promise<FileAnswer> {
  if (access.mode === 'sealed') {
    // Only the owner may add documents to a draft; another profile's draft does not exist for it.
    const draft = await db.drafts.get(draftId);
    if (!draft || !canSee(draft, access))
      throw new DraftNotFoundError(`draft ${draftId} not found`);
  }
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  const answer: FileAnswer = {
    attachmentId: crypto.randomUUID(),
    name: file.name,
    type: file.type,
    size: bytes.byteLength,
    sha256: await sha256Hex(bytes),
  };
  const { attachmentId, ...details } = answer;
  const row: AttachmentRow = { id: attachmentId, draftId, blob: file.blob, ...details };
  await db.attachments.add(await storedAttachment(row, access));
  return answer;
}

/**
 * One document of a visible draft, opened: `blob` holds the plain bytes, `name` and `sha256` are
 * back. Undefined when missing or another profile's. Call it outside Dexie transactions.
 */
export async function openAttachment(
  db: LotseDb,
  access: Access,
  id: string,
): Promise<AttachmentRow | undefined> {
  const row = await db.attachments.get(id);
  return row && canSee(row, access) ? openedAttachment(row, access) : undefined;
}

/** The plain bytes of one document (see openAttachment). */
export async function openAttachmentBytes(
  db: LotseDb,
  access: Access,
  id: string,
): Promise<ArrayBuffer | undefined> {
  return (await openAttachment(db, access, id))?.blob.arrayBuffer();
}

/**
 * Readers of one draft and its documents opened with `access`, in the shape the outbox's
 * enqueueSubmission takes as its DraftSource (a draft of another profile reads as missing).
 */
export function openedDraftSource(db: LotseDb, access: Access) {
  return {
    /** The draft with its answers in clear. */
    draft: (id: string) => openDraft(db, access, id),
    /** The documents with bytes, names and hashes in clear. */
    attachments: (ids: string[]) => Promise.all(ids.map((id) => openAttachment(db, access, id))),
  };
}

/** Deletes a draft with all its attachments; another profile's draft is left alone. */
export async function deleteDraft(db: LotseDb, id: string, access: Access = OPEN): Promise<void> {
  await db.transaction('rw', db.drafts, db.attachments, async () => {
    const draft = await db.drafts.get(id);
    if (draft && !canSee(draft, access)) return;
    await db.attachments.where('draftId').equals(id).delete();
    await db.drafts.delete(id);
  });
}
