/** The function table: names, argument counts, and which take an answer reference. */
import type { FunctionName } from './ast.ts';

/** What the parser checks about a function's arguments. */
export interface FunctionSignature {
  /** Fewest arguments. */
  min: number;
  /** Most arguments. */
  max: number;
  /** The first argument must be a reference (F1, G1.F2), not a computed value. */
  reference: boolean;
  /** How the function is written, for messages. */
  usage: string;
}

/** Every function of the language. */
export const FUNCTIONS: Readonly<Record<FunctionName, FunctionSignature>> = {
  answered: { min: 1, max: 1, reference: true, usage: 'answered(F1)' },
  count: { min: 1, max: 1, reference: true, usage: 'count(G1)' },
  len: { min: 1, max: 1, reference: false, usage: 'len(F1)' },
  today: { min: 0, max: 0, reference: false, usage: 'today()' },
  age: { min: 1, max: 1, reference: false, usage: 'age(F1)' },
  years: { min: 2, max: 2, reference: false, usage: 'years(F1, F2)' },
  includes: { min: 2, max: 2, reference: false, usage: "includes(F1, 'code')" },
  in: { min: 2, max: 50, reference: false, usage: "in(F1, 'a', 'b')" },
  sum: { min: 1, max: 1, reference: true, usage: 'sum(G1.F2)' },
};

/** True when the name is a function of the language (own keys only, never the prototype). */
export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTIONS, name);
}
