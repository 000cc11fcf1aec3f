/**
 * validateField: the fast path for as-you-type checks of one field or group. Gives exactly the
 * error validateForm gives for that path, without walking the rest of the form.
 */
import type { FieldError, ValidationOptions } from '../field-error.ts';
import type { Answers, FormDefinition } from '../form-types.ts';
import { checkField } from './check-field.ts';
import { checkGroup } from './check-group.ts';
import { ruleErrors } from './check-rules.ts';
import { ElementPathError, parseElementPath } from './element-path.ts';
import type { InstanceScope } from './instance-scope.ts';
import { formScope, toFieldError } from './run.ts';
import { visitGroup } from './walk.ts';

/**
 * The error at one path ('F3', 'G1[0].F2', or 'G1' for the group's instance count): [] or one
 * error. Hidden elements and unknown instances give []. Throws ElementPathError for a path that is
 * malformed or names no element of the definition.
 */
export function validateField(
  definition: FormDefinition,
  answers: Answers,
  path: string,
  options: ValidationOptions = {},
): FieldError[] {
  const steps = parseElementPath(path);
  let scope: InstanceScope = formScope(definition, answers, options);
  for (const step of steps.slice(0, -1)) {
    const node = scope.level.byId.get(step.id);
    if (!node?.children) throw new ElementPathError(`"${path}": ${step.id} is not a group here`);
    if (!scope.isVisible(node)) return [];
    const entry = visitGroup(scope, node).entries[step.index!];
    if (!entry?.checked) return [];
    scope = scope.child(node, entry.index, entry.instance);
  }
  const { id } = steps[steps.length - 1]!;
  const node = scope.level.byId.get(id);
  if (!node) throw new ElementPathError(`"${path}": no element ${id} here`);
  if (!scope.isVisible(node)) return [];
  const issue = node.children
    ? checkGroup(node, visitGroup(scope, node))
    : checkField(node, scope.raw(id), scope.isRequired(node), scope.today);
  if (issue) return [toFieldError(path, node.element, issue)];
  for (const rule of scope.level.rules) {
    if (!rule.targets.includes(id)) continue;
    const error = ruleErrors(scope, rule).find((candidate) => candidate.path === path);
    if (error) return [error];
  }
  return [];
}
