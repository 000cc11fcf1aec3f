import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles } from '../theme.ts';
import { renderOptions, optionStyles, type ChoiceOption } from './choice-options.ts';
import { FieldElement } from './field-element.ts';
import { fieldStyles } from './field-styles.ts';

/** A question with answers to choose: radios (one) or, with `multiple`, checkboxes (several). */
@customElement('lotse-choice-field')
export class LotseChoiceField extends FieldElement {
  static override styles = [baseStyles, fieldStyles, optionStyles];

  /** The answers to choose from. */
  @property({ attribute: false }) options: ChoiceOption[] = [];

  /** Checkboxes (value string[]) instead of radios (value string, "" when none). */
  @property({ type: Boolean }) multiple = false;

  /** The chosen code (radios) or codes in option order (checkboxes). */
  @property({ attribute: false }) value: string | string[] = '';

  /** Options side by side instead of one per row (short answers only). */
  @property({ type: Boolean }) inline = false;

  /** Id of the first option's input. */
  get inputId(): string {
    return 'option-0';
  }

  override render() {
    const chosen = new Set(Array.isArray(this.value) ? this.value : [this.value]);
    return html`<div class=${this.fieldClass} @focusout=${this.onFocusOut}>
      <fieldset aria-describedby=${this.describedBy()}>
        <legend class="label">${this.renderLabel()}</legend>
        ${this.renderDescription()}
        ${renderOptions({
          type: this.multiple ? 'checkbox' : 'radio',
          options: this.options,
          isChecked: (value) => chosen.has(value),
          invalid: Boolean(this.error),
          required: this.required,
          secondary: this.secondary,
          inline: this.inline,
          onChange: this.onChange,
        })}
      </fieldset>
    </div>`;
  }

  private readonly onChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (this.multiple) {
      const checked = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input:checked')];
      this.value = checked.map((box) => box.value);
    } else {
      this.value = input.value;
    }
    this.emitValue(this.value);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-choice-field': LotseChoiceField;
  }
}
