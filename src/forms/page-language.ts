/**
 * The guided page in words: its heading element, what read-aloud says, the read-aloud button,
 * and error messages with the question's words in the UI language. Split from the forms screen,
 * which keeps only state and flow.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FormDefinition, FormElement } from './model/form-definition.ts';
import { messageKey, type FieldError, type VisibleElement } from '../validation/index.ts';
import { t } from '../i18n/i18n.ts';
import type { FormInLanguage } from './form-view.ts';
import type { GuidedPage } from './guided-pages.ts';
import type { ReadAloudController } from './read-aloud.ts';

/** The element whose label heads a guided page: the repeatable group, or the page's topic. */
export function headingElementOf(form: FormDefinition, page: GuidedPage): FormElement {
  if (page.kind === 'repeat') return page.element;
  const topic = page.path.split(/[.[]/)[0] ?? '';
  return form.elements.find((element) => element.id === topic) ?? page.element;
}

/** What a page says, in one language: heading, then each visible question with hint and help. */
export function pageText(
  page: GuidedPage,
  language: FormInLanguage,
  visible: ReadonlyMap<string, VisibleElement>,
): string {
  const headingId = headingElementOf(language.form, page).id;
  const parts = [language.byId.get(headingId)?.label ?? ''];
  for (const [path, entry] of visible) {
    const onPage =
      path === page.path || path.startsWith(`${page.path}.`) || path.startsWith(`${page.path}[`);
    const element = language.byId.get(entry.element.id);
    if (!onPage || !element || element.id === headingId) continue;
    parts.push(element.label);
    if (element.kind === 'field' && element.hint) parts.push(element.hint);
    if (element.help) parts.push(element.help);
  }
  for (const info of page.infos) {
    const element = language.byId.get(info.id);
    if (element) parts.push(element.label, element.help ?? '');
  }
  return parts.filter(Boolean).join('\n');
}

/**
 * "Read aloud" for a page's question and help in one language (the citizen's in the
 * dual-language view, else the UI's); absent when the device has no voice for it.
 */
export function readAloudButton(
  voice: ReadAloudController,
  language: FormInLanguage | undefined,
  text: () => string,
): TemplateResult | typeof nothing {
  if (!language || !voice.voiceFor(language.lang)) return nothing;
  const speaking = voice.speaking;
  return html`<p class="read-aloud">
    <button
      type="button"
      class="secondary"
      aria-pressed=${speaking ? 'true' : 'false'}
      @click=${() => (speaking ? voice.stop() : voice.speak(text(), language.lang))}
    >
      ${t('forms:readAloud.button')}
    </button>
  </p>`;
}

/**
 * The translated, fix-it message for an error. Validation ran on the German definition, so the
 * question's words in the message are taken from the form in the UI language.
 */
export function errorMessage(error: FieldError, language: FormInLanguage | undefined): string {
  const params: Record<string, unknown> = { ...error.params };
  const element = language?.byId.get(error.elementId);
  if (element) {
    params.label = element.label;
    if (element.kind === 'group' && 'itemLabel' in params) {
      params.itemLabel = element.itemLabel ?? element.label;
    }
    if (element.kind === 'field' && element.hint && 'hint' in params) params.hint = element.hint;
  }
  if (error.code === 'rule') {
    const rule = language?.form.rules.find((candidate) => candidate.id === error.params?.ruleId);
    if (rule?.message) params.message = rule.message;
  }
  return t(`validation:${messageKey(error)}`, params);
}
