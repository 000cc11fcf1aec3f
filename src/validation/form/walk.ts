/**
 * Walks the visible elements of a form in document order. validateForm, validateField and
 * visibleElements share it, so they agree on what is shown, asked and checked.
 */
import { hasAnyAnswer } from '../expression/values.ts';
import type { Answers } from '../form-types.ts';
import type { CompiledNode } from './compiled-form.ts';
import type { InstanceScope } from './instance-scope.ts';

/** The instances of a group the walk enters. */
export interface GroupVisit {
  /** Stored instances; null when the stored value is malformed. */
  stored: Answers[] | null;
  /** Instances to enter, with their index; a single group without answers gets an empty one. */
  entries: { index: number; instance: Answers; checked: boolean }[];
  /** Smallest number of instances required now. */
  min: number;
}

/**
 * What a group's instances are. An optional single group that is still empty is shown but not
 * checked: its required questions only become required once something in it is answered.
 */
export function visitGroup(scope: InstanceScope, node: CompiledNode): GroupVisit {
  const { occurs } = node.element;
  const stored = scope.instances(node);
  const required = scope.isRequired(node);
  const min = Math.max(occurs.min, required ? 1 : 0);
  const single = occurs.max === 1;
  const instances = stored ?? [];
  const shown = single && instances.length === 0 ? [{}] : instances;
  const entries = shown.map((instance, index) => ({
    index,
    instance,
    checked: !single || min > 0 || hasAnyAnswer(instance),
  }));
  return { stored, entries, min };
}

/** Callbacks of walkVisible. */
export interface Visitor {
  /** A visible field; `checked` is false inside an optional group nobody has started. */
  field(scope: InstanceScope, node: CompiledNode, path: string, checked: boolean): void;
  /** A visible group, before its instances. */
  group(
    scope: InstanceScope,
    node: CompiledNode,
    path: string,
    visit: GroupVisit,
    checked: boolean,
  ): void;
  /** After all elements of a checked instance (or the form) were visited. */
  done?(scope: InstanceScope): void;
}

/** Visits the visible elements under a scope in document order. */
export function walkVisible(scope: InstanceScope, visitor: Visitor, checked = true): void {
  for (const node of scope.level.nodes) {
    if (!scope.isVisible(node)) continue;
    const path = scope.prefix + node.element.id;
    if (!node.children) {
      visitor.field(scope, node, path, checked);
      continue;
    }
    const visit = visitGroup(scope, node);
    visitor.group(scope, node, path, visit, checked);
    for (const entry of visit.entries) {
      walkVisible(
        scope.child(node, entry.index, entry.instance),
        visitor,
        checked && entry.checked,
      );
    }
  }
  if (checked) visitor.done?.(scope);
}
