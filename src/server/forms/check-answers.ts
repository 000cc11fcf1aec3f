/**
 * Server-side validation of answers: the same validateForm the device runs in its worker, with
 * the errors made readable in German for office staff and API clients.
 */
import type { Answers, FormDefinition } from '../../forms/model/form-definition.ts';
import { validateForm, type FieldError } from '../../validation/index.ts';
import type { GermanMessages } from './messages.ts';

/** One field error on the wire: validateForm's error plus its German message. */
export interface CheckedFieldError {
  /** Answer path, e.g. `G1[0].F2`. */
  path: string;
  /** The element's id. */
  elementId: string;
  /** Error code, as validateForm returns it. */
  code: string;
  /** Message parameters (always an object). */
  params: Record<string, string | number>;
  /** The German message that says how to fix it. */
  message: string;
}

/** Wire shape of the check's answer: 200 `{ valid: true }` or 422 with field errors. */
export type CheckResponse = { valid: true } | { valid: false; errors: CheckedFieldError[] };

// en-CA formats as YYYY-MM-DD. Made once: constructing an Intl formatter costs more than a check.
const GERMAN_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' });

/**
 * Today's date in Germany (YYYY-MM-DD): the date the forms' "today" bounds mean. The server's own
 * time zone (often UTC) would be a day off around midnight and reject a move-in date of "today"
 * that the device accepted.
 */
export function todayInGermany(now: Date = new Date()): string {
  return GERMAN_DATE.format(now);
}

/** Validates answers against a definition and translates every error. */
export function checkAnswers(
  definition: FormDefinition,
  answers: Answers,
  messages: GermanMessages,
  today: string = todayInGermany(),
): CheckResponse {
  const result = validateForm(definition, answers, { today });
  if (result.valid) return { valid: true };
  return {
    valid: false,
    errors: result.errors.map((error: FieldError) => ({
      path: error.path,
      elementId: error.elementId,
      code: error.code,
      params: error.params ?? {},
      message: messages.messageFor(error),
    })),
  };
}
