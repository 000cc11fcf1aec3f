/**
 * Pseudo-localisation: every German string made about 40 % longer, accented, and ending in one
 * long unbroken word, so layouts are tried with the longest translations they may ever get
 * (Leichte Sprache, Russian, Bulgarian) while the placeholders keep working.
 */
import type { CatalogueDocument } from '../../../src/shared/catalogue.ts';
import type { FormDefinition, FormElement } from '../../../src/forms/model/form-definition.ts';

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'ï',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Y: 'Ý',
  Z: 'Ž',
};

/** Letters of the long unbroken word that ends every string (a German-style compound). */
const COMPOUND = 'Grundstückverkehrsgenehmigungszuständigkeitsübertragungsverordnung';

/** Placeholders and nesting that must survive: {{count}}, {{when, datetime}}, $t(…). */
const KEEP = /(\{\{[^}]*\}\}|\$t\([^)]*\))/;

/** One string, pseudo-localised: accented, 40 % longer, bracketed to show clipping. */
export function pseudoLocalise(text: string): string {
  if (!text.trim()) return text;
  const accented = text
    .split(KEEP)
    .map((part) => (KEEP.test(part) ? part : part.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c)))
    .join('');
  const extra = Math.max(4, Math.ceil(text.length * 0.4));
  const word = COMPOUND.repeat(Math.ceil(extra / COMPOUND.length)).slice(0, extra);
  return `[${accented} ${word}]`;
}

/** A whole i18next resource tree with every string pseudo-localised. */
export function pseudoResources<T>(tree: T): T {
  if (typeof tree === 'string') return pseudoLocalise(tree) as T;
  if (Array.isArray(tree)) return tree.map((item: unknown) => pseudoResources(item)) as T;
  if (tree && typeof tree === 'object') {
    return Object.fromEntries(
      Object.entries(tree).map(([key, value]) => [key, pseudoResources(value)]),
    ) as T;
  }
  return tree;
}

/** The catalogue with pseudo-localised group and service names. */
export function pseudoCatalogue(catalogue: CatalogueDocument): CatalogueDocument {
  return {
    ...catalogue,
    groups: catalogue.groups.map((group) => ({ ...group, name: pseudoLocalise(group.name) })),
    services: catalogue.services.map((service) => ({
      ...service,
      name: pseudoLocalise(service.name),
    })),
  };
}

const TEXTS = ['label', 'help', 'hint', 'itemLabel'] as const;

function pseudoElement(element: FormElement): FormElement {
  const copy = { ...element } as FormElement & Partial<Record<(typeof TEXTS)[number], string>>;
  for (const key of TEXTS) {
    const value = copy[key];
    if (typeof value === 'string') copy[key] = pseudoLocalise(value);
  }
  if (copy.kind === 'group') copy.children = copy.children.map(pseudoElement);
  return copy;
}

/** A form definition with every visible text pseudo-localised (ids and codes unchanged). */
export function pseudoForm(form: FormDefinition): FormDefinition {
  return {
    ...form,
    title: pseudoLocalise(form.title),
    ...(form.description ? { description: pseudoLocalise(form.description) } : {}),
    codeLists: Object.fromEntries(
      Object.entries(form.codeLists).map(([id, list]) => [
        id,
        {
          ...list,
          entries: list.entries.map((entry) => ({ ...entry, label: pseudoLocalise(entry.label) })),
        },
      ]),
    ),
    elements: form.elements.map(pseudoElement),
    rules: form.rules.map((rule) => ({
      ...rule,
      ...(rule.message ? { message: pseudoLocalise(rule.message) } : {}),
      ...(rule.description ? { description: pseudoLocalise(rule.description) } : {}),
    })),
  };
}
