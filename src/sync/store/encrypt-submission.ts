import type { LotseDb, OutboxFileRow } from '../../db/database.ts';
import { importOfficeKey, encryptJson } from '../../security/jwe.ts';
import { destinationFor } from '../../shared/destination.ts';
import type {
  AnnouncedAttachment,
  ContentAttachment,
  SubmissionContent,
  SubmissionRequest,
} from '../../shared/submission.ts';

/** The draft cannot be submitted as it is (wrong form, a document is gone, no office key). */
export class SubmissionBuildError extends Error {
  override name = 'SubmissionBuildError';

  constructor(
    message: string,
    /** 'no-destination' when no office key for the service is stored (download the forms). */
    readonly reason: 'no-destination' | 'document-missing' | 'wrong-form',
  ) {
    super(message);
  }
}

/** A document in clear, as the draft holds it. */
export interface PlainDocument extends ContentAttachment {
  /** The bytes. */
  blob: Blob;
}

/** An encrypted submission: the request to send and the ciphertext of every document. */
export interface EncryptedSubmission {
  /** The body of POST /api/v1/submissions. */
  request: SubmissionRequest;
  /** The bytes to upload, one row per announced attachment. */
  files: OutboxFileRow[];
}

/**
 * Encrypts a submission on the device, before it enters the outbox: the content (answers, the
 * office's copy, document names, types and hashes) and every document become compact JWE to the
 * key of the office that receives the service. Only ids, ciphertext sizes and hashes stay
 * readable. Throws SubmissionBuildError when no office key for the service is stored.
 */
export async function encryptSubmission(
  db: LotseDb,
  outboxId: string,
  content: Omit<SubmissionContent, 'attachments'>,
  documents: readonly PlainDocument[],
): Promise<EncryptedSubmission> {
  const destination = destinationFor(await db.destinations.toArray(), content.serviceId);
  if (!destination) {
    throw new SubmissionBuildError(
      `no office key for service ${content.serviceId} on this device: download the forms again`,
      'no-destination',
    );
  }
  const encrypter = await importOfficeKey(destination.key);
  const files: OutboxFileRow[] = [];
  const announced: AnnouncedAttachment[] = [];
  for (const document of documents) {
    const plaintext = new Uint8Array(await document.blob.arrayBuffer());
    const bytes = new TextEncoder().encode(await encrypter.encrypt(plaintext));
    files.push({ outboxId, attachmentId: document.id, blob: new Blob([bytes]) });
    announced.push({ id: document.id, size: bytes.byteLength, sha256: await sha256Hex(bytes) });
  }
  const full: SubmissionContent = {
    ...content,
    attachments: documents.map(({ id, name, type, size, sha256 }) => ({
      id,
      name,
      type,
      size,
      sha256,
    })),
  };
  return {
    request: {
      formId: content.formId,
      formVersion: content.formVersion,
      serviceId: content.serviceId,
      destination: { officeId: destination.officeId, kid: encrypter.kid },
      content: await encryptJson(encrypter, full),
      attachments: announced,
    },
    files,
  };
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
