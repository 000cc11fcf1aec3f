/**
 * The attachment manifest checked against the form and the answers: ids unique, sizes within the
 * limits, types accepted by the form's file fields, every file in the answers announced with the
 * same type, size and hash (so the office gets exactly the documents the answers name).
 */
import type { Answers, FormDefinition, FormElement } from '../../forms/model/form-definition.ts';
import type { AnnouncedAttachment, PlaintextAttachment } from '../../shared/submission.ts';
import { MAX_ATTACHMENTS } from './submission-request.ts';

/** Largest single attachment in bytes (20 MB). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Largest total of one submission's attachments in bytes (50 MB). */
export const MAX_TOTAL_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/**
 * Largest compact JWE of a document the server accepts: base64url of the largest document plus
 * the header, the RSA-encrypted key, IV and tag (well under 4 KB even for 8192-bit keys).
 */
export function jweSizeLimit(plaintextBytes: number): number {
  return Math.ceil((plaintextBytes * 4) / 3) + 4096;
}

/** Largest encrypted attachment in bytes (a 20 MB document as compact JWE). */
export const MAX_ENCRYPTED_ATTACHMENT_BYTES = jweSizeLimit(MAX_ATTACHMENT_BYTES);

/** Largest total of one encrypted submission's attachments (50 MB of documents as JWE). */
export const MAX_ENCRYPTED_TOTAL_BYTES =
  Math.ceil((MAX_TOTAL_ATTACHMENT_BYTES * 4) / 3) + 4096 * MAX_ATTACHMENTS;

/** Why a manifest is refused. */
export interface ManifestProblem {
  /** Machine code. */
  code:
    | 'attachment_duplicate'
    | 'attachment_too_large'
    | 'attachments_too_large'
    | 'attachment_type'
    | 'attachment_not_announced'
    | 'attachment_mismatch';
  /** What is wrong and what to do. */
  message: string;
}

/** The first problem of the manifest, or null when it can be accepted. */
export function manifestProblem(
  definition: FormDefinition,
  answers: Answers,
  attachments: readonly PlaintextAttachment[],
): ManifestProblem | null {
  const byId = new Map<string, PlaintextAttachment>();
  let total = 0;
  const accepted = acceptedTypes(definition.elements);
  for (const attachment of attachments) {
    if (byId.has(attachment.id)) {
      return {
        code: 'attachment_duplicate',
        message: `Attachment "${attachment.id}" is announced twice.`,
      };
    }
    byId.set(attachment.id, attachment);
    if (attachment.size > MAX_ATTACHMENT_BYTES) {
      return {
        code: 'attachment_too_large',
        message: `Attachment "${attachment.id}" is larger than 20 MB.`,
      };
    }
    total += attachment.size;
    if (!accepted(attachment.type)) {
      return {
        code: 'attachment_type',
        message: `Attachment "${attachment.id}" has a type no file field of this form accepts.`,
      };
    }
  }
  if (total > MAX_TOTAL_ATTACHMENT_BYTES) {
    return {
      code: 'attachments_too_large',
      message: 'The attachments together are larger than 50 MB.',
    };
  }
  for (const file of fileAnswers(answers)) {
    const announced = byId.get(file.attachmentId);
    if (announced === undefined) {
      return {
        code: 'attachment_not_announced',
        message: `The answers name attachment "${file.attachmentId}", which is not announced.`,
      };
    }
    if (
      announced.type !== file.type ||
      announced.size !== file.size ||
      announced.sha256 !== file.sha256
    ) {
      return {
        code: 'attachment_mismatch',
        message: `Attachment "${file.attachmentId}" is announced with another type, size or hash than the answers name.`,
      };
    }
  }
  return null;
}

/**
 * The first problem of an encrypted manifest (ids unique, ciphertext sizes within the limits), or
 * null. Types and the answers' file references are inside the content: the office checks them.
 */
export function encryptedManifestProblem(
  attachments: readonly AnnouncedAttachment[],
): ManifestProblem | null {
  const ids = new Set<string>();
  let total = 0;
  for (const attachment of attachments) {
    if (ids.has(attachment.id)) {
      return {
        code: 'attachment_duplicate',
        message: `Attachment "${attachment.id}" is announced twice.`,
      };
    }
    ids.add(attachment.id);
    if (attachment.size > MAX_ENCRYPTED_ATTACHMENT_BYTES) {
      return {
        code: 'attachment_too_large',
        message: `Attachment "${attachment.id}" is larger than 20 MB.`,
      };
    }
    total += attachment.size;
  }
  return total > MAX_ENCRYPTED_TOTAL_BYTES
    ? { code: 'attachments_too_large', message: 'The attachments together are larger than 50 MB.' }
    : null;
}

/** A test for media types: accepted when some file field of the form accepts them. */
function acceptedTypes(elements: readonly FormElement[]): (type: string) => boolean {
  const patterns: string[] = [];
  let anyType = false;
  const visit = (list: readonly FormElement[]) => {
    for (const element of list) {
      if (element.kind === 'group') visit(element.children);
      else if (element.type === 'file') {
        const accept = element.constraints?.accept ?? [];
        if (accept.length === 0) anyType = true;
        patterns.push(...accept);
      }
    }
  };
  visit(elements);
  return (type) => anyType || patterns.some((pattern) => matchesType(pattern, type));
}

// The same rule as the validation module's file check: "image/*" matches every image type.
function matchesType(pattern: string, type: string): boolean {
  const wanted = pattern.trim().toLowerCase();
  const actual = type.trim().toLowerCase();
  if (wanted.endsWith('/*')) return actual.startsWith(wanted.slice(0, -1));
  return wanted === actual;
}

interface FileValue {
  attachmentId: string;
  type: string;
  size: number;
  sha256: string;
}

/** Every file answer, at any depth (the answers' shape is already checked). */
function fileAnswers(answers: Answers): FileValue[] {
  const found: FileValue[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      if ('attachmentId' in value) found.push(value as FileValue);
      else Object.values(value).forEach(visit);
    }
  };
  visit(answers);
  return found;
}
