/**
 * Public API of src/validation/: pure validators, the expression language, and form validation.
 * Runs unchanged in the page, the Web Worker and the server.
 */
export {
  ERROR_CODES,
  type ErrorCode,
  type FieldError,
  type ValidationOptions,
  type ValidationResult,
} from './field-error.ts';
export { validateForm } from './form/validate-form.ts';
export { validateField } from './form/validate-field.ts';
export { visibleAnswers, visibleElements, type VisibleElement } from './form/visible-elements.ts';
export { checkFormDefinition } from './form/compile-form.ts';
export { FormDefinitionError, type DefinitionProblem } from './form/compiled-form.ts';
export { ElementPathError } from './form/element-path.ts';
export { MAX_TEXT_LENGTH } from './form/check-field.ts';

export { compileExpression, type CompiledExpression } from './expression/compile.ts';
export { evaluate, evaluateCondition } from './expression/evaluate.ts';
export { ExpressionError } from './expression/expression-error.ts';
export { answersScope, type EvaluationScope, type ResolvedPath } from './expression/scope.ts';
export { DateValue, type Value } from './expression/values.ts';

export { checkIban, compactIban, ibanLength, isValidIban } from './validators/iban.ts';
export { checkSteuerId, isValidSteuerId, mod11x10CheckDigit } from './validators/steuer-id.ts';
export { isValidPlz } from './validators/plz.ts';
export {
  checkIdCardNumber,
  icaoCheckDigit,
  isValidIdCardNumber,
} from './validators/id-card-number.ts';
export { isValidEmail } from './validators/email.ts';
export { isValidPhone } from './validators/phone.ts';
export { NAMED_VALIDATORS, runNamedValidator } from './validators/named.ts';

export { parseGermanNumber, parseNumberText, type ParsedNumber } from './numbers.ts';
export {
  addToDate,
  displayDate,
  fullYearsBetween,
  localToday,
  readDateParts,
  resolveDate,
  type DateProblem,
} from './dates.ts';

export {
  errorMessage,
  formatMessage,
  messageKey,
  messageTemplate,
  type MessageCatalog,
} from './messages.ts';
