/** Turns XDatenfelder `praezisierung` (and 3.0 file limits) into Lotse field constraints. */
import type { FieldConstraints, FieldType } from '../model/form-definition.ts';
import type { ImportNotes } from './notes.ts';
import type { XdfField } from './xdf-schema.ts';

const LENGTH_TYPES: readonly FieldType[] = ['text', 'textarea', 'integer', 'number', 'money'];
const NUMBER_TYPES: readonly FieldType[] = ['integer', 'number', 'money'];
const PATTERN_TYPES: readonly FieldType[] = ['text', 'textarea'];
const KNOWN_KEYS = new Set(['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern']);
/** XDatenfelder 3.0 gives maxSize in kilobytes; 1 kB = 1000 bytes keeps the limit on the safe side. */
const BYTES_PER_KB = 1000;

/** Constraints for a field of the given type; every value that cannot be kept is reported. */
export function mapConstraints(
  field: XdfField,
  type: FieldType,
  notes: ImportNotes,
): FieldConstraints | undefined {
  const { id, constraints: raw } = field;
  const result: FieldConstraints = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!KNOWN_KEYS.has(key)) {
      notes.info(id, `${id}: praezisierung "${key}" is not used by Lotse and was ignored.`);
    } else if (value.trim() !== '') {
      applyConstraint(result, key, value.trim(), type, id, notes);
    }
  }
  if (type === 'file') applyFileLimits(result, field);
  return Object.keys(result).length > 0 ? result : undefined;
}

function applyConstraint(
  result: FieldConstraints,
  key: string,
  value: string,
  type: FieldType,
  id: string,
  notes: ImportNotes,
): void {
  const ignored = (why: string): void =>
    notes.info(id, `${id}: praezisierung ${key}=${value} ${why} and was ignored.`);
  if (key === 'minLength' || key === 'maxLength') {
    if (!LENGTH_TYPES.includes(type)) return ignored(`does not apply to a ${type} field`);
    if (!/^\d+$/.test(value))
      return notes.warning(id, `${id}: ${key}="${value}" is not a whole number and was ignored.`);
    result[key] = Number(value);
  } else if (key === 'pattern') {
    if (!PATTERN_TYPES.includes(type)) return ignored(`does not apply to a ${type} field`);
    if (!compiles(value))
      return notes.warning(
        id,
        `${id}: pattern "${value}" is not a valid regular expression and was ignored.`,
      );
    result.pattern = value;
  } else {
    const bound = key === 'minValue' ? 'min' : 'max';
    const parsed =
      type === 'date' ? isoDate(value) : NUMBER_TYPES.includes(type) ? number(value) : null;
    if (parsed === null)
      return ignored(
        type === 'date' || NUMBER_TYPES.includes(type)
          ? 'is not readable'
          : `does not apply to a ${type} field`,
      );
    result[bound] = parsed;
  }
}

function applyFileLimits(result: FieldConstraints, field: XdfField): void {
  if (field.mediaTypes.length > 0) result.accept = [...field.mediaTypes];
  if (field.maxSizeKb !== undefined) result.maxBytes = field.maxSizeKb * BYTES_PER_KB;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

function number(value: string): number | null {
  const normalised = value.includes(',') ? value.replace(/\./g, '').replace(',', '.') : value;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : null;
}

function isoDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (german) return `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}`;
  return /^today([+-]\d+[dmy])?$/.test(value) ? value : null;
}
