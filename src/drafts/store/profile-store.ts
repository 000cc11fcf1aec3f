import type { LotseDb } from '../../db/database.ts';
import type { FormDefinition } from '../../forms/model/form-definition.ts';
import { collectPrefill } from '../../forms/model/prefill.ts';
import { readDraft } from './drafts-store.ts';

/** The saved profile values, or an empty record. */
export async function readProfile(db: LotseDb): Promise<Record<string, unknown>> {
  return (await db.profile.get('self'))?.values ?? {};
}

/** Saves the personal details of a draft for later forms (only when the citizen agreed). */
export async function saveProfileFromDraft(
  db: LotseDb,
  draftId: string,
  definition: FormDefinition,
): Promise<number> {
  const draft = await readDraft(db, draftId);
  if (!draft) return 0;
  const values = collectPrefill(definition.elements, draft.answers);
  await db.transaction('rw', db.profile, async () => {
    const stored = await readProfile(db);
    await db.profile.put({ key: 'self', values: { ...stored, ...values }, updatedAt: Date.now() });
  });
  return Object.keys(values).length;
}

/** Forgets every saved personal detail. */
export async function deleteProfile(db: LotseDb): Promise<void> {
  await db.profile.delete('self');
}
