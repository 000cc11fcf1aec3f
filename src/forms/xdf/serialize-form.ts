/**
 * Writes a form definition as JSON laid out the way Prettier formats JSON (objects expanded,
 * short arrays of plain values on one line), so a regenerated file passes `prettier --check`
 * and `git diff` shows only what the import changed.
 */
import type { FormDefinition } from '../model/form-definition.ts';

const PRINT_WIDTH = 100;

/** Stable, Prettier-compatible JSON text with a final newline. */
export function serializeForm(form: FormDefinition): string {
  return `${format(form, 0, 0, false)}\n`;
}

function format(
  value: unknown,
  indent: number,
  prefixLength: number,
  followedByComma: boolean,
): string {
  if (Array.isArray(value)) return formatArray(value, indent, prefixLength, followedByComma);
  if (typeof value === 'object' && value !== null) return formatObject(value, indent);
  return JSON.stringify(value);
}

function formatObject(value: object, indent: number): string {
  const entries = Object.entries(value).filter(([, entry]) => entry !== undefined);
  if (entries.length === 0) return '{}';
  const pad = ' '.repeat(indent + 2);
  const lines = entries.map(([key, entry], index) => {
    const prefix = `${JSON.stringify(key)}: `;
    const comma = index < entries.length - 1;
    return `${pad}${prefix}${format(entry, indent + 2, indent + 2 + prefix.length, comma)}${comma ? ',' : ''}`;
  });
  return `{\n${lines.join('\n')}\n${' '.repeat(indent)}}`;
}

function formatArray(
  items: unknown[],
  indent: number,
  prefixLength: number,
  followedByComma: boolean,
): string {
  if (items.length === 0) return '[]';
  const plain = items.every((item) => item === null || typeof item !== 'object');
  if (plain) {
    const line = `[${items.map((item) => JSON.stringify(item)).join(', ')}]`;
    if (prefixLength + line.length + (followedByComma ? 1 : 0) <= PRINT_WIDTH) return line;
  }
  const pad = ' '.repeat(indent + 2);
  const lines = items.map((item, index) => {
    const comma = index < items.length - 1;
    return `${pad}${format(item, indent + 2, indent + 2, comma)}${comma ? ',' : ''}`;
  });
  return `[\n${lines.join('\n')}\n${' '.repeat(indent)}]`;
}
