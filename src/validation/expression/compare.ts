/** Equality and ordering across value kinds: numbers, dates, text, yes/no and code lists. */
import { DateValue, toDate, toNumber, type Value } from './values.ts';

/**
 * Orders two values: negative, zero or positive, or null when they cannot be compared (which makes
 * every comparison false). Dates compare with dates and date texts, numbers with number texts.
 */
export function order(left: Value, right: Value, today: string): number | null {
  if (left === null || right === null) return null;
  if (left instanceof DateValue || right instanceof DateValue) {
    const a = toDate(left, today);
    const b = toDate(right, today);
    return a === null || b === null ? null : a.localeCompare(b);
  }
  if (typeof left === 'number' || typeof right === 'number') {
    const a = toNumber(left);
    const b = toNumber(right);
    return a === null || b === null ? null : a - b;
  }
  if (typeof left === 'string' && typeof right === 'string') {
    const a = toNumber(left);
    const b = toNumber(right);
    return a === null || b === null ? null : a - b;
  }
  return null;
}

/** `==` for two present values (both non-null); text equals text exactly, codes as sets. */
export function equal(left: Value, right: Value, today: string): boolean {
  if (left === null || right === null) return false;
  if (typeof left === 'string' && typeof right === 'string') return left === right;
  if (typeof left === 'boolean' || typeof right === 'boolean') return left === right;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right)) return false;
    const a = left as readonly string[];
    const b = new Set(right as readonly string[]);
    return new Set(a).size === b.size && a.every((code) => b.has(code));
  }
  return order(left, right, today) === 0;
}
