/**
 * The German source files that are derived from data rather than written by hand: one
 * `form-<id>.json` per authored form, and `content.json` with the names of the Themenfelder,
 * Lebenslagen and of the services that have a Lotse form. Translators translate these files;
 * a unit test keeps them equal to what this module derives.
 */
import type { CatalogueDocument } from '../../shared/catalogue.ts';
import type { FormDefinition } from '../../forms/model/form-definition.ts';
import { formNamespace, formStrings, type FormStrings } from '../../forms/model/form-strings.ts';

/** `locales/<lng>/content.json`: catalogue words that are translated. */
export interface ContentStrings {
  /** Themenfeld and Lebenslage id → name. */
  groups: Record<string, string>;
  /** Service id → name, for services that have a Lotse form. */
  services: Record<string, string>;
}

/** Forms whose words are translated: the authored ones (imported FIM schemas stay German). */
export const translatedForms = (forms: readonly FormDefinition[]): FormDefinition[] =>
  forms.filter((form) => form.source.standard === 'lotse');

/** The German content strings of a catalogue and the translated forms. */
export function contentStrings(
  catalogue: CatalogueDocument,
  forms: readonly FormDefinition[],
): ContentStrings {
  const groups: Record<string, string> = {};
  for (const group of catalogue.groups) {
    if (group.kind === 'themenfeld' || group.kind === 'lebenslage') groups[group.id] = group.name;
  }
  const withForm = new Set(translatedForms(forms).flatMap((form) => form.leikaKeys));
  const services: Record<string, string> = {};
  for (const service of catalogue.services) {
    if (withForm.has(service.id)) services[service.id] = service.name;
  }
  return { groups, services };
}

/** Every derived German file, by file name within `locales/de/`. */
export function sourceFiles(
  catalogue: CatalogueDocument,
  forms: readonly FormDefinition[],
): Record<string, ContentStrings | FormStrings> {
  const files: Record<string, ContentStrings | FormStrings> = {
    'content.json': contentStrings(catalogue, forms),
  };
  for (const form of translatedForms(forms)) {
    files[`${formNamespace(form.id)}.json`] = formStrings(form);
  }
  return files;
}
