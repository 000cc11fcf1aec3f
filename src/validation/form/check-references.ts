/** Checks an expression's references against the elements reachable from its level. */
import type { CompiledExpression, ExpressionReference } from '../expression/compile.ts';
import type { CompiledLevel, CompiledNode } from './compiled-form.ts';

/** Reports every reference that names no reachable element or uses a group or list as one value. */
export function checkReferences(
  compiled: CompiledExpression,
  level: CompiledLevel,
  report: (message: string, position: number) => void,
): void {
  for (const reference of compiled.references) {
    const problem = referenceProblem(reference, level);
    if (problem) report(problem, reference.position);
  }
}

function referenceProblem(reference: ExpressionReference, level: CompiledLevel): string | null {
  const { segments } = reference;
  const written = segments.join('.');
  let node = findOutward(level, segments[0]!);
  if (!node) return `unknown field "${segments[0]}"`;
  let repeated = false;
  for (const id of segments.slice(1)) {
    if (!node.children) return `"${node.element.id}" is a field, it has no "${id}"`;
    repeated ||= node.element.occurs.max !== 1;
    const child: CompiledNode | undefined = node.children.byId.get(id);
    if (!child) return `unknown field "${id}" in group "${node.element.id}"`;
    node = child;
  }
  const isGroup = node.children !== null;
  if (reference.use === 'value') {
    if (isGroup) return `"${written}" is a group; write count(${written}) or answered(${written})`;
    if (repeated) {
      return `"${written}" has one answer per entry of a repeated group; use sum(), count() or answered()`;
    }
  }
  if (reference.aggregate === 'sum' && isGroup)
    return `sum() needs a number field, "${written}" is a group`;
  return null;
}

/** The element an id names at this level or the nearest enclosing one. */
export function findOutward(level: CompiledLevel, id: string): CompiledNode | undefined {
  for (let current: CompiledLevel | null = level; current; current = current.parent) {
    const node = current.byId.get(id);
    if (node) return node;
  }
  return undefined;
}
