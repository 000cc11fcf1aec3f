import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { emit, type FieldValue } from './field-events.ts';

/**
 * The same question in a second language, shown under the first (the dual-language assisted
 * view: the staff member reads one language, the citizen the other).
 */
export interface SecondaryTexts {
  /** Language code of these texts. */
  lang: string;
  /** Their writing direction. */
  dir: 'ltr' | 'rtl';
  /** The question. */
  label: string;
  /** Its hint, if any. */
  hint?: string;
  /** Its help, if any. */
  help?: string;
  /** Option code → label, for choice questions. */
  options?: Readonly<Record<string, string>>;
}

/** Where a field shows its help text. */
export type HelpDisplay = 'details' | 'inline';

/**
 * The parts every value field shares: label, hint, help, error, required, the value/blur events
 * and `focus()` onto its first input. Texts come in already translated by the caller.
 */
export abstract class FieldElement extends LitElement {
  /** The question, already translated; becomes the input's (or fieldset's) accessible name. */
  @property() label = '';

  /** Short hint under the label, part of the input's accessible description. */
  @property() hint = '';

  /** Longer plain-language help; shown per `helpDisplay`. */
  @property() help = '';

  /** "details" hides the help behind an expandable "Hilfe" summary; "inline" shows a paragraph. */
  @property({ attribute: 'help-display' }) helpDisplay: HelpDisplay = 'details';

  /** Error message, already translated and saying how to fix it; empty when there is none. */
  @property() error = '';

  /**
   * Language of label, hint and help when it differs from the page's: set to "de" when the
   * question has no translation yet, which also shows a visible "in German" marker.
   */
  @property({ attribute: false }) textLang = '';

  /** The same texts in a second language, or null. */
  @property({ attribute: false }) secondary: SecondaryTexts | null = null;

  /** Announces the field as required (aria-required / required). */
  @property({ type: Boolean }) required = false;

  /** Id of the first input inside the shadow root (what `focus()` focuses). */
  abstract get inputId(): string;

  constructor() {
    super();
    new I18nController(this);
  }

  /** Focuses the field's first input, or its chosen radio (used by the error summary). */
  override focus(options?: FocusOptions): void {
    const target =
      this.renderRoot.querySelector<HTMLElement>('input[type=radio]:checked') ??
      this.renderRoot.querySelector<HTMLElement>(`#${this.inputId}`);
    target?.focus(options);
  }

  /** Emits `lotse-value-change` with the whole new value. */
  protected emitValue(value: FieldValue): void {
    emit(this, 'lotse-value-change', { value });
  }

  /** Emits `lotse-field-blur` only when focus leaves all of the field's inputs. */
  protected readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Node && this.renderRoot.contains(next)) return;
    emit(this, 'lotse-field-blur', {});
  };

  /** Space-separated ids of hint, error and extra description parts that are shown. */
  protected describedBy(...extra: (string | false | null | undefined)[]): string | typeof nothing {
    const ids = [this.hint && 'hint', this.error && 'error', ...extra].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  /** "true" when there is an error, for aria-invalid. */
  protected get invalid(): 'true' | typeof nothing {
    return this.error ? 'true' : nothing;
  }

  /** A text in the second language, isolated in its own direction, or nothing. */
  protected secondaryText(text: string | undefined): TemplateResult | typeof nothing {
    const { secondary } = this;
    if (!secondary || !text) return nothing;
    return html`<span class="second-language" lang=${secondary.lang} dir=${secondary.dir}
      >${text}</span
    >`;
  }

  /** The label's content: the question, an "in German" marker if untranslated, the second language. */
  protected renderLabel(): TemplateResult {
    const marker = this.textLang
      ? html` <span class="in-german">(${t('ui:field.inGerman')})</span>`
      : nothing;
    return html`<span lang=${this.textLang || nothing} dir=${this.textLang ? 'auto' : nothing}
        >${this.label}</span
      >${marker}${this.secondaryText(this.secondary?.label)}`;
  }

  /** The hint paragraph, when there is a hint. */
  protected renderHint(): TemplateResult | typeof nothing {
    return this.hint
      ? html`<p id="hint" class="hint">
          <span lang=${this.textLang || nothing}>${this.hint}</span>${this.secondaryText(
            this.secondary?.hint,
          )}
        </p>`
      : nothing;
  }

  /** The help text as an expandable summary or a paragraph, when there is help. */
  protected renderHelp(): TemplateResult | typeof nothing {
    if (!this.help) return nothing;
    const body = html`<span lang=${this.textLang || nothing}>${this.help}</span
      >${this.secondaryText(this.secondary?.help)}`;
    if (this.helpDisplay === 'inline') return html`<p class="help">${body}</p>`;
    return html`<details>
      <summary>${t('ui:field.help')}</summary>
      <div>${body}</div>
    </details>`;
  }

  /** The error message with its visually hidden "Fehler:" prefix, when there is an error. */
  protected renderError(): TemplateResult | typeof nothing {
    if (!this.error) return nothing;
    return html`<p id="error" class="error-message">
      <span class="visually-hidden">${t('ui:field.errorPrefix')}</span> ${this.error}
    </p>`;
  }

  /** Hint, help and error in GOV.UK order (between the label and the input). */
  protected renderDescription(): TemplateResult {
    return html`${this.renderHint()}${this.renderHelp()}${this.renderError()}`;
  }

  /** Class list of the field wrapper. */
  protected get fieldClass(): string {
    return this.error ? 'field has-error' : 'field';
  }
}
