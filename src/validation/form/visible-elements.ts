/** What the renderer shows: visible elements with their paths, and the answers that count. */
import type { ValidationOptions } from '../field-error.ts';
import type { Answers, FormDefinition, FormElement } from '../form-types.ts';
import { formScope } from './run.ts';
import { walkVisible } from './walk.ts';

/** A visible element at one path. */
export interface VisibleElement {
  /** 'F3', 'G1' (the group), 'G1[0].F2' (a field of its first instance). */
  path: string;
  /** The element. */
  element: FormElement;
  /** True when it must be answered now (for groups: at least one instance is required). */
  required: boolean;
}

/**
 * Every visible element in document order, groups before their instances' elements. A single
 * group without stored answers contributes one empty instance ('G1[0].…'), as the renderer shows.
 */
export function visibleElements(
  definition: FormDefinition,
  answers: Answers,
  options: ValidationOptions = {},
): VisibleElement[] {
  const shown: VisibleElement[] = [];
  walkVisible(formScope(definition, answers, options), {
    field(scope, node, path, checked) {
      const info = node.element.kind === 'field' && node.element.type === 'info';
      const required = checked && !info && scope.isRequired(node);
      shown.push({ path, element: node.element, required });
    },
    group(_scope, node, path, visit, checked) {
      shown.push({ path, element: node.element, required: checked && visit.min > 0 });
    },
  });
  return shown;
}

/**
 * The answers without hidden elements and ids the definition does not know: what gets
 * submitted and printed. Empty instances added for display are not included.
 */
export function visibleAnswers(
  definition: FormDefinition,
  answers: Answers,
  options: ValidationOptions = {},
): Answers {
  const root = formScope(definition, answers, options);
  const copies = new Map<object, Answers>([[answers, {}]]);
  walkVisible(root, {
    field(scope, node) {
      const id = node.element.id;
      if (Object.hasOwn(scope.answers, id)) copies.get(scope.answers)![id] = scope.answers[id];
    },
    group(scope, node, _path, visit) {
      if (visit.stored === null || !Object.hasOwn(scope.answers, node.element.id)) return;
      const instances = visit.stored.map((instance) => {
        const copy: Answers = {};
        copies.set(instance, copy);
        return copy;
      });
      copies.get(scope.answers)![node.element.id] = instances;
    },
  });
  return copies.get(answers)!;
}
