import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Answers, FileAnswer } from '../../src/forms/model/form-definition.ts';
import { bundledForms } from '../../src/forms/definitions/index.ts';
import { officeDocument } from '../../src/forms/office-document.ts';
import { encryptJson, importOfficeKey, type OfficeEncrypter } from '../../src/security/jwe.ts';
import { todayInGermany } from '../../src/server/forms/check-answers.ts';
import type { Destination } from '../../src/shared/destination.ts';
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
  /** The document's ciphertext (compact JWE, uploaded in one chunk). */
  bytes: Buffer;
}

/** The office every load submission is encrypted to, as published by the server. */
export interface LoadOffice {
  /** Office id. */
  officeId: string;
  /** Its imported public key. */
  encrypter: OfficeEncrypter;
}

/** Reads the server's first published office from GET /api/v1/forms and imports its key. */
export async function fetchLoadOffice(baseUrl: string): Promise<LoadOffice> {
  const response = await fetch(`${baseUrl}/api/v1/forms`);
  const document = (await response.json()) as { destinations?: Destination[] };
  const destination = document.destinations?.[0];
  if (!destination) throw new Error('the server published no office to encrypt to');
  return { officeId: destination.officeId, encrypter: await importOfficeKey(destination.key) };
}

/**
 * A valid Wohnsitz-Anmeldung, end-to-end encrypted as a device sends it. The landlord's
 * confirmation is a required document, so each one announces a small photo of `attachmentBytes`
 * random bytes, encrypted too (always uploaded afterwards).
 */
export async function loadSubmission(
  attachmentBytes: number,
  office: LoadOffice,
  today = todayInGermany(),
): Promise<LoadSubmission> {
  const plain = randomBytes(attachmentBytes);
  const file: FileAnswer = {
    attachmentId: `att-${randomUUID()}`,
    name: 'wohnungsgeberbestaetigung.jpg',
    type: 'image/jpeg',
    size: plain.length,
    sha256: sha256(plain),
  };
  const answers: Answers = {
    ...wohnsitzAnswers(today),
    G_lotse_nachweise: [{ F_lotse_wohnungsgeberbestaetigung: file }],
  };
  const bytes = Buffer.from(await office.encrypter.encrypt(plain), 'utf8');
  const serviceId = FORM.leikaKeys[0] ?? '99115005104000';
  const request: SubmissionRequest = {
    formId: FORM.id,
    formVersion: FORM.version,
    serviceId,
    destination: { officeId: office.officeId, kid: office.encrypter.kid },
    content: await encryptJson(office.encrypter, {
      formId: FORM.id,
      formVersion: FORM.version,
      serviceId,
      answers,
      document: officeDocument(FORM, answers),
      attachments: [
        {
          id: file.attachmentId,
          name: file.name,
          type: file.type,
          size: file.size,
          sha256: file.sha256,
        },
      ],
    }),
    attachments: [{ id: file.attachmentId, size: bytes.length, sha256: sha256(bytes) }],
  };
  return {
    key: randomUUID(),
    body: Buffer.from(JSON.stringify(request)),
    attachmentId: file.attachmentId,
    bytes,
  };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
