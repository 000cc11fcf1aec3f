import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles } from './theme.ts';

/** A labelled progress bar with the percentage also as text (not by the bar alone). */
@customElement('lotse-progress')
export class LotseProgress extends LitElement {
  static override styles = [
    baseStyles,
    css`
      progress {
        inline-size: 100%;
        block-size: 1rem;
        accent-color: var(--lotse-brand);
      }
      p {
        margin-block: var(--lotse-space-xs);
      }
    `,
  ];

  /** What is in progress, e.g. "Katalog wird geladen". */
  @property() label = '';

  /** Progress from 0 to 1; null when the total is unknown. */
  @property({ type: Number }) value: number | null = null;

  /** The percentage as shown to the user (already formatted for the language). */
  @property() valueText = '';

  override render() {
    return html`
      <p id="label">${this.label}</p>
      <progress
        aria-labelledby="label"
        aria-valuetext=${this.valueText}
        max="1"
        .value=${this.value ?? 0}
        ?indeterminate=${this.value === null}
      ></progress>
      <p aria-hidden="true">${this.valueText}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-progress': LotseProgress;
  }
}
