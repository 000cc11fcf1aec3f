/**
 * validateForm: every problem of a form's answers, at most one per path, in document order.
 * Hidden elements are neither required nor checked, and their answers count as unanswered.
 */
import type { FieldError, ValidationOptions, ValidationResult } from '../field-error.ts';
import type { Answers, FormDefinition } from '../form-types.ts';
import { checkField } from './check-field.ts';
import { checkGroup } from './check-group.ts';
import { ruleErrors } from './check-rules.ts';
import { formScope, toFieldError } from './run.ts';
import { walkVisible } from './walk.ts';

/** Validates all answers of a form. Throws FormDefinitionError for a broken definition. */
export function validateForm(
  definition: FormDefinition,
  answers: Answers,
  options: ValidationOptions = {},
): ValidationResult {
  const root = formScope(definition, answers, options);
  // Insertion order is document order; a rule error only fills a path that has no error yet.
  const byPath = new Map<string, FieldError | null>();
  const record = (path: string, error: FieldError | null) => {
    if (!byPath.get(path)) byPath.set(path, error);
  };
  walkVisible(root, {
    field(scope, node, path, checked) {
      if (!checked) return;
      const issue = checkField(
        node,
        scope.raw(node.element.id),
        scope.isRequired(node),
        scope.today,
      );
      record(path, issue && toFieldError(path, node.element, issue));
    },
    group(_scope, node, path, visit, checked) {
      if (!checked) return;
      const issue = checkGroup(node, visit);
      record(path, issue && toFieldError(path, node.element, issue));
    },
    done(scope) {
      for (const rule of scope.level.rules) {
        for (const error of ruleErrors(scope, rule)) record(error.path, error);
      }
    },
  });
  const errors = [...byPath.values()].filter((error): error is FieldError => error !== null);
  return { valid: errors.length === 0, errors };
}
