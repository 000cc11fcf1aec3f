import type { AnswerValue } from './model/form-definition.ts';
import type { FileValue } from '../ui/fields/index.ts';
import type { StorageProblem } from './draft-parts.ts';
import { workerApi } from '../catalogue/worker-client.ts';

/** The answer to store for a field's new value, or why it cannot be stored. */
export type AnswerToStore =
  { ok: true; answer: AnswerValue } | { ok: false; problem: StorageProblem };

/**
 * Turns a field's new value into the draft's answer: a newly chosen document or photo is stored
 * first (the answer then refers to it by id); any other value is the answer as it is.
 */
export async function answerToStore(
  draftId: string,
  value: AnswerValue | FileValue,
): Promise<AnswerToStore> {
  if (!(value && typeof value === 'object' && 'blob' in value && value.blob)) {
    return { ok: true, answer: value as AnswerValue };
  }
  const stored = await workerApi().saveAttachmentSafely(draftId, {
    blob: value.blob,
    name: value.name,
    type: value.type,
  });
  if (stored.ok) return { ok: true, answer: stored.value };
  return { ok: false, problem: stored.reason === 'quota' ? 'attachment' : 'not-found' };
}

/** Stores an answer; null when stored, else why not (the typed value stays on screen). */
export async function storeAnswer(
  draftId: string,
  path: string,
  answer: AnswerValue,
): Promise<StorageProblem> {
  const saved = await workerApi().saveAnswerSafely(draftId, path, answer);
  return saved.ok ? null : saved.reason === 'quota' ? 'answer' : 'not-found';
}
