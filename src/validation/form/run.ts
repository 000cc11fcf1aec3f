/** Starting a validation run: the compiled form, today's date and the form-level scope. */
import { localToday, parseIsoDate } from '../dates.ts';
import type { FieldError, ValidationOptions } from '../field-error.ts';
import type { Answers, FormDefinition, FormElement } from '../form-types.ts';
import type { Issue } from './check-field.ts';
import { compiledForm } from './compile-form.ts';
import { InstanceScope } from './instance-scope.ts';

/** The form-level scope for a definition and answers. Throws FormDefinitionError, RangeError. */
export function formScope(
  definition: FormDefinition,
  answers: Answers,
  options: ValidationOptions = {},
): InstanceScope {
  const today = options.today ?? localToday();
  if (parseIsoDate(today) === null)
    throw new RangeError(`options.today is not YYYY-MM-DD: ${today}`);
  const { root } = compiledForm(definition);
  return new InstanceScope(root, answers, null, '', today);
}

/** An issue placed at a path, with the element's label for the message. */
export function toFieldError(path: string, element: FormElement, issue: Issue): FieldError {
  return {
    path,
    elementId: element.id,
    code: issue.code,
    params: { ...issue.params, label: element.label },
  };
}
