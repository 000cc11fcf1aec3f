import type { AnswerValue, Answers, FormElement } from './form-definition.ts';
import { getAnswer, setAnswer } from './answers.ts';

/** A field that can be filled from the profile, at its answer path. */
interface PrefillField {
  /** Answer path; inside groups always the first instance (the person applying). */
  path: string;
  /** Profile key, e.g. "person.familienname". */
  key: string;
}

/** Fields with a profile key, at their paths; in groups only the first instance counts. */
export function prefillFields(elements: readonly FormElement[], parent = ''): PrefillField[] {
  return elements.flatMap((element): PrefillField[] => {
    const path = parent ? `${parent}.${element.id}` : element.id;
    if (element.kind === 'group') return prefillFields(element.children, `${path}[0]`);
    return element.prefill ? [{ path, key: element.prefill }] : [];
  });
}

const isAnswered = (value: AnswerValue): boolean =>
  value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/**
 * Answers with every empty profile field filled from the saved values ("asked only once"), and
 * the paths that were filled, so the form can ask the citizen to check them.
 */
export function applyPrefill(
  elements: readonly FormElement[],
  answers: Answers,
  values: Readonly<Record<string, unknown>>,
): { answers: Answers; paths: string[] } {
  let filled = answers;
  const paths: string[] = [];
  for (const { path, key } of prefillFields(elements)) {
    const saved = values[key] as AnswerValue | undefined;
    if (saved !== undefined && isAnswered(saved) && !isAnswered(getAnswer(filled, path))) {
      filled = setAnswer(filled, path, saved);
      paths.push(path);
    }
  }
  return { answers: filled, paths };
}

/** The profile values a draft's answers hold (for saving them with the citizen's consent). */
export function collectPrefill(
  elements: readonly FormElement[],
  answers: Answers,
): Record<string, AnswerValue> {
  const values: Record<string, AnswerValue> = {};
  for (const { path, key } of prefillFields(elements)) {
    const value = getAnswer(answers, path);
    if (isAnswered(value)) values[key] = value;
  }
  return values;
}
