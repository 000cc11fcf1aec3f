import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.ts';
import { baseStyles } from '../theme.ts';
import { renderOptions, optionStyles } from './choice-options.ts';
import { FieldElement } from './field-element.ts';
import { fieldStyles } from './field-styles.ts';

/** A yes/no question: two radios Ja / Nein side by side. */
@customElement('lotse-yes-no-field')
export class LotseYesNoField extends FieldElement {
  static override styles = [baseStyles, fieldStyles, optionStyles];

  /** true = Ja, false = Nein, null = not answered yet. */
  @property({ attribute: false }) value: boolean | null = null;

  /** Id of the "Ja" radio. */
  get inputId(): string {
    return 'option-0';
  }

  override render() {
    return html`<div class=${this.fieldClass} @focusout=${this.onFocusOut}>
      <fieldset aria-describedby=${this.describedBy()}>
        <legend class="label">${this.renderLabel()}</legend>
        ${this.renderDescription()}
        ${renderOptions({
          type: 'radio',
          options: [
            { value: 'yes', label: t('ui:yesNo.yes'), secondary: this.inSecondary('ui:yesNo.yes') },
            { value: 'no', label: t('ui:yesNo.no'), secondary: this.inSecondary('ui:yesNo.no') },
          ],
          isChecked: (value) => (value === 'yes' ? this.value === true : this.value === false),
          invalid: Boolean(this.error),
          required: this.required,
          secondary: this.secondary,
          inline: true,
          onChange: this.onChange,
        })}
      </fieldset>
    </div>`;
  }

  /** A UI string in the second language, when the dual-language view is on. */
  private inSecondary(key: 'ui:yesNo.yes' | 'ui:yesNo.no'): string | undefined {
    return this.secondary ? t(key, { lng: this.secondary.lang }) : undefined;
  }

  private readonly onChange = (event: Event): void => {
    this.value = (event.target as HTMLInputElement).value === 'yes';
    this.emitValue(this.value);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-yes-no-field': LotseYesNoField;
  }
}
