import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Answers, FileAnswer } from '../../src/forms/model/form-definition.ts';
import { bundledForms } from '../../src/forms/definitions/index.ts';
import { todayInGermany } from '../../src/server/forms/check-answers.ts';
import type { SubmissionRequest } from '../../src/shared/submission.ts';
import { wohnsitzAnswers } from '../support/authored-answers.ts';

const WOHNSITZ = bundledForms.find((form) => form.id === 'lotse-wohnsitz-anmeldung');
if (!WOHNSITZ) throw new Error('the bundled Wohnsitz-Anmeldung is missing');
const FORM = WOHNSITZ;

/** One submission as a device would send it: key, body bytes, and its one small document. */
export interface LoadSubmission {
  /** Idempotency-Key (the draft UUID). */
  key: string;
  /** The JSON body, serialised once so every retry sends the same bytes. */
  body: Buffer;
  /** The announced document's id. */
  attachmentId: string;
  /** The document's bytes (uploaded in one chunk). */
  bytes: Buffer;
}

/**
 * A valid Wohnsitz-Anmeldung. The landlord's confirmation is a required document, so each one
 * announces a small photo of `attachmentBytes` random bytes (always uploaded afterwards).
 */
export function loadSubmission(attachmentBytes: number, today = todayInGermany()): LoadSubmission {
  const bytes = randomBytes(attachmentBytes);
  const file: FileAnswer = {
    attachmentId: `att-${randomUUID()}`,
    name: 'wohnungsgeberbestaetigung.jpg',
    type: 'image/jpeg',
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  const answers: Answers = {
    ...wohnsitzAnswers(today),
    G_lotse_nachweise: [{ F_lotse_wohnungsgeberbestaetigung: file }],
  };
  const request: SubmissionRequest = {
    formId: FORM.id,
    formVersion: FORM.version,
    serviceId: FORM.leikaKeys[0] ?? '99115005104000',
    answers,
    attachments: [{ id: file.attachmentId, type: file.type, size: file.size, sha256: file.sha256 }],
  };
  return {
    key: randomUUID(),
    body: Buffer.from(JSON.stringify(request)),
    attachmentId: file.attachmentId,
    bytes,
  };
}
