/** Where an expression reads answers: the evaluator asks a scope to resolve each reference. */
import type { Answers } from '../form-types.ts';
import { toInstances } from './values.ts';

/** The stored answers a reference reaches. */
export interface ResolvedPath {
  /** True when the reference names a group; items are then its instances. */
  group: boolean;
  /** Stored answers, one per instance reached (a field inside a repeated group gives several). */
  items: readonly unknown[];
}

/** What an expression is evaluated against. */
export interface EvaluationScope {
  /** Today as YYYY-MM-DD (fixed in tests, the device's date otherwise). */
  readonly today: string;
  /** Resolves a reference (`F1`, `G1.F2`) from this scope outward. */
  resolve(segments: readonly string[]): ResolvedPath;
}

/** Options of answersScope. */
export interface AnswersScopeOptions {
  /** Today as YYYY-MM-DD. */
  today: string;
  /** The enclosing scope (the form, when these answers are one group instance). */
  parent?: EvaluationScope;
}

/**
 * A scope over plain answers without a form definition: an id is looked up in these answers
 * (own properties only), then in the parent. validateForm uses a definition-aware scope instead,
 * which also knows unanswered ids and hidden elements.
 */
export function answersScope(answers: Answers, options: AnswersScopeOptions): EvaluationScope {
  return {
    today: options.today,
    resolve(segments) {
      const [first] = segments;
      if (first !== undefined && !Object.hasOwn(answers, first) && options.parent) {
        return options.parent.resolve(segments);
      }
      return walk([answers], segments);
    },
  };
}

function walk(instances: readonly Answers[], segments: readonly string[]): ResolvedPath {
  let current: readonly Answers[] = instances;
  for (let i = 0; i < segments.length; i += 1) {
    const id = segments[i]!;
    const values = current.map((instance) =>
      Object.hasOwn(instance, id) ? instance[id] : undefined,
    );
    // A group only when every instance reached holds a list of entries under this id.
    const entries: Answers[] = [];
    const isGroup = values.length > 0 && values.every((value) => collect(value, entries));
    if (i === segments.length - 1) {
      return isGroup ? { group: true, items: entries } : { group: false, items: values };
    }
    if (!isGroup) return { group: false, items: [] };
    current = entries;
  }
  return { group: false, items: [] };
}

/** Adds the entries of a stored group answer; false when the value is not a non-empty list of records. */
function collect(raw: unknown, into: Answers[]): boolean {
  if (!Array.isArray(raw) || raw.length === 0) return false;
  const instances = toInstances(raw);
  if (instances === null) return false;
  into.push(...instances);
  return true;
}
