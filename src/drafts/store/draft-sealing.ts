import type { AttachmentRow, DraftConsent, DraftRow } from '../../db/database.ts';
import type { Answers } from '../../forms/model/form-definition.ts';
import type { Access } from '../../security/access.ts';
import { LockedError } from '../../security/errors.ts';
import type { Sealed } from '../../security/seal.ts';

/** The crypto core loads with the first sealed draft: an open device never needs it. */
export const sealing = () => import('../../security/seal.ts');

/** The personal part of a draft: sealed when a profile owns the draft. */
interface DraftContent {
  answers: Answers;
  prefilled?: string[];
  askStaff?: string[];
  consent?: DraftConsent;
}

/** The personal part of an attachment row besides its bytes. */
interface AttachmentMeta {
  name: string;
  sha256: string;
}

/** Seal context of a draft: a sealed value copied to another draft does not open. */
export const draftContext = (id: string): string => `drafts/${id}`;
/** Seal context of an attachment (bytes and name/hash; the AAD tells the two kinds apart). */
export const attachmentContext = (id: string): string => `attachments/${id}`;

/**
 * Whether `access` sees a row: an unlocked profile only its own rows, an open device only rows
 * nobody owns. Another profile's draft is invisible, even by id.
 */
export function canSee(row: { ownerId?: string; sealed?: Sealed }, access: Access): boolean {
  if (access.mode === 'open') return row.ownerId === undefined && row.sealed === undefined;
  return row.ownerId === access.profileId;
}

/** The draft as stored: under a profile, the personal fields exist only inside `sealed`. */
export async function storedDraft(draft: DraftRow, access: Access): Promise<DraftRow> {
  if (access.mode === 'open') return draft;
  const { sealJson } = await sealing();
  const { answers, prefilled, askStaff, consent } = draft;
  const content: DraftContent = { answers, prefilled, askStaff, consent };
  const stored: DraftRow = {
    ...draft,
    ownerId: access.profileId,
    answers: {},
    sealed: await sealJson(access.key, content, draftContext(draft.id)),
  };
  delete stored.prefilled;
  delete stored.askStaff;
  delete stored.consent;
  return stored;
}

/** The draft as its owner reads it: personal fields opened, no `sealed`. */
export async function openedDraft(row: DraftRow, access: Access): Promise<DraftRow> {
  if (!row.sealed) return row;
  if (access.mode === 'open') throw new LockedError();
  const { openJson } = await sealing();
  const content = await openJson<DraftContent>(access.key, row.sealed, draftContext(row.id));
  const opened: DraftRow = { ...row, ...content };
  delete opened.sealed;
  return opened;
}

/** The attachment as stored: under a profile, bytes, name and hash only sealed. */
export async function storedAttachment(row: AttachmentRow, access: Access): Promise<AttachmentRow> {
  if (access.mode === 'open') return row;
  const { sealBytes, sealJson } = await sealing();
  const context = attachmentContext(row.id);
  const meta: AttachmentMeta = { name: row.name, sha256: row.sha256 };
  return {
    id: row.id,
    draftId: row.draftId,
    ownerId: access.profileId,
    // Type and size stay in clear: the ciphertext's length tells the size anyway.
    type: row.type,
    size: row.size,
    blob: new Blob([]),
    name: '',
    sha256: '',
    sealed: await sealBytes(access.key, row.blob, context),
    sealedMeta: await sealJson(access.key, meta, context),
  };
}

/** The attachment as its owner reads it: bytes back in `blob`, name and hash opened. */
export async function openedAttachment(row: AttachmentRow, access: Access): Promise<AttachmentRow> {
  if (!row.sealed || !row.sealedMeta) return row;
  if (access.mode === 'open') throw new LockedError();
  const { openBytes, openJson } = await sealing();
  const context = attachmentContext(row.id);
  const meta = await openJson<AttachmentMeta>(access.key, row.sealedMeta, context);
  const bytes = await openBytes(access.key, row.sealed, context);
  const opened: AttachmentRow = { ...row, ...meta, blob: new Blob([bytes], { type: row.type }) };
  delete opened.sealed;
  delete opened.sealedMeta;
  return opened;
}

/** Whether two rows hold the same sealed version (a random IV per seal tells versions apart). */
export function sameSealedVersion(a: DraftRow, b: DraftRow): boolean {
  if (!a.sealed || !b.sealed) return false;
  const x = a.sealed.iv;
  const y = b.sealed.iv;
  return x.byteLength === y.byteLength && x.every((byte, i) => byte === y[i]);
}
