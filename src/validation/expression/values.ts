/**
 * Runtime values of the expression language and how answers become values. Answers are read by
 * shape, not by field type, so an expression gives the same result in page, worker and server.
 */
import { parseGermanNumber } from '../numbers.ts';
import { readDateParts, resolveDate } from '../dates.ts';
import type { Answers, DateParts, FileAnswer } from '../form-types.ts';

/** A calendar date (from a date field, today() or a date text compared with one). */
export class DateValue {
  constructor(
    /** The date as YYYY-MM-DD. */
    readonly iso: string,
  ) {}
}

/** What an expression computes. */
export type Value = null | boolean | number | string | DateValue | readonly string[];

/** True for objects that are plain records (never arrays, never null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for a typed date answer. */
export function isDateParts(value: unknown): value is DateParts {
  return (
    isRecord(value) &&
    typeof value.day === 'string' &&
    typeof value.month === 'string' &&
    typeof value.year === 'string'
  );
}

/** True for a file answer. */
export function isFileAnswer(value: unknown): value is FileAnswer {
  return (
    isRecord(value) &&
    typeof value.attachmentId === 'string' &&
    typeof value.name === 'string' &&
    typeof value.type === 'string' &&
    typeof value.size === 'number'
  );
}

/** True when a stored answer holds something (blank text, no codes, empty date = not answered). */
export function isAnswered(raw: unknown): boolean {
  if (raw === null || raw === undefined) return false;
  if (typeof raw === 'string') return raw.trim() !== '';
  if (typeof raw === 'boolean') return true;
  if (typeof raw === 'number') return Number.isFinite(raw);
  if (Array.isArray(raw)) return raw.some((item) => typeof item === 'string' && item !== '');
  if (isDateParts(raw)) return [raw.day, raw.month, raw.year].some((part) => part.trim() !== '');
  return isFileAnswer(raw);
}

/** True when a group instance has any answer, at any depth. */
export function hasAnyAnswer(instance: unknown): boolean {
  if (!isRecord(instance)) return false;
  return Object.values(instance).some((raw) =>
    Array.isArray(raw) && raw.some(isRecord) ? raw.some(hasAnyAnswer) : isAnswered(raw),
  );
}

/** The value of a stored answer: trimmed text, yes/no, codes, a valid date, a file's name. */
export function toValue(raw: unknown): Value {
  if (!isAnswered(raw)) return null;
  if (typeof raw === 'string') return raw.trim();
  if (typeof raw === 'boolean' || typeof raw === 'number') return raw;
  if (Array.isArray(raw))
    return raw.filter((item): item is string => typeof item === 'string' && item !== '');
  if (isDateParts(raw)) {
    const date = readDateParts(raw);
    return 'iso' in date ? new DateValue(date.iso) : null;
  }
  return isFileAnswer(raw) ? raw.name : null;
}

/** A number from a value: numbers, and text in German or international notation. */
export function toNumber(value: Value): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return parseGermanNumber(value);
  return null;
}

/** An ISO date from a value: dates, and text that is 'YYYY-MM-DD' or 'today…'. */
export function toDate(value: Value, today: string): string | null {
  if (value instanceof DateValue) return value.iso;
  if (typeof value === 'string') return resolveDate(value, today);
  return null;
}

/** Truthiness: null, false, 0, empty text and no codes are false; everything else true. */
export function isTruthy(value: Value): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'string') return value !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Group instances from a stored group answer, or null when it is not a list of records. */
export function toInstances(raw: unknown): Answers[] | null {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw) || !raw.every(isRecord)) return null;
  return raw as Answers[];
}
