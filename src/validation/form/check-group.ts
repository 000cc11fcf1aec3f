/** Checks a group's instances: well-formed, and as many as required and allowed. */
import type { CompiledNode } from './compiled-form.ts';
import type { Issue } from './check-field.ts';
import type { GroupVisit } from './walk.ts';

/** The first problem with a group's instances, or null. */
export function checkGroup(node: CompiledNode, visit: GroupVisit): Issue | null {
  if (visit.stored === null) return { code: 'invalidValue' };
  const { occurs, kind } = node.element;
  const itemLabel = (kind === 'group' && node.element.itemLabel) || node.element.label;
  const count = visit.stored.length;
  const single = occurs.max === 1;
  if (!single && count < visit.min)
    return { code: 'minItems', params: { count: visit.min, itemLabel } };
  if (occurs.max !== null && count > occurs.max) {
    return { code: 'maxItems', params: { count: occurs.max, itemLabel } };
  }
  return null;
}
