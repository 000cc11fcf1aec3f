/**
 * German validation messages on the server: locales/de/validation.json read once with node:fs
 * and applied with the validation module's own key and template logic, so the server says
 * exactly what the device shows (the server does not load i18next).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { errorMessage, type FieldError, type MessageCatalog } from '../../validation/index.ts';

/** The German validation messages shipped with Lotse. */
export const GERMAN_VALIDATION_MESSAGES = fileURLToPath(
  new URL('../../../locales/de/validation.json', import.meta.url),
);

/** Turns a field error into its German message. */
export interface GermanMessages {
  /** The message for one error, with its parameters filled in. */
  messageFor(error: FieldError): string;
}

/** The messages file is missing or not a JSON object of messages. */
export class MessagesFileError extends Error {
  override name = 'MessagesFileError';
}

/** Reads the message catalog (default: the shipped German one). Throws MessagesFileError. */
export function loadGermanMessages(file: string = GERMAN_VALIDATION_MESSAGES): GermanMessages {
  let catalog: unknown;
  try {
    catalog = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new MessagesFileError(`cannot read the validation messages ${file}`, { cause: error });
  }
  if (typeof catalog !== 'object' || catalog === null || Array.isArray(catalog)) {
    throw new MessagesFileError(`${file} is not a JSON object of messages`);
  }
  return germanMessages(catalog as MessageCatalog);
}

/** Messages from a catalog already in memory. */
export function germanMessages(catalog: MessageCatalog): GermanMessages {
  return { messageFor: (error) => errorMessage(catalog, error, 'de') };
}
