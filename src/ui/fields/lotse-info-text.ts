import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles } from '../theme.ts';

/** Information for the reader inside a form (no input): optional heading, text, slotted extras. */
@customElement('lotse-info-text')
export class LotseInfoText extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        margin-block-end: var(--lotse-space-l);
      }
      .info {
        border-inline-start: 5px solid var(--lotse-brand);
        padding-block: var(--lotse-space-xs);
        padding-inline-start: var(--lotse-space-m);
      }
      .heading {
        margin: 0 0 var(--lotse-space-xs);
        font-weight: 700;
        font-size: 1.125rem;
      }
      p {
        margin: 0;
        white-space: pre-line;
        overflow-wrap: anywhere;
      }
    `,
  ];

  /** Optional bold first line, already translated (not a heading element: it sits inside a form). */
  @property() heading = '';

  /** The information, already translated; line breaks are kept. */
  @property() text = '';

  override render() {
    return html`<div class="info">
      ${this.heading ? html`<p class="heading">${this.heading}</p>` : nothing}
      ${this.text ? html`<p>${this.text}</p>` : nothing}
      <slot></slot>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-info-text': LotseInfoText;
  }
}
