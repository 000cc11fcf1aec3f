/**
 * Compiles a form definition once (cached per definition object): expressions parsed, references
 * checked against the elements they can reach, patterns and code lists prepared, rules placed.
 */
import { compileExpression, type CompiledExpression } from '../expression/compile.ts';
import { ExpressionError } from '../expression/expression-error.ts';
import type { FormDefinition, FormElement, GroupElement } from '../form-types.ts';
import { checkReferences } from './check-references.ts';
import {
  FormDefinitionError,
  type CompiledForm,
  type CompiledLevel,
  type CompiledNode,
  type CompiledRule,
  type DefinitionPart,
  type DefinitionProblem,
} from './compiled-form.ts';
import { checkElementLimits } from './check-limits.ts';
import { placeRule } from './place-rule.ts';

const cache = new WeakMap<FormDefinition, CompiledForm>();

/** The compiled definition; throws FormDefinitionError when it has problems. */
export function compiledForm(definition: FormDefinition): CompiledForm {
  const compiled = compileOnce(definition);
  if (compiled.problems.length > 0) throw new FormDefinitionError(compiled.problems);
  return compiled;
}

/** Every problem that stops a definition from validating (empty when it is fine). */
export function checkFormDefinition(definition: FormDefinition): DefinitionProblem[] {
  return [...compileOnce(definition).problems];
}

function compileOnce(definition: FormDefinition): CompiledForm {
  const cached = cache.get(definition);
  if (cached) return cached;
  const compiled = compile(definition);
  cache.set(definition, compiled);
  return compiled;
}

interface MutableLevel extends CompiledLevel {
  rules: CompiledRule[];
}

function compile(definition: FormDefinition): CompiledForm {
  const problems: DefinitionProblem[] = [];
  const report = (id: string, part: DefinitionPart, message: string, position?: number) =>
    problems.push(position === undefined ? { id, part, message } : { id, part, message, position });

  const expression = (id: string, part: DefinitionPart, source: string | undefined) => {
    if (source === undefined || source.trim() === '') return null;
    try {
      return compileExpression(source);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      report(id, part, error.reason, error.position);
      return null;
    }
  };

  const level = (
    group: GroupElement | null,
    parent: CompiledLevel | null,
    elements: readonly FormElement[],
  ) => {
    const nodes: CompiledNode[] = [];
    const byId = new Map<string, CompiledNode>();
    const built: MutableLevel = { group, parent, nodes, byId, rules: [] };
    for (const element of elements) {
      if (byId.has(element.id)) report(element.id, 'id', 'the id occurs twice at the same level');
      const node: CompiledNode = {
        element,
        relevant: expression(element.id, 'relevantWhen', element.relevantWhen),
        required: expression(element.id, 'requiredWhen', element.requiredWhen),
        children: null,
        pattern: null,
        codes: null,
      };
      if (element.kind === 'group') node.children = level(element, built, element.children);
      else Object.assign(node, checkElementLimits(element, definition, report));
      nodes.push(node);
      byId.set(element.id, node);
    }
    return built;
  };

  const root = level(null, null, definition.elements);
  forEachLevel(root, (current) => {
    for (const node of current.nodes) {
      const id = node.element.id;
      if (node.relevant)
        checkReferences(node.relevant, current, (m, p) => report(id, 'relevantWhen', m, p));
      if (node.required)
        checkReferences(node.required, current, (m, p) => report(id, 'requiredWhen', m, p));
    }
  });
  for (const rule of definition.rules) {
    const check: CompiledExpression | null = expression(rule.id, 'check', rule.check);
    if (!check) continue;
    const placed = placeRule(root, rule.targets, (message) => report(rule.id, 'targets', message));
    if (!placed) continue;
    checkReferences(check, placed.level, (m, p) => report(rule.id, 'check', m, p));
    (placed.level as MutableLevel).rules.push({ rule, check, targets: placed.targets });
  }
  return { definition, root, problems };
}

/** Calls back for a level and every level below it, in document order. */
export function forEachLevel(level: CompiledLevel, callback: (level: CompiledLevel) => void): void {
  callback(level);
  for (const node of level.nodes) if (node.children) forEachLevel(node.children, callback);
}
