import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { baseStyles } from '../theme.ts';
import { FieldElement } from './field-element.ts';
import { fieldStyles } from './field-styles.ts';

/**
 * A number or money question. A text input with a numeric keyboard (GOV.UK advice: not
 * type=number), so "1.234,50" is kept exactly as typed and checked by validation, not the browser.
 */
@customElement('lotse-number-field')
export class LotseNumberField extends FieldElement {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      .wrap {
        display: flex;
        align-items: center;
        gap: var(--lotse-space-s);
        max-inline-size: 100%;
      }
      input {
        flex: 0 1 auto;
        inline-size: calc(var(--input-chars, 10) * 1ch + 1.25rem);
      }
      .unit {
        font-weight: 700;
        font-size: 1.125rem;
      }
    `,
  ];

  /** The number as typed. */
  @property() value = '';

  /** "decimal" (money, areas) or "numeric" (whole numbers: digits only keyboard). */
  @property() inputmode: 'decimal' | 'numeric' = 'decimal';

  /** Unit shown after the input, e.g. "€" or "m²"; also part of the accessible description. */
  @property() unit = '';

  /** Width of the input in characters. */
  @property({ type: Number }) width = 10;

  /** Autofill token; empty for none. */
  @property() autocomplete = '';

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

  override render() {
    return html`<div class=${this.fieldClass} @focusout=${this.onFocusOut}>
      <label class="label" for="input">${this.renderLabel()}</label>
      ${this.renderDescription()}
      <div class="wrap">
        <input
          id="input"
          type="text"
          .value=${live(this.value)}
          inputmode=${this.inputmode}
          autocomplete=${ifDefined(this.autocomplete || undefined)}
          spellcheck="false"
          aria-describedby=${this.describedBy(this.unit && 'unit')}
          aria-invalid=${this.invalid}
          aria-required=${this.required ? 'true' : nothing}
          @input=${this.onInput}
        />
        ${this.unit ? html`<span id="unit" class="unit">${this.unit}</span>` : nothing}
      </div>
    </div>`;
  }

  private readonly onInput = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value;
    this.emitValue(this.value);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-number-field': LotseNumberField;
  }
}
