/** Helpers for tests that look inside form definitions: walk elements, collect expressions. */
import type {
  FieldElement,
  FormDefinition,
  FormElement,
  GroupElement,
} from '../../../src/forms/model/form-definition.ts';

/** Every element of a form, depth first, in document order. */
export function allElements(form: FormDefinition): FormElement[] {
  const out: FormElement[] = [];
  const visit = (elements: FormElement[]) => {
    for (const element of elements) {
      out.push(element);
      if (element.kind === 'group') visit(element.children);
    }
  };
  visit(form.elements);
  return out;
}

/** Every field of a form. */
export function allFields(form: FormDefinition): FieldElement[] {
  return allElements(form).filter((element): element is FieldElement => element.kind === 'field');
}

/** Every group of a form. */
export function allGroups(form: FormDefinition): GroupElement[] {
  return allElements(form).filter((element): element is GroupElement => element.kind === 'group');
}

/** One expression of a form and where it sits. */
export interface PlacedExpression {
  /** Element or rule id. */
  owner: string;
  /** Which property holds it. */
  property: 'relevantWhen' | 'requiredWhen' | 'check';
  /** The expression text. */
  source: string;
}

/** Every relevantWhen, requiredWhen and rule check of a form. */
export function allExpressions(form: FormDefinition): PlacedExpression[] {
  const out: PlacedExpression[] = [];
  for (const element of allElements(form)) {
    for (const property of ['relevantWhen', 'requiredWhen'] as const) {
      const source = element[property];
      if (source !== undefined) out.push({ owner: element.id, property, source });
    }
  }
  for (const rule of form.rules) {
    if (rule.check === undefined) continue;
    out.push({ owner: rule.id, property: 'check', source: rule.check });
  }
  return out;
}

/** Codes an expression compares a field with: `F == 'x'`, `includes(F, 'x')`, `in(F, 'x', 'y')`. */
export function codesUsed(source: string): { fieldId: string; code: string }[] {
  const out: { fieldId: string; code: string }[] = [];
  const lastId = (path: string) => path.split('.').pop()!;
  for (const match of source.matchAll(/([\w.-]+)\s*[!=]=\s*'([^']*)'/g)) {
    out.push({ fieldId: lastId(match[1]!), code: match[2]! });
  }
  for (const match of source.matchAll(
    /\b(?:includes|in)\(\s*([\w.-]+)\s*((?:,\s*'[^']*'\s*)+)\)/g,
  )) {
    for (const code of match[2]!.matchAll(/'([^']*)'/g)) {
      out.push({ fieldId: lastId(match[1]!), code: code[1]! });
    }
  }
  return out;
}
