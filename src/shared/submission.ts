/**
 * Wire protocol of submissions (POST /api/v1/submissions and friends), shared by the device's
 * outbox, the service worker and the server. Plain data, safe in every world.
 */
import type { Answers } from '../forms/model/form-definition.ts';
import type { OfficeDocument } from './office-document.ts';

/** A document announced with a submission; its bytes are uploaded separately. */
export interface AnnouncedAttachment {
  /** The attachment's id on the device (FileAnswer.attachmentId). */
  id: string;
  /** Media type. */
  type: string;
  /** Size in bytes. */
  size: number;
  /** SHA-256 of the bytes, lowercase hex; the server verifies it. */
  sha256: string;
}

/** Body of POST /api/v1/submissions; the draft id travels as the Idempotency-Key header. */
export interface SubmissionRequest {
  /** Form id. */
  formId: string;
  /** Form version the answers belong to. */
  formVersion: string;
  /** Service applied for (LeiKa key or catalogue id). */
  serviceId: string;
  /** The visible answers. */
  answers: Answers;
  /** Documents that will be uploaded for this submission. */
  attachments: AnnouncedAttachment[];
  /**
   * The application in German words for the office (labels and answers), whatever language it
   * was filled in; absent in requests queued by older versions.
   */
  document?: OfficeDocument;
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
