/**
 * The startup check of the forms the server publishes: what the validation module checks per
 * definition (expressions compile, references and rule targets exist, code lists, patterns, date
 * bounds) plus what only matters across the published set (unique form ids, usable ids and
 * versions, unique rule ids). A broken definition stops the server instead of reaching devices.
 */
import { FORM_FORMAT, type FormDefinition } from '../../forms/model/form-definition.ts';
import { checkFormDefinition } from '../../validation/index.ts';

/** One thing wrong with a published definition, named precisely enough to fix it. */
export interface PublishedFormProblem {
  /** The form's id (or its position when it has none). */
  form: string;
  /** Element or rule id and the part of it, e.g. `F1 relevantWhen`; absent for the whole form. */
  where?: string;
  /** What is wrong. */
  message: string;
}

/** The published forms cannot be served; `problems` lists every reason. */
export class PublishedFormsError extends Error {
  override name = 'PublishedFormsError';

  constructor(
    /** Every problem found, in form and document order. */
    readonly problems: readonly PublishedFormProblem[],
  ) {
    super(
      `the form definitions have ${problems.length} problem(s):\n` +
        problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
  }
}

/** `form "x", F1 relevantWhen: message`: one problem as one line. */
export function formatProblem(problem: PublishedFormProblem): string {
  const where = problem.where === undefined ? '' : `, ${problem.where}`;
  return `form "${problem.form}"${where}: ${problem.message}`;
}

// Form ids appear in URLs (/api/v1/forms/:id/check) and in file names.
const FORM_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** Every problem of the set of definitions (empty when all can be published). */
export function publishedFormProblems(forms: readonly FormDefinition[]): PublishedFormProblem[] {
  const problems: PublishedFormProblem[] = [];
  const seen = new Set<string>();
  forms.forEach((form, index) => {
    // Definitions come from JSON files cast to the type, so their basics are checked as unknown.
    const { format, id, version, elements, rules, codeLists } = form as unknown as Record<
      string,
      unknown
    >;
    const name = typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
    const add = (message: string, where?: string) =>
      problems.push(where === undefined ? { form: name, message } : { form: name, where, message });
    if (format !== FORM_FORMAT) add(`format is ${String(format)}, expected ${FORM_FORMAT}`);
    if (typeof id !== 'string' || !FORM_ID.test(id)) {
      add('the id must be 1–100 letters, digits, ".", "_" or "-", starting with a letter or digit');
    } else if (seen.has(id)) {
      add('another published form has the same id');
    } else {
      seen.add(id);
    }
    if (typeof version !== 'string' || version.trim() === '') add('the version is empty');
    if (!Array.isArray(elements) || !Array.isArray(rules) || !isRecord(codeLists)) {
      add('elements and rules must be lists, codeLists an object');
      return;
    }
    const ruleIds = new Set<string>();
    for (const rule of form.rules) {
      if (ruleIds.has(rule.id)) add('the rule id occurs twice', rule.id);
      ruleIds.add(rule.id);
    }
    for (const problem of checkFormDefinition(form)) {
      add(withPosition(problem.message, problem.position), `${problem.id} ${problem.part}`);
    }
  });
  return problems;
}

/** Throws PublishedFormsError unless every definition can be published. */
export function assertPublishable(forms: readonly FormDefinition[]): void {
  const problems = publishedFormProblems(forms);
  if (problems.length > 0) throw new PublishedFormsError(problems);
}

// Parse errors already say "at character N of …"; reference problems carry only the index.
function withPosition(message: string, position: number | undefined): string {
  if (position === undefined || message.includes(' at character ')) return message;
  return `${message} at character ${position + 1}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
