/**
 * A form as the page shows it: its words in the UI language (German where a translation is
 * missing, marked), and in the dual-language assisted view also in the citizen's language.
 * Structure, ids and expressions never change, so validation (German definition, in the worker)
 * and rendering (this view) agree on every path; what is sent to the office stays German.
 */
import type { FieldElement, FormDefinition, FormElement } from './model/form-definition.ts';
import { formNamespace, localizeForm, type FormStrings } from './model/form-strings.ts';
import { ensureLanguage, i18n, loadNamespace } from '../i18n/i18n.ts';
import { SOURCE_LANGUAGE, languageDirection } from '../i18n/languages.ts';
import type { SecondaryTexts } from '../ui/fields/index.ts';

/** The form in one language. */
export interface FormInLanguage {
  /** Language code. */
  lang: string;
  /** Writing direction. */
  dir: 'ltr' | 'rtl';
  /** The definition with this language's words. */
  form: FormDefinition;
  /** Keys of texts that stayed German (see LocalizedForm). */
  german: ReadonlySet<string>;
  /** Elements by id. */
  byId: ReadonlyMap<string, FormElement>;
}

/** What the form screen renders from. */
export interface FormView {
  /** The form in the UI language. */
  primary: FormInLanguage;
  /** The form in the citizen's language, when the dual-language view is on. */
  citizen: FormInLanguage | null;
}

function indexElements(elements: FormElement[], into = new Map<string, FormElement>()) {
  for (const element of elements) {
    into.set(element.id, element);
    if (element.kind === 'group') indexElements(element.children, into);
  }
  return into;
}

/** The form's words in a language, loading its translation file if there is one. */
export async function formInLanguage(
  definition: FormDefinition,
  lang: string,
): Promise<FormInLanguage> {
  const dir = languageDirection(lang);
  if (lang === SOURCE_LANGUAGE) {
    return {
      lang,
      dir,
      form: definition,
      german: new Set(),
      byId: indexElements(definition.elements),
    };
  }
  const ns = formNamespace(definition.id);
  // The UI words too (yes/no answers in the citizen's language in the dual-language view).
  const [found] = await Promise.all([loadNamespace(lang, ns), ensureLanguage(lang)]);
  const strings = found ? (i18n.getResourceBundle(lang, ns) as FormStrings) : undefined;
  const { definition: form, german } = localizeForm(definition, strings);
  return { lang, dir, form, german, byId: indexElements(form.elements) };
}

/** The view for a UI language and an optional citizen language (ignored when the same). */
export async function formView(
  definition: FormDefinition,
  uiLang: string,
  citizenLang: string | null,
): Promise<FormView> {
  const [primary, citizen] = await Promise.all([
    formInLanguage(definition, uiLang),
    citizenLang && citizenLang !== uiLang ? formInLanguage(definition, citizenLang) : null,
  ]);
  return { primary, citizen };
}

/** Whether every text of the form stayed German (no translation of this form at all). */
export const wholeFormGerman = (view: FormInLanguage): boolean =>
  view.lang !== SOURCE_LANGUAGE && view.german.has('title');

/** "de" when an element's own words are untranslated in the primary language, else ''. */
export function textLangOf(view: FormInLanguage, elementId: string): string {
  return view.german.has(`${elementId}.label`) ? SOURCE_LANGUAGE : '';
}

/** An element's words in the citizen's language, for the field's `secondary` property. */
export function secondaryTexts(view: FormView, field: FieldElement): SecondaryTexts | null {
  const { citizen } = view;
  const element = citizen?.byId.get(field.id);
  // Words the citizen's language lacks would only repeat the German: show nothing extra.
  if (!citizen || element?.kind !== 'field' || citizen.german.has(`${field.id}.label`)) return null;
  const list = element.codeListId ? citizen.form.codeLists[element.codeListId] : undefined;
  return {
    lang: citizen.lang,
    dir: citizen.dir,
    label: element.label,
    ...(element.hint ? { hint: element.hint } : {}),
    ...(element.help ? { help: element.help } : {}),
    ...(list ? { options: Object.fromEntries(list.entries.map((e) => [e.code, e.label])) } : {}),
  };
}

/** A group's or step's heading in the citizen's language, or undefined (also when untranslated). */
export function citizenLabel(view: FormView, elementId: string): string | undefined {
  if (view.citizen?.german.has(`${elementId}.label`)) return undefined;
  return view.citizen?.byId.get(elementId)?.label;
}
