/** The result shapes of validation, shared by page, worker and server (wire types). */

/** One problem with one answer. */
export interface FieldError {
  /** Where: 'F3' at the form level, 'G1[0].F2' inside the first instance of group G1. */
  path: string;
  /** The element's id (the last id of the path). */
  elementId: string;
  /** What is wrong, e.g. 'required', 'maxLength', 'iban.checksum', 'date.missingMonth', 'rule'. */
  code: string;
  /** Values for the message: always `label`; `count`, `min`, `max`, `ruleId`, … per code. */
  params?: Record<string, string | number>;
}

/** The outcome of validating a whole form. */
export interface ValidationResult {
  /** True when there are no errors. */
  valid: boolean;
  /** At most one error per path, in document order. */
  errors: FieldError[];
}

/** Options of validateForm, validateField and visibleElements. */
export interface ValidationOptions {
  /** Today as YYYY-MM-DD; the device's date when absent (set it in tests). */
  today?: string;
}

/** Every code validation produces; each has a message in locales/<lng>/validation.json. */
export const ERROR_CODES = [
  'required',
  'invalidValue',
  'minLength',
  'maxLength',
  'pattern',
  'integer',
  'number',
  'money.format',
  'money.decimals',
  'min',
  'max',
  'date.missingDay',
  'date.missingMonth',
  'date.missingYear',
  'date.missingDayMonth',
  'date.missingDayYear',
  'date.missingMonthYear',
  'date.yearDigits',
  'date.invalid',
  'date.min',
  'date.max',
  'date.notPast',
  'date.notFuture',
  'code',
  'minSelected',
  'maxSelected',
  'file.type',
  'file.size',
  'minItems',
  'maxItems',
  'iban.format',
  'iban.country',
  'iban.length',
  'iban.checksum',
  'steuerId.format',
  'steuerId.checksum',
  'plz',
  'idCardNumber.format',
  'idCardNumber.checksum',
  'email',
  'phone',
  'rule',
] as const;

/** A validation code. */
export type ErrorCode = (typeof ERROR_CODES)[number];
