import type { LotseDb } from '../../db/database.ts';
import { prefillKey, prefillTable } from './profile-store.ts';

/** What a deletion removed. */
export interface PurgeCounts {
  /** Drafts deleted. */
  drafts: number;
  /** Documents and photos deleted. */
  attachments: number;
  /** Outbox items deleted (request, receipt and all). */
  outbox: number;
  /** Outbox items left because they were being sent at that moment (ask again afterwards). */
  keptSending: number;
}

/**
 * Deletes drafts with their attachments and outbox items (with their encrypted documents) in one
 * transaction. An item being
 * sent stays (the drainer holds it; deleting it mid-upload would leave the office half a
 * submission): it is counted in `keptSending` and retention removes it once sent.
 */
export async function purgeDrafts(db: LotseDb, draftIds: readonly string[]): Promise<PurgeCounts> {
  const ids = [...new Set(draftIds)];
  const tables = [db.drafts, db.attachments, db.outbox, db.outboxFiles];
  return db.transaction('rw', tables, async () => {
    const drafts = (await db.drafts.bulkGet(ids)).filter((row) => row !== undefined).length;
    const attachments = await db.attachments.where('draftId').anyOf(ids).delete();
    await db.drafts.bulkDelete(ids);
    const items = (await db.outbox.bulkGet(ids)).filter((row) => row !== undefined);
    const deletable = items.filter((row) => row.state !== 'sending').map((row) => row.id);
    await db.outbox.bulkDelete(deletable);
    await db.outboxFiles.where('outboxId').anyOf(deletable).delete();
    return {
      drafts,
      attachments,
      outbox: deletable.length,
      keptSending: items.length - deletable.length,
    };
  });
}

/**
 * Deletes everything a profile owns: its drafts with their attachments and outbox items (see
 * purgeDrafts), stray documents it sealed, and its saved personal details. Needs no key.
 */
export async function purgeOwner(db: LotseDb, profileId: string): Promise<PurgeCounts> {
  const tables = [db.drafts, db.attachments, db.outbox, db.outboxFiles, db.deviceMeta];
  return db.transaction('rw', tables, async () => {
    const owned = await db.drafts.filter((row) => row.ownerId === profileId).primaryKeys();
    const counts = await purgeDrafts(db, owned);
    // A document whose draft is already gone still carries its owner.
    counts.attachments += await db.attachments.filter((row) => row.ownerId === profileId).delete();
    await prefillTable(db).delete(prefillKey(profileId));
    return counts;
  });
}
