/**
 * Evaluates a compiled expression against a scope. A tree walk over plain data: no eval, no
 * Function, no property access by name on JavaScript objects. Never throws on missing or odd
 * answers: they are null, and comparisons with null are false (except `== null` / `!= null`).
 */
import { fullYearsBetween } from '../dates.ts';
import { tidyNumber } from '../numbers.ts';
import type { BinaryNode, CallNode, ExpressionNode, PathNode } from './ast.ts';
import type { CompiledExpression } from './compile.ts';
import { equal, order } from './compare.ts';
import type { EvaluationScope, ResolvedPath } from './scope.ts';
import {
  DateValue,
  hasAnyAnswer,
  isAnswered,
  isTruthy,
  toDate,
  toNumber,
  toValue,
  type Value,
} from './values.ts';

/** The value of an expression in a scope. */
export function evaluate(compiled: CompiledExpression, scope: EvaluationScope): Value {
  return valueOf(compiled.ast, scope);
}

/** The expression's truth: null, false, 0, empty text and no codes are false. */
export function evaluateCondition(compiled: CompiledExpression, scope: EvaluationScope): boolean {
  return isTruthy(valueOf(compiled.ast, scope));
}

function valueOf(node: ExpressionNode, scope: EvaluationScope): Value {
  switch (node.type) {
    case 'literal':
      return node.value;
    case 'path':
      return scalar(scope.resolve(node.segments));
    case 'call':
      return call(node, scope);
    case 'unary': {
      const operand = valueOf(node.operand, scope);
      if (node.operator === '!') return !isTruthy(operand);
      const number = toNumber(operand);
      return number === null ? null : -number;
    }
    case 'logical': {
      const left = isTruthy(valueOf(node.left, scope));
      if (node.operator === '&&') return left && isTruthy(valueOf(node.right, scope));
      return left || isTruthy(valueOf(node.right, scope));
    }
    case 'binary':
      return binary(node, scope);
  }
}

/** A reference used as a value: one answer, else null (a group or several instances). */
function scalar(resolved: ResolvedPath): Value {
  if (resolved.group || resolved.items.length !== 1) return null;
  return toValue(resolved.items[0]);
}

function binary(node: BinaryNode, scope: EvaluationScope): Value {
  const { operator } = node;
  if (operator === '==' || operator === '!=') {
    const nullTest = nullComparison(node, scope);
    if (nullTest !== undefined) return operator === '==' ? nullTest : !nullTest;
  }
  const left = valueOf(node.left, scope);
  const right = valueOf(node.right, scope);
  switch (operator) {
    case '==':
      return equal(left, right, scope.today);
    case '!=':
      return left !== null && right !== null && !equal(left, right, scope.today);
    case '+':
    case '-': {
      const a = toNumber(left);
      const b = toNumber(right);
      if (a === null || b === null) return null;
      return tidyNumber(operator === '+' ? a + b : a - b);
    }
    default: {
      const difference = order(left, right, scope.today);
      if (difference === null) return false;
      if (operator === '<') return difference < 0;
      if (operator === '<=') return difference <= 0;
      if (operator === '>') return difference > 0;
      return difference >= 0;
    }
  }
}

/** `x == null` is "x is not answered"; undefined when neither side is the literal null. */
function nullComparison(node: BinaryNode, scope: EvaluationScope): boolean | undefined {
  const isNull = (side: ExpressionNode) => side.type === 'literal' && side.value === null;
  if (isNull(node.right)) return valueOf(node.left, scope) === null;
  if (isNull(node.left)) return valueOf(node.right, scope) === null;
  return undefined;
}

function call(node: CallNode, scope: EvaluationScope): Value {
  const { args, name } = node;
  const { today } = scope;
  // Plain locals, no closures: this runs for every condition of every element on each keystroke.
  if (name === 'answered' || name === 'count' || name === 'sum') {
    const resolved = scope.resolve((args[0] as PathNode).segments);
    if (name === 'count') return countOf(resolved);
    if (name === 'sum') return sumOf(resolved);
    return resolved.group ? resolved.items.some(hasAnyAnswer) : resolved.items.some(isAnswered);
  }
  if (name === 'today') return new DateValue(today);
  const first = valueOf(args[0]!, scope);
  switch (name) {
    case 'len':
      return lengthOf(first);
    case 'age': {
      const born = toDate(first, today);
      return born === null ? null : fullYearsBetween(born, today);
    }
    case 'years': {
      const from = toDate(first, today);
      const to = toDate(valueOf(args[1]!, scope), today);
      return from === null || to === null ? null : fullYearsBetween(from, to);
    }
    case 'includes': {
      const needle = valueOf(args[1]!, scope);
      if (!Array.isArray(first)) return equal(first, needle, today);
      return (first as readonly string[]).some((code) => equal(code, needle, today));
    }
    case 'in':
      for (let i = 1; i < args.length; i += 1) {
        if (equal(first, valueOf(args[i]!, scope), today)) return true;
      }
      return false;
  }
}

/** Instances of a group; codes ticked in a checkbox field; else answered fields reached. */
function countOf({ group, items }: ResolvedPath): number {
  if (group) return items.length;
  let total = 0;
  for (const item of items) {
    const value = toValue(item);
    if (Array.isArray(value)) total += value.length;
    else if (value !== null) total += 1;
  }
  return total;
}

/** Sum of the numbers reached; blank and unreadable answers count as nothing. */
function sumOf({ group, items }: ResolvedPath): number {
  if (group) return 0;
  let total = 0;
  for (const item of items) total += toNumber(toValue(item)) ?? 0;
  return tidyNumber(total);
}

function lengthOf(value: Value): number {
  if (value === null) return 0;
  if (typeof value === 'string') return [...value].length;
  if (Array.isArray(value)) return value.length;
  if (value instanceof DateValue) return value.iso.length;
  return String(value).length;
}
