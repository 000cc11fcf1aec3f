/**
 * Wrong-PIN policy and PIN rules: pure functions of counts and times, no storage, no clock.
 * The caller keeps the failure count and the time of the last failure with the profile.
 */

/** Failures that cost nothing: a PIN mistyped now and then must not slow anyone down. */
export const FREE_FAILURES = 3;
/** First delay after the free failures; it doubles with each further failure. */
export const FIRST_DELAY_MS = 1_000;
/** The delay never grows beyond this. */
export const MAX_DELAY_MS = 5 * 60_000;
/** Warn before wiping once this many attempts (or fewer) are left. */
export const WARN_WHEN_LEFT = 3;
/** Wrong PINs before a profile's data is wiped, unless configured otherwise. */
export const DEFAULT_MAX_ATTEMPTS = 10;
/** Shortest PIN or passphrase, in characters. */
export const MIN_PIN_LENGTH = 6;

/** What the sign-in screen asks after a wrong PIN. Every `failures` is a count ≥ 0. */
export interface PinPolicy {
  /** Wrong PINs allowed before the profile's data is wiped. */
  readonly maxAttempts: number;
  /** How long to wait before the next try after `failures` wrong PINs (ms). */
  delayAfter(failures: number): number;
  /** Tries left before the wipe. */
  attemptsLeft(failures: number): number;
  /** True while the UI must warn that the profile's data will be wiped (≤ 3 tries left). */
  shouldWarn(failures: number): boolean;
  /** True once the profile's data must be wiped. */
  mustWipe(failures: number): boolean;
  /** Earliest time (epoch ms) the next try is accepted. */
  nextAllowedAt(failures: number, lastFailureAt: number): number;
}

/** A policy with `maxAttempts` (default 10) wrong PINs before the wipe. */
export function createPinPolicy({
  maxAttempts = DEFAULT_MAX_ATTEMPTS,
}: { maxAttempts?: number } = {}): PinPolicy {
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) {
    throw new RangeError('maxAttempts must be a positive integer.');
  }
  const attemptsLeft = (failures: number): number =>
    Math.max(0, maxAttempts - checkCount(failures));
  return {
    maxAttempts,
    delayAfter: pinDelayAfter,
    attemptsLeft,
    shouldWarn: (failures) => {
      const left = attemptsLeft(failures);
      return left > 0 && left <= WARN_WHEN_LEFT;
    },
    mustWipe: (failures) => attemptsLeft(failures) === 0,
    nextAllowedAt: (failures, lastFailureAt) => lastFailureAt + pinDelayAfter(failures),
  };
}

/** No delay for the first 3 failures, then 1 s, 2 s, 4 s … up to 5 min. */
export function pinDelayAfter(failures: number): number {
  const extra = checkCount(failures) - FREE_FAILURES;
  if (extra <= 0) return 0;
  // Past 2^9 s the cap applies anyway; stop there so huge counts never reach Infinity.
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(extra - 1, 20));
}

/** Why a new PIN is refused; the UI translates the code. */
export type PinProblem = 'tooShort' | 'tooSimple';

/** Often chosen six-digit PINs that the pattern rules below do not catch. */
const COMMON_PINS = new Set([
  '112233',
  '123321',
  '147258',
  '147852',
  '159753',
  '102030',
  '111222',
  '753951',
  '789456',
  '852456',
]);

/** null when `pin` may be used, else why not ('tooShort' < 6 characters, 'tooSimple'). */
export function checkNewPin(pin: string): PinProblem | null {
  const chars = [...pin.normalize('NFC')];
  if (chars.length < MIN_PIN_LENGTH) return 'tooShort';
  if (isRepetition(chars) || isSequence(chars) || COMMON_PINS.has(chars.join(''))) {
    return 'tooSimple';
  }
  return null;
}

/** 000000, 121212, 123123: one short unit repeated. */
function isRepetition(chars: readonly string[]): boolean {
  for (let unit = 1; unit <= chars.length / 2; unit++) {
    if (chars.length % unit === 0 && chars.every((char, i) => char === chars[i % unit])) {
      return true;
    }
  }
  return false;
}

/** 123456, 345678, abcdef, and the same descending (654321). */
function isSequence(chars: readonly string[]): boolean {
  const codes = chars.map((char) => char.toLowerCase().codePointAt(0)!);
  const step = codes[1]! - codes[0]!;
  return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - codes[i - 1]! === step);
}

function checkCount(failures: number): number {
  if (!Number.isSafeInteger(failures) || failures < 0) {
    throw new RangeError('A failure count is an integer ≥ 0.');
  }
  return failures;
}
