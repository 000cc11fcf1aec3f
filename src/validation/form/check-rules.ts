/** Evaluates the rules placed at an instance's level and reports failures on their targets. */
import { evaluateCondition } from '../expression/evaluate.ts';
import type { FieldError } from '../field-error.ts';
import type { CompiledRule } from './compiled-form.ts';
import type { InstanceScope } from './instance-scope.ts';
import { toFieldError } from './run.ts';

/** Errors of one rule in one instance: none when it holds or all its targets are hidden. */
export function ruleErrors(scope: InstanceScope, compiled: CompiledRule): FieldError[] {
  const visible = compiled.targets
    .map((id) => scope.level.byId.get(id)!)
    .filter((node) => scope.isVisible(node));
  if (visible.length === 0 || evaluateCondition(compiled.check, scope)) return [];
  const { rule } = compiled;
  const message = rule.message ?? rule.description;
  return visible.map((node) =>
    toFieldError(scope.prefix + node.element.id, node.element, {
      code: 'rule',
      params: { ruleId: rule.id, message },
    }),
  );
}
