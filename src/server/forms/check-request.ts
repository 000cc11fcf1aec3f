/** Reading the body of `POST /api/v1/forms/:id/check`: JSON `{ version, answers }`, shapes checked. */
import type { Answers } from '../../forms/model/form-definition.ts';
import { answersShapeProblem } from './answers-shape.ts';

/** A well-formed check request. */
export interface CheckRequest {
  /** The form definition's `version` the answers were given against. */
  version: string;
  /** The answers, structurally valid. */
  answers: Answers;
}

/** The body is not a check request; `message` says exactly what is wrong (never echoes answers). */
export class CheckRequestError extends Error {
  override name = 'CheckRequestError';

  constructor(
    /** `invalid_json` when the body does not parse, else `invalid_request`. */
    readonly code: 'invalid_json' | 'invalid_request',
    message: string,
  ) {
    super(message);
  }
}

/** Parses and checks a request body. Throws CheckRequestError. */
export function parseCheckRequest(text: string): CheckRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // The parser's own message quotes the body, which may hold personal data.
    throw new CheckRequestError('invalid_json', 'The request body is not valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new CheckRequestError(
      'invalid_request',
      'The body must be a JSON object { version, answers }.',
    );
  }
  const { version, answers } = body as Record<string, unknown>;
  if (typeof version !== 'string' || version === '') {
    throw new CheckRequestError(
      'invalid_request',
      '"version" must be the version of the form definition, as text.',
    );
  }
  const problem = answersShapeProblem(answers);
  if (problem !== null) {
    const where = problem.path === '' ? '"answers"' : `"answers.${problem.path}":`;
    throw new CheckRequestError('invalid_request', `${where} ${problem.message}.`);
  }
  return { version, answers: answers as Answers };
}
