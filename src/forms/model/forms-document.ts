import { destinationProblem, type Destination } from '../../shared/destination.ts';
import { FORM_FORMAT, type FormDefinition } from './form-definition.ts';

/** All published form definitions, as one versioned document (GET /api/v1/forms). */
export interface FormsDocument {
  /** Always FORM_FORMAT. */
  format: typeof FORM_FORMAT;
  /** The definitions. */
  forms: FormDefinition[];
  /** The offices applications go to, with their public keys; absent from older servers. */
  destinations?: Destination[];
}

/** A forms document that does not have the expected shape. */
export class FormsFormatError extends Error {
  override name = 'FormsFormatError';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Checks the outer shape of an untrusted forms document (a download) before it is stored: the
 * format, and per form the fields the device indexes and renders from. The server checks each
 * definition fully (expressions, code lists) before publishing it.
 */
export function parseFormsDocument(value: unknown): FormsDocument {
  if (!isObject(value) || value.format !== FORM_FORMAT || !Array.isArray(value.forms)) {
    throw new FormsFormatError(`not a forms document of format ${FORM_FORMAT}`);
  }
  const ids = new Set<string>();
  value.forms.forEach((form: unknown, index) => {
    const ok =
      isObject(form) &&
      typeof form.id === 'string' &&
      typeof form.version === 'string' &&
      typeof form.title === 'string' &&
      isStringArray(form.leikaKeys) &&
      Array.isArray(form.elements) &&
      Array.isArray(form.rules) &&
      isObject(form.codeLists);
    if (!ok) throw new FormsFormatError(`forms[${index}] is not a form definition`);
    if (ids.has(form.id as string)) throw new FormsFormatError(`forms[${index}]: duplicate id`);
    ids.add(form.id as string);
  });
  parseDestinations(value.destinations);
  return value as unknown as FormsDocument;
}

/**
 * Every destination must carry a usable key (RSA, ≥ 4096 bits, RSA-OAEP-256, public only): one
 * bad key refuses the whole document, so the device keeps encrypting to the keys it had.
 */
function parseDestinations(value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new FormsFormatError('destinations is not a list');
  const ids = new Set<string>();
  value.forEach((destination: unknown, index) => {
    const problem = destinationProblem(destination);
    if (problem !== null) throw new FormsFormatError(`destinations[${index}]: ${problem}`);
    const id = (destination as Destination).officeId;
    if (ids.has(id)) throw new FormsFormatError(`destinations[${index}]: duplicate officeId`);
    ids.add(id);
  });
}
