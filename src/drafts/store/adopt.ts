import type { LotseDb } from '../../db/database.ts';
import type { Access } from '../../security/access.ts';
import { storedAttachment, storedDraft } from './draft-sealing.ts';
import { readProfile, writeProfile } from './profile-store.ts';

/**
 * Seals what the device stored before it had a profile (drafts, their documents, the saved
 * personal details) with `access`'s key and makes that profile their owner. Called when the
 * first profile is created (the person who turns protection on owns what was there) and when
 * the only profile unlocks (a tab that still wrote in clear meanwhile). Returns the drafts
 * adopted. A draft that changes while it is sealed is left for the next call.
 */
export async function adoptUnowned(db: LotseDb, access: Access): Promise<number> {
  if (access.mode === 'open') return 0;
  const drafts = await db.drafts
    .filter((row) => row.ownerId === undefined && row.sealed === undefined)
    .toArray();
  let adopted = 0;
  for (const draft of drafts) {
    const clearFiles = await db.attachments
      .where('draftId')
      .equals(draft.id)
      .filter((row) => row.ownerId === undefined && row.sealed === undefined)
      .toArray();
    // Web Crypto ends Dexie transactions: seal first, then write if nothing changed meanwhile.
    const sealedDraft = await storedDraft(draft, access);
    const sealedFiles = await Promise.all(clearFiles.map((row) => storedAttachment(row, access)));
    const written = await db.transaction('rw', db.drafts, db.attachments, async () => {
      const current = await db.drafts.get(draft.id);
      if (!current || current.sealed || current.updatedAt !== draft.updatedAt) return false;
      await db.drafts.put(sealedDraft);
      await db.attachments.bulkPut(sealedFiles);
      return true;
    });
    if (written) adopted++;
  }
  const self = await db.profile.get('self');
  if (self) {
    // The profile's own saved values win over the older device-wide ones.
    await writeProfile(db, { ...self.values, ...(await readProfile(db, access)) }, access);
    await db.profile.delete('self');
  }
  return adopted;
}
