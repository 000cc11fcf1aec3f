import { css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { t } from '../../i18n/i18n.ts';
import { baseStyles } from '../theme.ts';
import { FieldElement } from './field-element.ts';
import type { DatePart, DateValue } from './field-events.ts';
import { fieldStyles } from './field-styles.ts';

const PARTS: readonly { part: DatePart; bday: string }[] = [
  { part: 'day', bday: 'bday-day' },
  { part: 'month', bday: 'bday-month' },
  { part: 'year', bday: 'bday-year' },
];

/** A date as GOV.UK asks for it: a fieldset with three boxes Tag / Monat / Jahr, kept as typed. */
@customElement('lotse-date-field')
export class LotseDateField extends FieldElement {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      .parts {
        display: flex;
        flex-wrap: wrap;
        gap: var(--lotse-space-m);
      }
      .part label {
        display: block;
      }
      /* Widths as classes, not style attributes: the CSP allows no inline styles. */
      .part input {
        --chars: 2;
        inline-size: calc(var(--chars) * 1ch + 1.5rem);
      }
      .part input#year {
        --chars: 4;
      }
    `,
  ];

  /** The date as typed; each part a string, empty when not typed yet. */
  @property({ attribute: false }) value: DateValue = { day: '', month: '', year: '' };

  /** Parts to highlight as wrong; all parts when there is an error and this is empty. */
  @property({ attribute: false }) invalidParts: DatePart[] = [];

  /** Offers the browser's autofill for a birth date (bday-day, bday-month, bday-year). */
  @property({ type: Boolean }) birthday = false;

  /** Id of the first input (the day). */
  get inputId(): string {
    return 'day';
  }

  override render() {
    return html`<div class=${this.fieldClass} @focusout=${this.onFocusOut}>
      <fieldset aria-describedby=${this.describedBy()}>
        <legend class="label">${this.renderLabel()}</legend>
        ${this.renderDescription()}
        <div class="parts">${PARTS.map((part) => this.renderPart(part))}</div>
      </fieldset>
    </div>`;
  }

  private renderPart({ part, bday }: (typeof PARTS)[number]) {
    const invalid =
      this.error && (this.invalidParts.length === 0 || this.invalidParts.includes(part));
    return html`<div class="part">
      <label for=${part}>${t(`ui:date.${part}`)}</label>
      <input
        id=${part}
        type="text"
        inputmode="numeric"
        autocomplete=${this.birthday ? bday : 'off'}
        spellcheck="false"
        .value=${live(this.value[part])}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-required=${this.required ? 'true' : nothing}
        @input=${(event: Event) => this.onInput(part, event)}
      />
    </div>`;
  }

  private onInput(part: DatePart, event: Event): void {
    this.value = { ...this.value, [part]: (event.target as HTMLInputElement).value };
    this.emitValue(this.value);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-date-field': LotseDateField;
  }
}
