/** Checks one field's stored answer: required, type, limits, named validator. */
import { displayDate, readDateParts, resolveDate } from '../dates.ts';
import { isAnswered, isDateParts, isFileAnswer } from '../expression/values.ts';
import type { FieldElement, FieldType } from '../form-types.ts';
import { parseNumberText } from '../numbers.ts';
import { runNamedValidator } from '../validators/named.ts';
import type { CompiledNode } from './compiled-form.ts';

/** A problem with one answer, before it is given a path. */
export interface Issue {
  /** Validation code (see README). */
  code: string;
  /** Values for the message. */
  params?: Record<string, string | number>;
}

/** Longest text checked at all; stops hostile submissions before any pattern runs on them. */
export const MAX_TEXT_LENGTH = 20_000;

const INPUT: Readonly<Record<FieldType, 'enter' | 'choose' | 'upload'>> = {
  text: 'enter',
  textarea: 'enter',
  integer: 'enter',
  number: 'enter',
  money: 'enter',
  date: 'enter',
  boolean: 'choose',
  select: 'choose',
  radio: 'choose',
  checkboxes: 'choose',
  file: 'upload',
  info: 'enter',
};

/** The first problem of a field's answer, or null. */
export function checkField(
  node: CompiledNode,
  raw: unknown,
  required: boolean,
  today: string,
): Issue | null {
  const field = node.element as FieldElement;
  if (field.type === 'info') return null;
  if (!isAnswered(raw))
    return required ? { code: 'required', params: { input: INPUT[field.type] } } : null;
  switch (field.type) {
    case 'text':
    case 'textarea':
      return typeof raw === 'string' ? checkText(node, field, raw.trim()) : invalid();
    case 'integer':
    case 'number':
    case 'money':
      return typeof raw === 'string' ? checkNumber(field, raw) : invalid();
    case 'date':
      return isDateParts(raw) ? checkDate(field, readDateParts(raw), today) : invalid();
    case 'boolean':
      return typeof raw === 'boolean' ? null : invalid();
    case 'select':
    case 'radio':
      if (typeof raw !== 'string') return invalid();
      return node.codes && !node.codes.has(raw) ? { code: 'code' } : null;
    case 'checkboxes':
      return checkCodes(node, field, raw);
    case 'file':
      return isFileAnswer(raw) ? checkFile(field, raw.type, raw.size) : invalid();
  }
}

function invalid(): Issue {
  return { code: 'invalidValue' };
}

function checkText(node: CompiledNode, field: FieldElement, text: string): Issue | null {
  const { minLength, maxLength, validator } = field.constraints ?? {};
  const length = text.length > 2 * MAX_TEXT_LENGTH ? text.length : codePoints(text);
  const max = Math.min(maxLength ?? MAX_TEXT_LENGTH, MAX_TEXT_LENGTH);
  if (length > max) return { code: 'maxLength', params: { count: max, max } };
  if (minLength !== undefined && length < minLength)
    return { code: 'minLength', params: { count: minLength, min: minLength } };
  if (node.pattern && !node.pattern.test(text)) {
    return { code: 'pattern', params: field.hint ? { hint: field.hint } : {} };
  }
  const problem = validator ? runNamedValidator(validator, text) : null;
  return problem ? { code: problem } : null;
}

/** Characters as people count them: an emoji (a surrogate pair) is one. No allocation. */
function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count += 1;
  }
  return count;
}

function checkNumber(field: FieldElement, text: string): Issue | null {
  const parsed = text.length <= 64 ? parseNumberText(text) : null;
  const { min, max, validator } = field.constraints ?? {};
  if (field.type === 'integer' && (parsed === null || parsed.decimals > 0))
    return { code: 'integer' };
  if (field.type === 'money' && parsed === null) return { code: 'money.format' };
  if (field.type === 'money' && parsed!.decimals > 2) return { code: 'money.decimals' };
  if (parsed === null) return { code: 'number' };
  if (min !== undefined && parsed.value < Number(min))
    return { code: 'min', params: { min: Number(min) } };
  if (max !== undefined && parsed.value > Number(max))
    return { code: 'max', params: { max: Number(max) } };
  const problem = validator ? runNamedValidator(validator, text.trim()) : null;
  return problem ? { code: problem } : null;
}

function checkDate(
  field: FieldElement,
  date: ReturnType<typeof readDateParts>,
  today: string,
): Issue | null {
  if ('problem' in date) return { code: date.problem };
  if (!('iso' in date)) return null;
  const { min, max } = field.constraints ?? {};
  const earliest = typeof min === 'string' ? resolveDate(min, today) : null;
  const latest = typeof max === 'string' ? resolveDate(max, today) : null;
  if (earliest !== null && date.iso < earliest) {
    return min === 'today'
      ? { code: 'date.notPast' }
      : { code: 'date.min', params: { min: displayDate(earliest) } };
  }
  if (latest !== null && date.iso > latest) {
    return max === 'today'
      ? { code: 'date.notFuture' }
      : { code: 'date.max', params: { max: displayDate(latest) } };
  }
  return null;
}

function checkCodes(node: CompiledNode, field: FieldElement, raw: unknown): Issue | null {
  if (!isStringList(raw)) return invalid();
  const codes = raw.filter((code) => code !== '');
  if (node.codes && !codes.every((code) => node.codes?.has(code))) return { code: 'code' };
  const { min, max } = field.constraints ?? {};
  if (min !== undefined && codes.length < Number(min))
    return { code: 'minSelected', params: { count: Number(min) } };
  if (max !== undefined && codes.length > Number(max))
    return { code: 'maxSelected', params: { count: Number(max) } };
  return null;
}

function isStringList(raw: unknown): raw is string[] {
  return Array.isArray(raw) && raw.every((item) => typeof item === 'string');
}

function checkFile(field: FieldElement, type: string, size: number): Issue | null {
  const { accept, maxBytes } = field.constraints ?? {};
  if (accept && accept.length > 0 && !accept.some((pattern) => matchesType(pattern, type))) {
    return { code: 'file.type', params: { accept: accept.join(', ') } };
  }
  if (maxBytes !== undefined && size > maxBytes) {
    return { code: 'file.size', params: { max: megabytes(maxBytes) } };
  }
  return null;
}

/** "image/*" matches any image type; otherwise the media type must match exactly. */
function matchesType(pattern: string, type: string): boolean {
  const wanted = pattern.trim().toLowerCase();
  const actual = type.trim().toLowerCase();
  if (wanted.endsWith('/*')) return actual.startsWith(wanted.slice(0, -1));
  return wanted === actual;
}

/** A byte limit as megabytes with at most one decimal ("5", "0.5"). */
function megabytes(bytes: number): number {
  return Math.round((bytes / 1_000_000) * 10) / 10;
}
