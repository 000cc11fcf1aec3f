import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.ts';
import { baseStyles } from '../theme.ts';
import type { ChoiceOption } from './choice-options.ts';
import { FieldElement } from './field-element.ts';
import { fieldStyles } from './field-styles.ts';

/** One answer from a long list: a native select starting with an empty "Bitte wählen" option. */
@customElement('lotse-select-field')
export class LotseSelectField extends FieldElement {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      select {
        inline-size: auto;
        min-inline-size: min(100%, 12rem);
      }
    `,
  ];

  /** The answers (option hints are not shown in a select). */
  @property({ attribute: false }) options: ChoiceOption[] = [];

  /** The chosen code; "" when none. */
  @property() value = '';

  /** Autofill token (e.g. "country-name"); empty for none. */
  @property() autocomplete = '';

  /** Id of the select. */
  get inputId(): string {
    return 'input';
  }

  override render() {
    return html`<div class=${this.fieldClass} @focusout=${this.onFocusOut}>
      <label class="label" for="input">${this.renderLabel()}</label>
      ${this.renderDescription()}
      <select
        id="input"
        autocomplete=${this.autocomplete || nothing}
        aria-describedby=${this.describedBy()}
        aria-invalid=${this.invalid}
        aria-required=${this.required ? 'true' : nothing}
        @change=${this.onChange}
      >
        <option value="" ?selected=${this.value === ''}>${t('ui:select.placeholder')}</option>
        ${this.options.map(
          (option) =>
            html`<option value=${option.value} ?selected=${option.value === this.value}>
              ${option.secondary ? `${option.label} – ${option.secondary}` : option.label}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private readonly onChange = (event: Event): void => {
    this.value = (event.target as HTMLSelectElement).value;
    this.emitValue(this.value);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-select-field': LotseSelectField;
  }
}
