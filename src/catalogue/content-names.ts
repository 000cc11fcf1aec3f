/**
 * Names from the catalogue in the UI language: Themenfelder, Lebenslagen and the services that
 * have a Lotse form are translated (`locales/<lng>/content.json`); every other name is shown in
 * German, tagged `lang="de"` so screen readers switch voice, and lists say so once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { hasOwnTranslation, i18n, t } from '../i18n/i18n.ts';
import { SOURCE_LANGUAGE } from '../i18n/languages.ts';
import type { TranslatedKind, TranslatedName } from './translated-matches.ts';

/** A name as shown: its text, and "de" when it is the German original in another language. */
export interface ShownName {
  /** The text. */
  text: string;
  /** "de" when untranslated in a non-German UI, else undefined. */
  lang: string | undefined;
}

/** Something with a catalogue id and a German name. */
export interface Named {
  id: string;
  name: string;
}

/** The name of a group ('groups') or service ('services') in the UI language. */
export function shownName(kind: 'groups' | 'services', item: Named): ShownName {
  const lng = i18n.language;
  if (lng === SOURCE_LANGUAGE) return { text: item.name, lang: undefined };
  const key = `${kind}.${item.id}`;
  if (hasOwnTranslation(lng, key, 'content')) return { text: t(`content:${key}`), lang: undefined };
  return { text: item.name, lang: SOURCE_LANGUAGE };
}

/** Whether German names need a visible note in the current UI language. */
const marksGerman = (): boolean => !i18n.language.startsWith(SOURCE_LANGUAGE);

/** A visible "(in German)" after one German name, e.g. in a heading. */
export function germanMarker(name: ShownName): TemplateResult | typeof nothing {
  return name.lang && marksGerman()
    ? html` <span class="in-german">(${t('catalogue:inGerman.one')})</span>`
    : nothing;
}

/** One note above a list when some of its names are German. */
export function germanListNote(names: readonly ShownName[]): TemplateResult | typeof nothing {
  return marksGerman() && names.some((name) => name.lang)
    ? html`<p class="hint in-german-note">${t('catalogue:inGerman.list')}</p>`
    : nothing;
}

/** The shape of `locales/<lng>/content.json`. */
interface ContentBundle {
  groups?: Record<string, string>;
  services?: Record<string, string>;
}

/** A group's level from its id prefix (`tf-`, `ll-`, `ozg-`; see CatalogueGroup). */
function groupKind(id: string): TranslatedKind {
  if (id.startsWith('tf-')) return 'themenfeld';
  return id.startsWith('ll-') ? 'lebenslage' : 'leistung';
}

/**
 * Every name a language translates itself (from its loaded `content` bundle, never the German
 * fallback): its Themenfelder, Lebenslagen and form services. Empty when none is loaded.
 */
export function ownTranslatedNames(lng: string): TranslatedName[] {
  const bundle = i18n.getResourceBundle(lng, 'content') as ContentBundle | undefined;
  const groups = Object.entries(bundle?.groups ?? {}).map(([id, name]) => ({
    id,
    kind: groupKind(id),
    name,
  }));
  const services = Object.entries(bundle?.services ?? {}).map(([id, name]) => ({
    id,
    kind: 'service' as const,
    name,
  }));
  return [...groups, ...services];
}
