import type { AnswerValue, Answers } from './form-definition.ts';

/** One step of an answer path: an element id, with the instance index for groups. */
export interface PathStep {
  /** Element id. */
  id: string;
  /** Instance index when the step is a group instance ("G1[2]"). */
  index?: number;
}

/** A path that does not fit the `G1[0].F2` form. */
export class AnswerPathError extends Error {
  override name = 'AnswerPathError';
}

const STEP = /^([A-Za-z][A-Za-z0-9_-]*)(?:\[(\d+)\])?$/;

/** Splits `G1[0].F2` into its steps. */
export function parsePath(path: string): PathStep[] {
  return path.split('.').map((part) => {
    const match = STEP.exec(part);
    if (!match?.[1]) throw new AnswerPathError(`bad answer path "${path}"`);
    return match[2] === undefined ? { id: match[1] } : { id: match[1], index: Number(match[2]) };
  });
}

/** The path of a field or group instance inside a group instance (or at the top with ''). */
export function childPath(parent: string, id: string, index?: number): string {
  const step = index === undefined ? id : `${id}[${index}]`;
  return parent ? `${parent}.${step}` : step;
}

/** The instances of a group at `path` (a group path without index). */
export function groupInstances(answers: Answers, path: string): Answers[] {
  const value = lookup(answers, parsePath(path));
  return Array.isArray(value) && value.every(isAnswers) ? value : [];
}

/** The answer at a field path, or null when there is none. */
export function getAnswer(answers: Answers, path: string): AnswerValue {
  const value = lookup(answers, parsePath(path));
  return value === undefined || (Array.isArray(value) && value.some(isAnswers))
    ? null
    : (value as AnswerValue);
}

function lookup(answers: Answers, steps: PathStep[]): Answers[string] {
  let scope: Answers | undefined = answers;
  for (const [position, step] of steps.entries()) {
    const value: Answers[string] = scope?.[step.id];
    if (position === steps.length - 1 && step.index === undefined) return value;
    if (step.index === undefined || !Array.isArray(value)) return undefined;
    const instance: unknown = value[step.index];
    scope = isAnswers(instance) ? instance : undefined;
  }
  return undefined;
}

function isAnswers(value: unknown): value is Answers {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !('attachmentId' in value) &&
    !('day' in value)
  );
}

/** Answers with the field at `path` set (instances on the way are created); input unchanged. */
export function setAnswer(answers: Answers, path: string, value: AnswerValue): Answers {
  return update(answers, parsePath(path), () => value);
}

/** Answers with one more (empty) instance of the group at `path`. */
export function addInstance(answers: Answers, path: string): Answers {
  return update(answers, parsePath(path), (current) => [
    ...(Array.isArray(current) ? (current as Answers[]) : []),
    {},
  ]);
}

/** Answers without instance `index` of the group at `path`. */
export function removeInstance(answers: Answers, path: string, index: number): Answers {
  return update(answers, parsePath(path), (current) =>
    Array.isArray(current) ? (current as Answers[]).filter((_, at) => at !== index) : [],
  );
}

function update(
  scope: Answers,
  steps: PathStep[],
  change: (current: Answers[string]) => Answers[string],
): Answers {
  const [step, ...rest] = steps;
  if (!step) return scope;
  if (rest.length === 0 && step.index === undefined) {
    return { ...scope, [step.id]: change(scope[step.id]) };
  }
  if (step.index === undefined) throw new AnswerPathError(`"${step.id}" needs an instance index`);
  const current = scope[step.id];
  const instances = Array.isArray(current) ? [...(current as Answers[])] : [];
  while (instances.length <= step.index) instances.push({});
  if (rest.length === 0) throw new AnswerPathError('an answer path ends at a field or a group');
  instances[step.index] = update(instances[step.index] ?? {}, rest, change);
  return { ...scope, [step.id]: instances };
}
