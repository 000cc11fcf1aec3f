/**
 * Numbers as people type them: German notation ("1.234,56") and international ("1234.56"), with
 * strict grouping so that typos like "1.2.3,4" are rejected instead of silently misread.
 */

/** A parsed number and how many decimal places were typed. */
export interface ParsedNumber {
  /** The value. */
  value: number;
  /** Digits after the decimal separator as typed ("1,50" → 2). */
  decimals: number;
}

// Spaces people use between thousands: normal, no-break, narrow no-break, thin.
const SPACES = /[\s\u00a0\u202f\u2009]/g;
const MINUS = /^[-\u2212]/;

/** Parses typed number text; null when it is not one clear number. */
export function parseNumberText(text: string): ParsedNumber | null {
  let body = text.trim();
  if (body === '' || body.length > 64) return null;
  let sign = 1;
  if (MINUS.test(body)) {
    sign = -1;
    body = body.slice(1).trimStart();
  } else if (body.startsWith('+')) {
    body = body.slice(1).trimStart();
  }
  // Any space between groups counts as a thousands separator ("1 234,56").
  body = body.replace(SPACES, ' ');
  if (!/^[0-9][0-9., ]*$/.test(body) || /[., ]$/.test(body)) return null;

  const split = splitDecimal(body);
  if (split === null) return null;
  const [integerPart, fraction] = split;
  const integerDigits = ungroup(integerPart);
  if (integerDigits === null) return null;
  const value = Number(`${integerDigits}.${fraction || '0'}`);
  if (!Number.isFinite(value)) return null;
  return { value: sign * value || 0, decimals: fraction.length };
}

/** Parses a number in German or international notation; null for anything unclear. */
export function parseGermanNumber(text: string): number | null {
  return parseNumberText(text)?.value ?? null;
}

/** Splits into [integer part with group separators, fraction digits]; null when ambiguous. */
function splitDecimal(body: string): [string, string] | null {
  const commas = count(body, ',');
  const dots = count(body, '.');
  let decimal: ',' | '.' | null = null;
  if (commas > 0 && dots > 0) {
    decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  } else if (commas === 1) {
    decimal = ',';
  } else if (dots === 1) {
    // "1.234" is a thousand in German notation; "1234.5" and "0.234" can only be decimals.
    decimal = /^[1-9][0-9]{0,2}\.[0-9]{3}$/.test(body) ? null : '.';
  }
  if (decimal === null) return [body, ''];
  const at = body.lastIndexOf(decimal);
  const fraction = body.slice(at + 1);
  if (!/^[0-9]+$/.test(fraction)) return null;
  return [body.slice(0, at), fraction];
}

/** The digits of an integer part; thousands separators must group by three, all of one kind. */
function ungroup(integerPart: string): string | null {
  if (/^[0-9]+$/.test(integerPart)) return integerPart;
  const separator = integerPart.match(/[., ]/)?.[0];
  if (separator === undefined) return null;
  const groups = integerPart.split(separator);
  const [first, ...rest] = groups;
  if (first === undefined || !/^[1-9][0-9]{0,2}$/.test(first)) return null;
  if (!rest.every((group) => /^[0-9]{3}$/.test(group))) return null;
  return groups.join('');
}

function count(text: string, character: string): number {
  let found = 0;
  for (const c of text) if (c === character) found += 1;
  return found;
}

/** Removes float noise from arithmetic results (0.1 + 0.2 → 0.3). */
export function tidyNumber(value: number): number {
  return Number.parseFloat(value.toPrecision(15));
}
