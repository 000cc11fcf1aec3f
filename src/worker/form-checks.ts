import type { LotseDb } from '../db/database.ts';
import type { FormDefinition } from '../forms/model/form-definition.ts';
import { readForm } from '../forms/store/forms-store.ts';
import { readDraft } from '../drafts/store/drafts-store.ts';
import { validateForm, type ValidationResult } from '../validation/index.ts';
import { pageOwnsPath } from '../forms/guided-pages.ts';
import { OPEN, type Access } from '../security/access.ts';

// One object per form version: validation caches compiled expressions per definition object.
const definitions = new Map<string, FormDefinition>();

async function definitionFor(db: LotseDb, formId: string): Promise<FormDefinition | undefined> {
  const stored = await readForm(db, formId);
  if (!stored) return undefined;
  const key = `${stored.id}@${stored.version}`;
  if (!definitions.has(key)) definitions.set(key, stored);
  return definitions.get(key);
}

/**
 * Validates a draft's stored answers with the same code the server runs. With `pagePath`, only
 * errors of that guided page count (its question, or everything inside its group).
 */
export async function validateDraft(
  db: LotseDb,
  draftId: string,
  pagePath?: string,
  access: Access = OPEN,
): Promise<ValidationResult> {
  const draft = await readDraft(db, draftId, access);
  const definition = draft && (await definitionFor(db, draft.formId));
  if (!draft || !definition) return { valid: false, errors: [] };
  const result = validateForm(definition, draft.answers);
  if (pagePath === undefined) return result;
  const errors = result.errors.filter((error) => pageOwnsPath(pagePath, error.path));
  return { valid: errors.length === 0, errors };
}
