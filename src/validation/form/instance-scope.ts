/**
 * The answers of the form or of one group instance, seen through the definition: ids resolve in
 * the same instance first, then outward; hidden elements read as unanswered; visibility is
 * computed once per element and instance.
 */
import { evaluateCondition } from '../expression/evaluate.ts';
import type { EvaluationScope, ResolvedPath } from '../expression/scope.ts';
import { toInstances } from '../expression/values.ts';
import type { Answers } from '../form-types.ts';
import type { CompiledLevel, CompiledNode } from './compiled-form.ts';

// Marks a visibility being computed, so a relevantWhen that depends on itself ends (as visible).
const PENDING = 'pending';

/** One answers object (form or group instance) with its level and place in the form. */
export class InstanceScope implements EvaluationScope {
  private readonly visibility = new Map<string, boolean | typeof PENDING>();
  private readonly childScopes = new Map<string, InstanceScope>();

  constructor(
    /** The level these answers belong to. */
    readonly level: CompiledLevel,
    /** The stored answers. */
    readonly answers: Answers,
    /** The enclosing instance (null for the form). */
    readonly parent: InstanceScope | null,
    /** Path prefix of elements in here: '' for the form, 'G1[0].' for a group instance. */
    readonly prefix: string,
    /** Today as YYYY-MM-DD. */
    readonly today: string,
  ) {}

  /** True when the element is shown (relevantWhen absent or true). */
  isVisible(node: CompiledNode): boolean {
    if (!node.relevant) return true;
    const id = node.element.id;
    const known = this.visibility.get(id);
    if (known !== undefined) return known !== false;
    this.visibility.set(id, PENDING);
    const visible = evaluateCondition(node.relevant, this);
    this.visibility.set(id, visible);
    return visible;
  }

  /** True when the element must be answered: occurs.min ≥ 1, or requiredWhen is true. */
  isRequired(node: CompiledNode): boolean {
    if (node.element.occurs.min >= 1) return true;
    return node.required !== null && evaluateCondition(node.required, this);
  }

  /** The stored answer of an element in this instance (own properties only). */
  raw(id: string): unknown {
    return Object.hasOwn(this.answers, id) ? this.answers[id] : undefined;
  }

  /** The stored instances of a group, or null when the stored value is not a list of records. */
  instances(node: CompiledNode): Answers[] | null {
    return toInstances(this.raw(node.element.id));
  }

  /** The scope of one instance of a group in here (created once). */
  child(node: CompiledNode, index: number, instance: Answers): InstanceScope {
    const key = `${node.element.id}[${index}]`;
    let scope = this.childScopes.get(key);
    if (!scope) {
      scope = new InstanceScope(
        node.children!,
        instance,
        this,
        `${this.prefix}${key}.`,
        this.today,
      );
      this.childScopes.set(key, scope);
    }
    return scope;
  }

  /** The scope, from this one outward, whose level declares the id. */
  private owner(id: string): InstanceScope | null {
    return this.level.byId.has(id) ? this : (this.parent?.owner(id) ?? null);
  }

  /** Resolves `F1` / `G1.F2` from this instance outward; hidden elements contribute nothing. */
  resolve(segments: readonly string[]): ResolvedPath {
    const owner = segments[0] === undefined ? null : this.owner(segments[0]);
    if (!owner) return { group: false, items: [] };
    let frontier: InstanceScope[] = [owner];
    for (let i = 0; i < segments.length; i += 1) {
      const id = segments[i]!;
      const last = i === segments.length - 1;
      const next: InstanceScope[] = [];
      const items: unknown[] = [];
      let group = false;
      for (const scope of frontier) {
        const node = scope.level.byId.get(id);
        if (!node || !scope.isVisible(node)) continue;
        group = node.children !== null;
        if (!group) {
          if (last) items.push(scope.raw(id));
          continue;
        }
        const instances = scope.instances(node) ?? [];
        if (last) items.push(...instances);
        else instances.forEach((instance, index) => next.push(scope.child(node, index, instance)));
      }
      if (last) return { group, items };
      frontier = next;
    }
    return { group: false, items: [] };
  }
}
