import type { FormRow, FormsMeta, LotseDb } from '../../db/database.ts';
import type { FormDefinition } from '../model/form-definition.ts';
import { parseFormsDocument, type FormsDocument } from '../model/forms-document.ts';
import {
  DownloadError,
  fetchVersionedDocument,
  type DownloadFailure,
} from '../../shared/versioned-download.ts';

/** Outcome of one forms check. */
export type FormsSyncResult =
  | { status: 'updated' | 'current'; version: string }
  | { status: 'failed'; reason: DownloadFailure };

/** The stored forms' version row, if a complete set is stored. */
export async function readFormsMeta(db: LotseDb): Promise<FormsMeta | undefined> {
  const meta = await db.formsMeta.get('current');
  return meta && (await db.forms.count()) === meta.formCount ? meta : undefined;
}

/**
 * Replaces all stored form definitions, and the offices with their keys, in one transaction
 * (all or nothing).
 */
export async function replaceForms(db: LotseDb, document: FormsDocument, version: string) {
  await db.transaction('rw', db.formsMeta, db.forms, db.destinations, async () => {
    await db.destinations.clear();
    await db.destinations.bulkAdd(document.destinations ?? []);
    await db.forms.clear();
    await db.forms.bulkAdd(
      document.forms.map((definition): FormRow => ({
        id: definition.id,
        leikaKeys: definition.leikaKeys,
        definition,
      })),
    );
    await db.formsMeta.put({ key: 'current', version, formCount: document.forms.length });
  });
}

/** Asks the server for newer form definitions; failures keep the stored ones. */
export async function syncForms(
  db: LotseDb,
  options: { url?: string; fetch?: typeof fetch } = {},
): Promise<FormsSyncResult> {
  const stored = await readFormsMeta(db);
  try {
    const result = await fetchVersionedDocument(
      options.url ?? '/api/v1/forms',
      stored?.version,
      'X-Forms-Version',
      options,
    );
    if (!result.changed) return { status: 'current', version: stored!.version };
    let document: FormsDocument;
    try {
      document = parseFormsDocument(JSON.parse(result.text));
    } catch {
      throw new DownloadError('corrupt');
    }
    await replaceForms(db, document, result.version);
    return { status: 'updated', version: result.version };
  } catch (error) {
    return { status: 'failed', reason: error instanceof DownloadError ? error.reason : 'server' };
  }
}

/** The form to apply for a service (by LeiKa key), if there is one. */
export async function formForService(db: LotseDb, leikaKey: string) {
  const row = await db.forms.where('leikaKeys').equals(leikaKey).first();
  return row && { id: row.id, title: row.definition.title, version: row.definition.version };
}

/** One stored form definition. */
export async function readForm(db: LotseDb, id: string): Promise<FormDefinition | undefined> {
  return (await db.forms.get(id))?.definition;
}
