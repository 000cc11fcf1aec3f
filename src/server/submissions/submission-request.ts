/** Reading the body of `POST /api/v1/submissions`: JSON SubmissionRequest, shapes checked. */
import { createHash } from 'node:crypto';
import type { Answers } from '../../forms/model/form-definition.ts';
import type { AnnouncedAttachment, SubmissionRequest } from '../../shared/submission.ts';
import type { OfficeDocument } from '../../shared/office-document.ts';
import { answersShapeProblem } from '../forms/answers-shape.ts';
import { canonicalJson } from '../forms/canonical-json.ts';

/** Most attachments one submission may announce. */
export const MAX_ATTACHMENTS = 100;

/** A well-formed request with the fingerprint that identifies its content. */
export interface ParsedSubmission {
  /** The request. */
  request: SubmissionRequest;
  /** SHA-256 hex of the body's canonical JSON: equal for a retry, whatever its key order. */
  fingerprint: string;
}

/** The body is not a submission request; `message` names the problem, never an answer's value. */
export class SubmissionRequestError extends Error {
  override name = 'SubmissionRequestError';

  constructor(
    /** `invalid_json` when the body does not parse, else `invalid_request`. */
    readonly code: 'invalid_json' | 'invalid_request',
    message: string,
  ) {
    super(message);
  }
}

/** Parses and checks a request body. Throws SubmissionRequestError. */
export function parseSubmissionRequest(text: string): ParsedSubmission {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The parser's message quotes the body, which holds personal data.
    throw new SubmissionRequestError('invalid_json', 'The request body is not valid JSON.');
  }
  if (!isRecord(body)) fail('The body must be a JSON object SubmissionRequest.');
  const { formId, formVersion, serviceId, answers, attachments, document } = body;
  for (const [name, value] of Object.entries({ formId, formVersion, serviceId })) {
    if (typeof value !== 'string' || value === '' || value.length > 200) {
      fail(`"${name}" must be a non-empty text of at most 200 characters.`);
    }
  }
  const problem = answersShapeProblem(answers);
  if (problem !== null) {
    const where = problem.path === '' ? '"answers"' : `"answers.${problem.path}":`;
    fail(`${where} ${problem.message}.`);
  }
  const request: SubmissionRequest = {
    formId: formId as string,
    formVersion: formVersion as string,
    serviceId: serviceId as string,
    answers: answers as Answers,
    attachments: parseAttachments(attachments),
    ...(document === undefined ? {} : { document: parseOfficeDocument(document) }),
  };
  return {
    request,
    fingerprint: createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex'),
  };
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

function parseAttachments(value: unknown): AnnouncedAttachment[] {
  if (!Array.isArray(value)) fail('"attachments" must be a list (empty when there are none).');
  if (value.length > MAX_ATTACHMENTS) fail(`At most ${MAX_ATTACHMENTS} attachments.`);
  return value.map((item, index) => {
    const where = `"attachments[${index}]"`;
    if (!isRecord(item)) fail(`${where} must be an object { id, type, size, sha256 }.`);
    const { id, type, size, sha256 } = item;
    if (typeof id !== 'string' || !/^[A-Za-z0-9._-]{1,100}$/.test(id)) {
      fail(`${where}.id must be 1–100 characters of A-Z a-z 0-9 . _ -.`);
    }
    if (typeof type !== 'string' || !/^[\w.+-]+\/[\w.+-]+$/.test(type)) {
      fail(`${where}.type must be a media type such as image/jpeg.`);
    }
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 1) {
      fail(`${where}.size must be the size in bytes (a positive integer).`);
    }
    if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256)) {
      fail(`${where}.sha256 must be the SHA-256 of the bytes in lowercase hex.`);
    }
    return { id, type, size, sha256 };
  });
}

function fail(message: string): never {
  throw new SubmissionRequestError('invalid_request', message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
