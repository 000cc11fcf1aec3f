/**
 * The structural check of answers arriving over the wire, before validation: every value must be
 * one of the shapes the form model knows (text, yes/no, codes, date parts, file, group entries).
 * validateForm judges content; this keeps shapes it was never meant to see away from it.
 */
import type { Answers } from '../../forms/model/form-definition.ts';

/** Deepest nesting of groups accepted (forms nest two or three levels). */
export const MAX_GROUP_DEPTH = 16;

/** Where answers have a shape no field can hold. */
export interface ShapeProblem {
  /** Answer path, e.g. `G1[0].F2`; empty for the answers object itself. */
  path: string;
  /** What is wrong there. */
  message: string;
}

const DATE_TEXTS = ['day', 'month', 'year'];
const FILE_TEXTS = ['attachmentId', 'name', 'type', 'sha256'];

/** The first shape problem in document order, or null when `value` is well-formed Answers. */
export function answersShapeProblem(value: unknown): ShapeProblem | null {
  if (!isRecord(value)) {
    return { path: '', message: 'must be an object of answers by element id' };
  }
  return instanceProblem(value, '', 0);
}

/** True when `value` has the shape of Answers. */
export function isAnswers(value: unknown): value is Answers {
  return answersShapeProblem(value) === null;
}

function instanceProblem(
  instance: Record<string, unknown>,
  prefix: string,
  depth: number,
): ShapeProblem | null {
  for (const [id, value] of Object.entries(instance)) {
    const problem = valueProblem(value, `${prefix}${id}`, depth);
    if (problem !== null) return problem;
  }
  return null;
}

function valueProblem(value: unknown, path: string, depth: number): ShapeProblem | null {
  const fail = (message: string) => ({ path, message });
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return null;
  if (typeof value === 'number') return fail('numbers are sent as the text typed, e.g. "1.234,56"');
  if (Array.isArray(value)) return listProblem(value, path, depth);
  if (isRecord(value)) {
    if (hasExactly(value, DATE_TEXTS, []) || hasExactly(value, FILE_TEXTS, ['size'])) return null;
    return fail(
      'an object must be a date {day, month, year} or a file {attachmentId, name, type, size, sha256}',
    );
  }
  return fail('expected text, yes/no, a list of codes, a date, a file or a list of group entries');
}

function listProblem(list: unknown[], path: string, depth: number): ShapeProblem | null {
  if (list.every((item) => typeof item === 'string')) return null;
  if (!list.every(isRecord)) {
    return {
      path,
      message: 'a list must hold only codes (checkboxes) or only group entries (objects)',
    };
  }
  if (depth >= MAX_GROUP_DEPTH)
    return { path, message: `groups nest deeper than ${MAX_GROUP_DEPTH} levels` };
  for (const [index, item] of list.entries()) {
    const problem = instanceProblem(item, `${path}[${index}].`, depth + 1);
    if (problem !== null) return problem;
  }
  return null;
}

function hasExactly(value: Record<string, unknown>, texts: string[], numbers: string[]): boolean {
  return (
    Object.keys(value).length === texts.length + numbers.length &&
    texts.every((key) => typeof value[key] === 'string') &&
    numbers.every((key) => Number.isFinite(value[key]))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
