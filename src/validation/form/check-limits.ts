/** Prepares a field's limits (pattern, code list) and reports ones that cannot work. */
import { resolveDate } from '../dates.ts';
import type { FieldElement, FormDefinition } from '../form-types.ts';
import { NAMED_VALIDATORS } from '../validators/named.ts';
import type { DefinitionPart } from './compiled-form.ts';

/** What checkElementLimits prepares for a field. */
export interface PreparedLimits {
  /** Anchored pattern, or null. */
  pattern: RegExp | null;
  /** Allowed codes, or null for any. */
  codes: ReadonlySet<string> | null;
}

const CODED = new Set(['select', 'radio', 'checkboxes']);
const NUMERIC = new Set(['integer', 'number', 'money']);
// Any fixed date works to test that a bound can be resolved at all.
const SOME_DAY = '2000-01-01';

/** Compiles the pattern and collects the code list; reports what is broken. */
export function checkElementLimits(
  field: FieldElement,
  definition: FormDefinition,
  report: (id: string, part: DefinitionPart, message: string) => void,
): PreparedLimits {
  const { id, constraints = {} } = field;
  let pattern: RegExp | null = null;
  if (constraints.pattern !== undefined) {
    try {
      pattern = new RegExp(`^(?:${constraints.pattern})$`);
    } catch (error) {
      report(id, 'pattern', `not an ECMAScript regular expression: ${(error as Error).message}`);
    }
  }
  if (
    constraints.validator !== undefined &&
    !Object.hasOwn(NAMED_VALIDATORS, constraints.validator)
  ) {
    report(id, 'validator', `unknown validator "${String(constraints.validator)}"`);
  }
  for (const part of ['min', 'max'] as const) {
    const bound = constraints[part];
    if (bound === undefined) continue;
    if (
      field.type === 'date' &&
      (typeof bound !== 'string' || resolveDate(bound, SOME_DAY) === null)
    ) {
      report(id, part, `"${String(bound)}" is neither YYYY-MM-DD nor today, today-18y, today+1m`);
    }
    if (
      (NUMERIC.has(field.type) || field.type === 'checkboxes') &&
      !Number.isFinite(Number(bound))
    ) {
      report(id, part, `"${String(bound)}" is not a number`);
    }
  }
  return { pattern, codes: codesOf(field, definition, report) };
}

function codesOf(
  field: FieldElement,
  definition: FormDefinition,
  report: (id: string, part: DefinitionPart, message: string) => void,
): ReadonlySet<string> | null {
  if (!CODED.has(field.type)) return null;
  const listId = field.codeListId;
  if (listId === undefined || !Object.hasOwn(definition.codeLists, listId)) {
    report(field.id, 'codeList', `code list "${String(listId)}" is not in the definition`);
    return null;
  }
  const { entries } = definition.codeLists[listId]!;
  return entries.length > 0 ? new Set(entries.map((entry) => entry.code)) : null;
}
