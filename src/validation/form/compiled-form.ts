/** Types of a compiled form definition: levels (the form, each group) with their elements. */
import type { CompiledExpression } from '../expression/compile.ts';
import type { FormDefinition, FormElement, FormRule, GroupElement } from '../form-types.ts';

/** The form itself or one group: the elements answered side by side in one answers object. */
export interface CompiledLevel {
  /** The group, or null for the form. */
  group: GroupElement | null;
  /** The enclosing level (null for the form). */
  parent: CompiledLevel | null;
  /** Elements in document order. */
  nodes: readonly CompiledNode[];
  /** Elements by id. */
  byId: ReadonlyMap<string, CompiledNode>;
  /** Rules evaluated once per instance of this level. */
  rules: readonly CompiledRule[];
}

/** One element with its expressions compiled. */
export interface CompiledNode {
  /** The element as defined. */
  element: FormElement;
  /** relevantWhen, compiled. */
  relevant: CompiledExpression | null;
  /** requiredWhen, compiled. */
  required: CompiledExpression | null;
  /** The group's own level; null for fields. */
  children: CompiledLevel | null;
  /** constraints.pattern anchored to the whole text. */
  pattern: RegExp | null;
  /** Allowed codes; null when any code is accepted (list not available offline). */
  codes: ReadonlySet<string> | null;
}

/** A rule with a check, placed at the innermost level that holds all its targets. */
export interface CompiledRule {
  /** The rule as defined. */
  rule: FormRule;
  /** The check, compiled. */
  check: CompiledExpression;
  /** Ids at the rule's level that get the error (a target inside a nested group maps to that group). */
  targets: readonly string[];
}

/** Where in a definition something is wrong. */
export type DefinitionPart =
  | 'id'
  | 'relevantWhen'
  | 'requiredWhen'
  | 'check'
  | 'targets'
  | 'pattern'
  | 'validator'
  | 'codeList'
  | 'min'
  | 'max';

/** Something in a definition that validation cannot run. */
export interface DefinitionProblem {
  /** Element or rule id. */
  id: string;
  /** Which part of it. */
  part: DefinitionPart;
  /** What is wrong. */
  message: string;
  /** Zero-based index in the expression, for expression problems. */
  position?: number;
}

/** A definition ready for validation. */
export interface CompiledForm {
  /** The definition compiled. */
  definition: FormDefinition;
  /** The form level. */
  root: CompiledLevel;
  /** Everything that could not be compiled; validation refuses to run when not empty. */
  problems: readonly DefinitionProblem[];
}

/** The definition has problems (listed); validate it with checkFormDefinition() when importing. */
export class FormDefinitionError extends Error {
  override name = 'FormDefinitionError';

  constructor(
    /** Every problem found. */
    readonly problems: readonly DefinitionProblem[],
  ) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    const at = first?.position === undefined ? '' : ` at character ${first.position + 1}`;
    super(
      first ? `${first.id} ${first.part}: ${first.message}${at}${more}` : 'invalid form definition',
    );
  }
}
