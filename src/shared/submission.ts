/**
 * Wire protocol of submissions (POST /api/v1/submissions and friends), shared by the device's
 * outbox, the service worker and the server. Plain data, safe in every world.
 */
import type { Answers } from '../forms/model/form-definition.ts';
import type { OfficeDocument } from './office-document.ts';

/** A document announced with an encrypted submission: its ciphertext (compact JWE, UTF-8). */
export interface AnnouncedAttachment {
  /** The attachment's id on the device (FileAnswer.attachmentId). */
  id: string;
  /** Size of the ciphertext in bytes. */
  size: number;
  /** SHA-256 of the ciphertext bytes, lowercase hex; the server verifies it. */
  sha256: string;
}

/** The office that can open a submission, and which of its keys it was encrypted to. */
export interface SubmissionDestination {
  /** Office id. */
  officeId: string;
  /** Key id (RFC 7638 thumbprint) named in the JWE header. */
  kid: string;
}

/**
 * Body of POST /api/v1/submissions; the draft id travels as the Idempotency-Key header. Only
 * routing metadata is readable: the answers, the office's copy and the documents' names and types
 * are inside `content`, a compact JWE (RSA-OAEP-256 + A256GCM) to the destination's key.
 */
export interface SubmissionRequest {
  /** Form id. */
  formId: string;
  /** Form version the answers belong to. */
  formVersion: string;
  /** Service applied for (LeiKa key or catalogue id). */
  serviceId: string;
  /** Who can open it. */
  destination: SubmissionDestination;
  /** The SubmissionContent as compact JWE. */
  content: string;
  /** Documents that will be uploaded (each as a compact JWE) for this submission. */
  attachments: AnnouncedAttachment[];
}

/** A document as the office reads it after decrypting the content. */
export interface ContentAttachment {
  /** The attachment's id (as announced). */
  id: string;
  /** File name on the device. */
  name: string;
  /** Media type. */
  type: string;
  /** Size of the plaintext bytes. */
  size: number;
  /** SHA-256 of the plaintext bytes, lowercase hex. */
  sha256: string;
}

/** What the content JWE holds (JSON, `cty: application/json`). */
export interface SubmissionContent {
  /** Form id; equals the request's, so the office sees the metadata was not swapped. */
  formId: string;
  /** Form version. */
  formVersion: string;
  /** Service applied for. */
  serviceId: string;
  /** The visible answers. */
  answers: Answers;
  /** The application in German words for the office. */
  document: OfficeDocument;
  /** Every document with its name, type and plaintext hash. */
  attachments: ContentAttachment[];
  /**
   * The citizen's consent, when staff helped them (recorded before the first question); absent
   * when they applied on their own.
   */
  consent?: SubmissionConsent;
}

/** The citizen's consent as the office reads it. */
export interface SubmissionConsent {
  /** When it was given (ISO 8601, UTC). */
  at: string;
  /** Language of the consent text the citizen was shown (BCP 47; `de-x-ls`: Leichte Sprache). */
  lang: string;
  /** Version of the consent text. */
  textVersion: string;
}

/** A document announced by a plaintext request (before end-to-end encryption). */
export interface PlaintextAttachment {
  /** The attachment's id on the device. */
  id: string;
  /** Media type. */
  type: string;
  /** Size in bytes. */
  size: number;
  /** SHA-256 of the bytes, lowercase hex. */
  sha256: string;
}

/**
 * The request body before end-to-end encryption. Devices queued these before the update; the
 * server refuses them (400 `plaintext_refused`) unless a test runs it with plaintext allowed.
 */
export interface PlaintextSubmissionRequest {
  /** Form id. */
  formId: string;
  /** Form version the answers belong to. */
  formVersion: string;
  /** Service applied for. */
  serviceId: string;
  /** The visible answers. */
  answers: Answers;
  /** Documents that will be uploaded. */
  attachments: PlaintextAttachment[];
  /** The office's German copy; absent in requests queued by older versions. */
  document?: OfficeDocument;
}

/** Whether a request is end-to-end encrypted (has `content`). */
export function isEncryptedRequest(
  request: SubmissionRequest | PlaintextSubmissionRequest,
): request is SubmissionRequest {
  return typeof (request as Partial<SubmissionRequest>).content === 'string';
}

/** Where an application is at the office. */
export type SubmissionStatus =
  'awaiting-attachments' | 'received' | 'in-progress' | 'decided' | 'needs-information';

/** What the server answers for a stored submission: the citizen's proof. */
export interface SubmissionReceipt {
  /** Server id of the submission. */
  id: string;
  /** The Idempotency-Key the submission was stored under (the draft id). */
  idempotencyKey: string;
  /** Human-readable reference with a check character, e.g. "LT-7K4M-2QX9-C". */
  reference: string;
  /** When the server stored it (ISO 8601). */
  receivedAt: string;
  /** Service applied for. */
  serviceId: string;
  /** Form id. */
  formId: string;
  /** Current status. */
  status: SubmissionStatus;
  /** Attachment ids announced but not yet (completely) uploaded. */
  missingAttachments: string[];
  /**
   * The office's short note on its last status change (≤ 500 characters), e.g. what it needs
   * for `needs-information`; null without one. Absent in receipts of older servers.
   */
  statusNote?: string | null;
  /** When the office last changed the status (ISO 8601); null until it did. */
  statusChangedAt?: string | null;
}
