/**
 * Reading the body of `POST /api/v1/submissions`: an end-to-end encrypted SubmissionRequest,
 * whose metadata is checked here (the content is a compact JWE the server cannot read). The
 * plaintext shape of older devices is refused unless a test allows it.
 */
import { createHash } from 'node:crypto';
import type { Answers } from '../../forms/model/form-definition.ts';
import { isKeyId, isOfficeId } from '../../shared/destination.ts';
import type {
  AnnouncedAttachment,
  PlaintextAttachment,
  PlaintextSubmissionRequest,
  SubmissionRequest,
} from '../../shared/submission.ts';
import type { OfficeDocument } from '../../shared/office-document.ts';
import { answersShapeProblem } from '../forms/answers-shape.ts';
import { canonicalJson } from '../forms/canonical-json.ts';
import { compactJweProblem } from './jwe-shape.ts';

/** Most attachments one submission may announce. */
export const MAX_ATTACHMENTS = 100;

/** A well-formed request with the fingerprint that identifies its content. */
export interface ParsedSubmission {
  /** The request: encrypted, or plaintext where allowed. */
  request: SubmissionRequest | PlaintextSubmissionRequest;
  /** SHA-256 hex of the body's canonical JSON: equal for a retry, whatever its key order. */
  fingerprint: string;
}

/** What parsing allows. */
export interface ParseOptions {
  /** Accept the plaintext shape (tests of the validation path only; `npm start` never does). */
  allowPlaintext?: boolean;
}

/** Why a body is refused: 400 with this code. */
export type SubmissionRequestCode =
  'invalid_json' | 'invalid_request' | 'invalid_content' | 'plaintext_refused';

/** The body is not a submission request; `message` names the problem, never an answer's value. */
export class SubmissionRequestError extends Error {
  override name = 'SubmissionRequestError';

  constructor(
    /** What kind of problem: see SubmissionRequestCode. */
    readonly code: SubmissionRequestCode,
    message: string,
  ) {
    super(message);
  }
}

const ENCRYPTED_KEYS = new Set([
  'formId',
  'formVersion',
  'serviceId',
  'destination',
  'content',
  'attachments',
]);

/** Parses and checks a request body. Throws SubmissionRequestError. */
export function parseSubmissionRequest(text: string, options: ParseOptions = {}): ParsedSubmission {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The parser's message quotes the body, which holds personal data.
    throw new SubmissionRequestError('invalid_json', 'The request body is not valid JSON.');
  }
  if (!isRecord(body)) fail('The body must be a JSON object SubmissionRequest.');
  let request: SubmissionRequest | PlaintextSubmissionRequest;
  if (body.content === undefined && options.allowPlaintext) {
    request = parsePlaintext(body);
  } else if (
    body.content === undefined &&
    (body.answers !== undefined || body.document !== undefined)
  ) {
    throw new SubmissionRequestError(
      'plaintext_refused',
      'Applications must be end-to-end encrypted: send "content" as compact JWE to the office key, never answers in clear.',
    );
  } else {
    request = parseEncrypted(body);
  }
  return {
    request,
    fingerprint: createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex'),
  };
}

function parseEncrypted(body: Record<string, unknown>): SubmissionRequest {
  const unknown = Object.keys(body).filter((key) => !ENCRYPTED_KEYS.has(key));
  if (unknown.length > 0) {
    // Anything readable beside the routing metadata could be personal data.
    fail(
      `Unknown fields ${unknown.map((key) => `"${key}"`).join(', ')}: everything else belongs in "content".`,
    );
  }
  const { formId, formVersion, serviceId, destination, content, attachments } = body;
  checkTexts({ formId, formVersion, serviceId });
  if (
    !isRecord(destination) ||
    !isOfficeId(destination.officeId) ||
    !isKeyId(destination.kid) ||
    Object.keys(destination).length !== 2
  ) {
    fail('"destination" must be { officeId, kid } of a published office key.');
  }
  if (typeof content !== 'string') fail('"content" must be the application as compact JWE.');
  const problem = compactJweProblem(content, destination.kid);
  if (problem !== null) {
    throw new SubmissionRequestError('invalid_content', `"content": ${problem}.`);
  }
  return {
    formId: formId as string,
    formVersion: formVersion as string,
    serviceId: serviceId as string,
    destination: { officeId: destination.officeId, kid: destination.kid },
    content,
    attachments: parseCiphertextManifest(attachments),
  };
}

function parsePlaintext(body: Record<string, unknown>): PlaintextSubmissionRequest {
  const { formId, formVersion, serviceId, answers, attachments, document } = body;
  checkTexts({ formId, formVersion, serviceId });
  const problem = answersShapeProblem(answers);
  if (problem !== null) {
    const where = problem.path === '' ? '"answers"' : `"answers.${problem.path}":`;
    fail(`${where} ${problem.message}.`);
  }
  return {
    formId: formId as string,
    formVersion: formVersion as string,
    serviceId: serviceId as string,
    answers: answers as Answers,
    attachments: parsePlaintextAttachments(attachments),
    ...(document === undefined ? {} : { document: parseOfficeDocument(document) }),
  };
}

function checkTexts(texts: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(texts)) {
    if (typeof value !== 'string' || value === '' || value.length > 200) {
      fail(`"${name}" must be a non-empty text of at most 200 characters.`);
    }
  }
}

/** The office's German copy: checked for shape only (its words are the device's rendering). */
function parseOfficeDocument(value: unknown): OfficeDocument {
  if (!isRecord(value) || value.language !== 'de' || typeof value.title !== 'string') {
    fail('"document" must be an object with language "de", a title and sections.');
  }
  if (!Array.isArray(value.sections) || !value.sections.every(isOfficeSection)) {
    fail('"document.sections" must be a list of sections with headings and rows.');
  }
  return value as unknown as OfficeDocument;
}

function isOfficeSection(value: unknown): boolean {
  return (
    isRecord(value) &&
    (value.heading === null || typeof value.heading === 'string') &&
    Array.isArray(value.blocks) &&
    value.blocks.every(isOfficeBlock)
  );
}

function isOfficeBlock(value: unknown): boolean {
  if (!isRecord(value) || typeof value.path !== 'string') return false;
  if (value.kind === 'row')
    return typeof value.label === 'string' && typeof value.value === 'string';
  return (
    value.kind === 'group' &&
    typeof value.heading === 'string' &&
    Array.isArray(value.blocks) &&
    value.blocks.every(isOfficeBlock)
  );
}

function attachmentList(value: unknown): unknown[] {
  if (!Array.isArray(value)) fail('"attachments" must be a list (empty when there are none).');
  if (value.length > MAX_ATTACHMENTS) fail(`At most ${MAX_ATTACHMENTS} attachments.`);
  return value;
}

/** Checks id, size and sha256 of one announced attachment; `where` names it in messages. */
function checkAnnounced(item: Record<string, unknown>, where: string): AnnouncedAttachment {
  const { id, size, sha256 } = item;
  if (typeof id !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(id)) {
    fail(`${where}.id must be 1–100 characters of A-Z a-z 0-9 . _ -.`);
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 1) {
    fail(`${where}.size must be the size in bytes (a positive integer).`);
  }
  if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
    fail(`${where}.sha256 must be the SHA-256 of the bytes in lowercase hex.`);
  }
  return { id, size, sha256 };
}

/** The encrypted manifest: `{ id, size, sha256 }` of each ciphertext and nothing else. */
function parseCiphertextManifest(value: unknown): AnnouncedAttachment[] {
  return attachmentList(value).map((item, index) => {
    const where = `"attachments[${index}]"`;
    if (!isRecord(item) || Object.keys(item).length !== 3) {
      fail(`${where} must be { id, size, sha256 } of the encrypted document, nothing more.`);
    }
    return checkAnnounced(item, where);
  });
}

function parsePlaintextAttachments(value: unknown): PlaintextAttachment[] {
  return attachmentList(value).map((item, index) => {
    const where = `"attachments[${index}]"`;
    if (!isRecord(item)) fail(`${where} must be an object { id, type, size, sha256 }.`);
    const { type } = item;
    if (typeof type !== 'string' || !/^[\w.+-]+\/[\w.+-]+$/.test(type)) {
      fail(`${where}.type must be a media type such as image/jpeg.`);
    }
    return { ...checkAnnounced(item, where), type };
  });
}

function fail(message: string): never {
  throw new SubmissionRequestError('invalid_request', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
