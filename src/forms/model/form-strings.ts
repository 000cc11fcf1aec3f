/**
 * A form's words, apart from its structure: the shape of `locales/<lng>/form-<formId>.json`, how
 * to take them out of a (German) definition, and how to put a translation back in. The German
 * files are written from the definitions (`npm run locales:extract`); translations have the same
 * keys. Anything a translation lacks stays German and is reported, so the page can mark it
 * "in German" instead of showing a raw key.
 */
import type { FormDefinition, FormElement, FormRule } from './form-definition.ts';

/** The words of one element. */
export interface ElementStrings {
  label?: string;
  help?: string;
  hint?: string;
  itemLabel?: string;
}

/** The words of one form, keyed by ids of the definition. */
export interface FormStrings {
  title?: string;
  description?: string;
  elements?: Record<string, ElementStrings>;
  /** Code list id → code → label. */
  codeLists?: Record<string, Record<string, string>>;
  /** Rule id → message. */
  rules?: Record<string, string>;
}

/** i18next namespace of a form's words. */
export const formNamespace = (formId: string): string => `form-${formId}`;

const TEXT_KEYS = ['label', 'help', 'hint', 'itemLabel'] as const;

function collectElements(elements: FormElement[], into: Record<string, ElementStrings>): void {
  for (const element of elements) {
    const strings: ElementStrings = {};
    for (const key of TEXT_KEYS) {
      const value = (element as Partial<Record<(typeof TEXT_KEYS)[number], string>>)[key];
      if (value) strings[key] = value;
    }
    into[element.id] = strings;
    if (element.kind === 'group') collectElements(element.children, into);
  }
}

/** The message a rule shows (its own, else its description); undefined for hint-only rules. */
export const ruleMessage = (rule: FormRule): string | undefined =>
  rule.check === undefined ? undefined : (rule.message ?? rule.description);

/** Every text of a definition, in the shape of a translation file. */
export function formStrings(definition: FormDefinition): FormStrings {
  const elements: Record<string, ElementStrings> = {};
  collectElements(definition.elements, elements);
  const codeLists: Record<string, Record<string, string>> = {};
  for (const [id, list] of Object.entries(definition.codeLists)) {
    codeLists[id] = Object.fromEntries(list.entries.map((entry) => [entry.code, entry.label]));
  }
  const rules: Record<string, string> = {};
  for (const rule of definition.rules) {
    const message = ruleMessage(rule);
    if (message) rules[rule.id] = message;
  }
  return {
    title: definition.title,
    ...(definition.description ? { description: definition.description } : {}),
    elements,
    codeLists,
    rules,
  };
}

/** A definition in another language, and which of its texts had to stay German. */
export interface LocalizedForm {
  /** The definition with every translated text replaced; structure and ids unchanged. */
  definition: FormDefinition;
  /** Keys of texts that stayed German: "title", "F123.label", "codeLists.C1.m", "rules.R1". */
  german: ReadonlySet<string>;
}

const nonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

function localizeElements(
  elements: FormElement[],
  strings: FormStrings,
  german: Set<string>,
): FormElement[] {
  return elements.map((element) => {
    const own = strings.elements?.[element.id] ?? {};
    const copy = { ...element } as FormElement & Record<string, unknown>;
    for (const key of TEXT_KEYS) {
      const source = (element as Partial<Record<(typeof TEXT_KEYS)[number], string>>)[key];
      if (!source) continue;
      const translated = own[key];
      if (nonEmpty(translated)) copy[key] = translated;
      else german.add(`${element.id}.${key}`);
    }
    if (copy.kind === 'group') copy.children = localizeElements(copy.children, strings, german);
    return copy;
  });
}

/**
 * The definition with a translation applied. Without strings (no translation of this form yet)
 * the definition comes back with the same texts, every one of them reported German.
 */
export function localizeForm(
  definition: FormDefinition,
  strings: FormStrings | undefined,
): LocalizedForm {
  const german = new Set<string>();
  const from = strings ?? {};
  const pick = (
    key: string,
    source: string | undefined,
    translated: unknown,
  ): string | undefined => {
    if (source === undefined) return undefined;
    if (nonEmpty(translated)) return translated;
    german.add(key);
    return source;
  };
  const codeLists = Object.fromEntries(
    Object.entries(definition.codeLists).map(([id, list]) => [
      id,
      {
        ...list,
        entries: list.entries.map((entry) => ({
          ...entry,
          label: pick(
            `codeLists.${id}.${entry.code}`,
            entry.label,
            from.codeLists?.[id]?.[entry.code],
          )!,
        })),
      },
    ]),
  );
  const rules = definition.rules.map((rule) => {
    const message = ruleMessage(rule);
    if (message === undefined) return rule;
    return { ...rule, message: pick(`rules.${rule.id}`, message, from.rules?.[rule.id])! };
  });
  const description = pick('description', definition.description, from.description);
  return {
    definition: {
      ...definition,
      title: pick('title', definition.title, from.title)!,
      ...(description === undefined ? {} : { description }),
      codeLists,
      elements: localizeElements(definition.elements, from, german),
      rules,
    },
    german,
  };
}
