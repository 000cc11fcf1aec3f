/**
 * Accepting a submission with Idempotency-Key semantics: claim the key, then (only as its holder)
 * check its metadata, and store everything in one transaction. An encrypted submission is checked
 * for form, version, destination office and key, and its ciphertext manifest; its answers cannot
 * be read here (the device validated them, the office runs the same validation after decrypting).
 * A plaintext one (tests only) is validated as before. Refused requests give the key back, so a
 * corrected request may use it.
 */
import type { Kysely } from 'kysely';
import type { FormDefinition } from '../../forms/model/form-definition.ts';
import { isEncryptedRequest, type SubmissionReceipt } from '../../shared/submission.ts';
import { checkAnswers, type CheckedFieldError } from '../forms/check-answers.ts';
import type { GermanMessages } from '../forms/messages.ts';
import type { Database } from '../storage/schema.ts';
import { claimKey, releaseKey } from './idempotency.ts';
import { submissionDestinationProblem } from '../offices/offices-store.ts';
import { encryptedManifestProblem, manifestProblem, type ManifestProblem } from './manifest.ts';
import { LockLostError, readReceipt, storeSubmission } from './receipts.ts';
import type { ParsedSubmission } from './submission-request.ts';

/** What submitting needs. */
export interface SubmitContext {
  /** The database. */
  db: Kysely<Database>;
  /** Published definitions by id. */
  forms: ReadonlyMap<string, FormDefinition>;
  /** German validation messages. */
  messages: GermanMessages;
  /** Lock timeout in ms. */
  lockTimeoutMs: number;
  /** The clock. */
  now: () => Date;
}

/** What became of a submission request. */
export type SubmitOutcome =
  | { kind: 'stored'; receipt: SubmissionReceipt }
  | { kind: 'replayed'; receipt: SubmissionReceipt }
  | { kind: 'in-progress' }
  | { kind: 'key-reused' }
  | { kind: 'form-not-found' }
  | { kind: 'form-version'; currentVersion: string }
  | { kind: 'invalid-answers'; errors: CheckedFieldError[] }
  | { kind: 'invalid-attachments'; problem: ManifestProblem }
  | { kind: 'unknown-destination'; message: string };

/** Submits under `key` for the device with `deviceTokenHash`. */
export async function submit(
  context: SubmitContext,
  key: string,
  deviceTokenHash: string,
  parsed: ParsedSubmission,
): Promise<SubmitOutcome> {
  const { db } = context;
  const claim = await claimKey(
    db,
    { key, fingerprint: parsed.fingerprint, deviceTokenHash },
    context.now(),
    context.lockTimeoutMs,
  );
  if (claim.kind === 'reused') return { kind: 'key-reused' };
  if (claim.kind === 'in-progress') return { kind: 'in-progress' };
  if (claim.kind === 'done') {
    const receipt = await readReceipt(db, key, deviceTokenHash);
    if (receipt === null) throw new Error(`key ${key} is done but has no submission`);
    return { kind: 'replayed', receipt };
  }
  try {
    const refusal = await refusalOf(context, parsed);
    if (refusal !== null) {
      await releaseKey(db, key, claim.lockedAt);
      return refusal;
    }
    const receipt = await storeSubmission(db, {
      key,
      lockedAt: claim.lockedAt,
      deviceTokenHash,
      request: parsed.request,
      now: context.now(),
    });
    return { kind: 'stored', receipt };
  } catch (error) {
    if (error instanceof LockLostError) return { kind: 'in-progress' };
    await releaseKey(db, key, claim.lockedAt);
    throw error;
  }
}

/** Why the request cannot be stored, or null when it can. */
async function refusalOf(
  context: SubmitContext,
  parsed: ParsedSubmission,
): Promise<SubmitOutcome | null> {
  const { request } = parsed;
  const definition = context.forms.get(request.formId);
  if (definition === undefined) return { kind: 'form-not-found' };
  if (definition.version !== request.formVersion) {
    return { kind: 'form-version', currentVersion: definition.version };
  }
  if (isEncryptedRequest(request)) {
    const message = await submissionDestinationProblem(
      context.db,
      request.destination,
      request.serviceId,
    );
    if (message !== null) return { kind: 'unknown-destination', message };
    const problem = encryptedManifestProblem(request.attachments);
    return problem === null ? null : { kind: 'invalid-attachments', problem };
  }
  const checked = checkAnswers(definition, request.answers, context.messages);
  if (!checked.valid) return { kind: 'invalid-answers', errors: checked.errors };
  const problem = manifestProblem(definition, request.answers, request.attachments);
  return problem === null ? null : { kind: 'invalid-attachments', problem };
}
