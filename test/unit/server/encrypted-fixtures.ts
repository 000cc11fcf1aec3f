/** Encrypted submissions as a device builds them, for the server and real-server tests. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Answers, FileAnswer } from '../../../src/forms/model/form-definition.ts';
import { officeDocument } from '../../../src/forms/office-document.ts';
import { encryptJson, importOfficeKey } from '../../../src/security/jwe.ts';
import { todayInGermany } from '../../../src/server/forms/check-answers.ts';
import type { Destination } from '../../../src/shared/destination.ts';
import type { SubmissionContent, SubmissionRequest } from '../../../src/shared/submission.ts';
import { wohnsitzAnswers } from '../../support/authored-answers.ts';
import { WOHNSITZ } from './submissions-fixtures.ts';

/** An encrypted Wohnsitz-Anmeldung with one document: what to POST and upload, and the clear. */
export interface EncryptedPrepared {
  /** The Idempotency-Key. */
  key: string;
  /** The body. */
  request: SubmissionRequest;
  /** The document's ciphertext (compact JWE, UTF-8): what is uploaded. */
  bytes: Buffer;
  /** What was encrypted. */
  content: SubmissionContent;
  /** The document in clear. */
  document: Buffer;
}

/**
 * A valid Wohnsitz-Anmeldung encrypted to `destination`; `marker` appears in the answers, the
 * document's name and its bytes, so a test can look for it anywhere it must not be.
 */
export async function prepareEncrypted(
  destination: Destination,
  marker = `MARKER-${randomUUID()}`,
  size = 4000,
): Promise<EncryptedPrepared> {
  const document = Buffer.concat([Buffer.from(`%PDF ${marker} `), randomBytes(size)]);
  const file: FileAnswer = {
    attachmentId: `att-${randomUUID()}`,
    name: `${marker}.jpg`,
    type: 'image/jpeg',
    size: document.length,
    sha256: sha256(document),
  };
  const base = wohnsitzAnswers(todayInGermany());
  const flat = (base.G_lotse_neue_wohnung as Answers[])[0]!;
  const answers: Answers = {
    ...base,
    // The address addition is free text: the marker is a valid answer.
    G_lotse_neue_wohnung: [{ ...flat, F00000027: marker }],
    G_lotse_nachweise: [{ F_lotse_wohnungsgeberbestaetigung: file }],
  };
  const content: SubmissionContent = {
    formId: WOHNSITZ.id,
    formVersion: WOHNSITZ.version,
    serviceId: '99115005104000',
    answers,
    document: officeDocument(WOHNSITZ, answers),
    attachments: [
      {
        id: file.attachmentId,
        name: file.name,
        type: file.type,
        size: file.size,
        sha256: file.sha256,
      },
    ],
  };
  const encrypter = await importOfficeKey(destination.key);
  const bytes = Buffer.from(await encrypter.encrypt(document), 'utf8');
  return {
    key: randomUUID(),
    bytes,
    content,
    document,
    request: {
      formId: content.formId,
      formVersion: content.formVersion,
      serviceId: content.serviceId,
      destination: { officeId: destination.officeId, kid: destination.key.kid },
      content: await encryptJson(encrypter, content),
      attachments: [{ id: file.attachmentId, size: bytes.length, sha256: sha256(bytes) }],
    },
  };
}

/** SHA-256 hex. */
export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
