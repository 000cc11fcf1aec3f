/**
 * From a FieldError to words: the i18n key (namespace 'validation'), and a tiny formatter so the
 * server can produce the same German messages from locales/de/validation.json without i18next.
 */
import type { FieldError } from './field-error.ts';

/** A parsed locales/<lng>/validation.json. */
export interface MessageCatalog {
  [key: string]: string | MessageCatalog;
}

/** The i18n key of an error's message, in namespace 'validation' (e.g. 'date.missingMonth'). */
export function messageKey(error: FieldError): string {
  if (error.code === 'required') return `required.${String(error.params?.input ?? 'enter')}`;
  if (error.code === 'pattern') return error.params?.hint ? 'pattern.withHint' : 'pattern.plain';
  return error.code;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*(?:,\s*(number)\s*)?\}\}/g;

/**
 * Fills `{{name}}` and `{{name, number}}` (grouped for the locale) like i18next does; unknown
 * names become empty. No HTML escaping: render the result as text.
 */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
  locale = 'de',
): string {
  return template.replace(PLACEHOLDER, (_match, name: string, format?: string) => {
    if (!Object.hasOwn(params, name)) return '';
    const value = params[name]!;
    if (format === 'number' && Number.isFinite(Number(value))) {
      return new Intl.NumberFormat(locale).format(Number(value));
    }
    return String(value);
  });
}

/**
 * The template for a key ('date.missingMonth'), choosing `_one` / `_other` for `count` like
 * i18next (Intl.PluralRules of the locale). Undefined when the catalog lacks it.
 */
export function messageTemplate(
  catalog: MessageCatalog,
  key: string,
  count?: number,
  locale = 'de',
): string | undefined {
  const parts = key.split('.');
  const last = parts.pop()!;
  let node: MessageCatalog | undefined = catalog;
  for (const part of parts) {
    const next: string | MessageCatalog | undefined = Object.hasOwn(node, part)
      ? node[part]
      : undefined;
    node = typeof next === 'object' ? next : undefined;
    if (!node) return undefined;
  }
  const candidates =
    count === undefined
      ? [last]
      : [`${last}_${new Intl.PluralRules(locale).select(count)}`, `${last}_other`, last];
  for (const candidate of candidates) {
    const found = Object.hasOwn(node, candidate) ? node[candidate] : undefined;
    if (typeof found === 'string') return found;
  }
  return undefined;
}

/** The message for an error from a catalog; the key itself when the catalog has no message. */
export function errorMessage(catalog: MessageCatalog, error: FieldError, locale = 'de'): string {
  const key = messageKey(error);
  const count = error.params?.count;
  const template = messageTemplate(
    catalog,
    key,
    typeof count === 'number' ? count : undefined,
    locale,
  );
  return template === undefined ? key : formatMessage(template, error.params, locale);
}
