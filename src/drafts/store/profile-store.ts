import type { Table } from 'dexie';
import type { LotseDb } from '../../db/database.ts';
import type { FormDefinition } from '../../forms/model/form-definition.ts';
import { collectPrefill } from '../../forms/model/prefill.ts';
import { OPEN, type Access } from '../../security/access.ts';
import type { Sealed } from '../../security/seal.ts';
import { sealing } from './draft-sealing.ts';
import { readDraft } from './drafts-store.ts';

/**
 * A profile's saved personal details, sealed with its key: a `deviceMeta` row (no new table, so
 * no schema version), `prefill:<profileId>`.
 */
export interface SealedPrefillRow {
  /** `prefill:<profileId>`. */
  key: string;
  /** The values by profile key, sealed with context `profile/<profileId>`. */
  sealed: Sealed;
  /** Last change (epoch ms). */
  updatedAt: number;
}

/** The deviceMeta key of a profile's saved details. */
export const prefillKey = (profileId: string): string => `prefill:${profileId}`;
const prefillContext = (profileId: string): string => `profile/${profileId}`;

/** deviceMeta seen as the rows of sealed details (other rows there have other keys). */
export function prefillTable(db: LotseDb): Table<SealedPrefillRow, string> {
  return db.table<SealedPrefillRow, string>('deviceMeta');
}

/** The saved profile values, or an empty record: the device's, or the unlocked profile's own. */
export async function readProfile(
  db: LotseDb,
  access: Access = OPEN,
): Promise<Record<string, unknown>> {
  if (access.mode === 'open') return (await db.profile.get('self'))?.values ?? {};
  const row = await prefillTable(db).get(prefillKey(access.profileId));
  if (!row) return {};
  const { openJson } = await sealing();
  return openJson<Record<string, unknown>>(
    access.key,
    row.sealed,
    prefillContext(access.profileId),
  );
}

/** Stores the complete set of saved values for `access` (sealed under a profile). */
export async function writeProfile(
  db: LotseDb,
  values: Record<string, unknown>,
  access: Access = OPEN,
): Promise<void> {
  const updatedAt = Date.now();
  if (access.mode === 'open') {
    await db.profile.put({ key: 'self', values, updatedAt });
    return;
  }
  const { profileId, key } = access;
  const { sealJson } = await sealing();
  const sealed = await sealJson(key, values, prefillContext(profileId));
  await prefillTable(db).put({ key: prefillKey(profileId), sealed, updatedAt });
}

/** Serialises read-merge-write of the sealed details in this realm. */
let pending: Promise<unknown> = Promise.resolve();

/** Saves the personal details of a draft for later forms (only when the citizen agreed). */
export async function saveProfileFromDraft(
  db: LotseDb,
  draftId: string,
  definition: FormDefinition,
  access: Access = OPEN,
): Promise<number> {
  const draft = await readDraft(db, draftId, access);
  if (!draft) return 0;
  const values = collectPrefill(definition.elements, draft.answers);
  if (access.mode === 'open') {
    await db.transaction('rw', db.profile, async () => {
      const stored = await readProfile(db);
      await writeProfile(db, { ...stored, ...values });
    });
  } else {
    // Web Crypto cannot run inside a Dexie transaction: keep this realm's saves in order instead.
    const run = async () =>
      writeProfile(db, { ...(await readProfile(db, access)), ...values }, access);
    const done = pending.then(run, run);
    pending = done.catch(() => undefined);
    await done;
  }
  return Object.keys(values).length;
}

/** Forgets every saved personal detail (of the unlocked profile, or of the device). */
export async function deleteProfile(db: LotseDb, access: Access = OPEN): Promise<void> {
  if (access.mode === 'open') await db.profile.delete('self');
  else await prefillTable(db).delete(prefillKey(access.profileId));
}
