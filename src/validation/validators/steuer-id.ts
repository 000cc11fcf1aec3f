/**
 * Steuerliche Identifikationsnummer (German tax id), as ELSTER's "Prüfung der Steuer- und
 * Steueridentifikationsnummer" (chapter 2) describes it: 11 digits, first not 0, in the first ten
 * digits exactly one digit twice or three times (three times not all in a row) and the others at
 * most once, last digit an ISO 7064 MOD 11,10 check digit.
 */

/** Why a tax id was rejected (validation codes). */
export type SteuerIdProblem = 'steuerId.format' | 'steuerId.checksum';

/** ISO 7064 MOD 11,10 check digit of a digit string. */
export function mod11x10CheckDigit(digits: string): number {
  let product = 10;
  for (const character of digits) {
    let sum = (Number(character) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** Null when the tax id is valid, else what is wrong. Spaces are fine ("86 095 742 719"). */
export function checkSteuerId(value: string): SteuerIdProblem | null {
  const digits = value.replace(/[\s\u00a0]/g, '');
  if (!/^[1-9][0-9]{10}$/.test(digits)) return 'steuerId.format';
  const body = digits.slice(0, 10);
  if (!hasValidRepetition(body)) return 'steuerId.checksum';
  return mod11x10CheckDigit(body) === Number(digits[10]) ? null : 'steuerId.checksum';
}

/** True for a valid tax id. */
export function isValidSteuerId(value: string): boolean {
  return checkSteuerId(value) === null;
}

function hasValidRepetition(body: string): boolean {
  const counts = new Map<string, number>();
  for (const digit of body) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts].filter(([, times]) => times > 1);
  if (repeated.length !== 1) return false;
  const [digit, times] = repeated[0]!;
  if (times === 2) return true;
  return times === 3 && !body.includes(digit.repeat(3));
}
