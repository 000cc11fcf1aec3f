import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { t } from '../../i18n/i18n.ts';
import { baseStyles } from '../theme.ts';
import { FieldElement } from './field-element.ts';
import { fieldStyles } from './field-styles.ts';

/** Keyboards `inputmode` can ask for. */
export type InputMode =
  'text' | 'numeric' | 'decimal' | 'tel' | 'email' | 'url' | 'search' | 'none';

// Announce the remaining characters only after a typing pause, not on every keystroke.
const COUNT_ANNOUNCE_DELAY_MS = 1000;

/** A single-line or multi-line text question; `maxlength` is a counter, never a typing block. */
@customElement('lotse-text-field')
export class LotseTextField extends FieldElement {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      input.sized {
        max-inline-size: calc(var(--input-chars) * 1ch + 1.25rem);
      }
    `,
  ];

  /** The text as typed. */
  @property() value = '';

  /** Renders a textarea instead of a single-line input. */
  @property({ type: Boolean }) multiline = false;

  /** Visible lines of the textarea. */
  @property({ type: Number }) rows = 5;

  /** Keyboard to show on touch devices. */
  @property() inputmode: InputMode = 'text';

  /** Autofill token (e.g. "given-name", "postal-code"); empty for none. */
  @property() autocomplete = '';

  /** Suggested most characters; shown as a live counter, typing beyond it stays possible. */
  @property({ type: Number }) maxlength: number | null = null;

  /** Width of a single-line input in characters (e.g. 5 for a Postleitzahl); 0 = full width. */
  @property({ type: Number }) width = 0;

  /** Whether the browser checks spelling (off for names, codes, numbers); attribute "false" = off. */
  @property({ converter: { fromAttribute: (value: string | null) => value !== 'false' } })
  override spellcheck = true;

  /** The counter text screen readers hear after a typing pause. */
  @state() private announcedCount = '';

  private countTimer: ReturnType<typeof setTimeout> | undefined;

  /** Id of the input. */
  /** The width reaches the shadow styles as a custom property (CSSOM: the CSP allows no style attributes). */
  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('width')) return;
    if (this.width) this.style.setProperty('--input-chars', String(this.width));
    else this.style.removeProperty('--input-chars');
  }

  get inputId(): string {
    return 'input';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.countTimer);
  }

  override render() {
    const counter = this.maxlength !== null ? this.countText() : '';
    const describedBy = this.describedBy(counter && 'count');
    return html`<div class=${this.fieldClass} @focusout=${this.onFocusOut}>
      <label class="label" for="input">${this.renderLabel()}</label>
      ${this.renderDescription()}
      ${
        this.multiline
          ? html`<textarea
              id="input"
              dir="auto"
              rows=${this.rows}
              .value=${live(this.value)}
              inputmode=${this.inputmode}
              autocomplete=${ifDefined(this.autocomplete || undefined)}
              spellcheck=${this.spellcheck ? 'true' : 'false'}
              aria-describedby=${describedBy}
              aria-invalid=${this.invalid}
              aria-required=${this.required ? 'true' : nothing}
              @input=${this.onInput}
            ></textarea>`
          : html`<input
              id="input"
              dir="auto"
              type="text"
              class=${this.width ? 'sized' : nothing}
              .value=${live(this.value)}
              inputmode=${this.inputmode}
              autocomplete=${ifDefined(this.autocomplete || undefined)}
              spellcheck=${this.spellcheck ? 'true' : 'false'}
              aria-describedby=${describedBy}
              aria-invalid=${this.invalid}
              aria-required=${this.required ? 'true' : nothing}
              @input=${this.onInput}
            />`
      }
      ${counter ? html`<p id="count" class="hint" aria-hidden="true">${counter}</p>` : nothing}
      <div class="visually-hidden" aria-live="polite">${this.announcedCount}</div>
    </div>`;
  }

  private countText(): string {
    const left = (this.maxlength ?? 0) - [...this.value].length;
    return left >= 0
      ? t('ui:field.charactersLeft', { count: left })
      : t('ui:field.charactersTooMany', { count: -left });
  }

  private readonly onInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.emitValue(this.value);
    if (this.maxlength === null) return;
    clearTimeout(this.countTimer);
    this.countTimer = setTimeout(() => {
      this.announcedCount = this.countText();
    }, COUNT_ANNOUNCE_DELAY_MS);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-text-field': LotseTextField;
  }
}
