/** The named validators a field can ask for (FieldConstraints.validator), by name. */
import type { ValidatorName } from '../form-types.ts';
import { checkIban } from './iban.ts';
import { checkIdCardNumber } from './id-card-number.ts';
import { isValidEmail } from './email.ts';
import { isValidPhone } from './phone.ts';
import { isValidPlz } from './plz.ts';
import { checkSteuerId } from './steuer-id.ts';

/** A named validator: null when the text is valid, else a validation code. */
export type NamedValidator = (value: string) => string | null;

/** Every named validator; codes start with the validator's name. */
export const NAMED_VALIDATORS: Readonly<Record<ValidatorName, NamedValidator>> = {
  iban: checkIban,
  steuerId: checkSteuerId,
  plz: (value) => (isValidPlz(value) ? null : 'plz'),
  idCardNumber: checkIdCardNumber,
  email: (value) => (isValidEmail(value) ? null : 'email'),
  phone: (value) => (isValidPhone(value) ? null : 'phone'),
};

/** Runs the named validator on a text; unknown names are not this function's concern (null). */
export function runNamedValidator(name: string, value: string): string | null {
  return Object.hasOwn(NAMED_VALIDATORS, name)
    ? NAMED_VALIDATORS[name as ValidatorName](value)
    : null;
}
