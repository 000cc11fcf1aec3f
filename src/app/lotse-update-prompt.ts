import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import type { ApplyUpdate } from './sw-bridge.ts';

/** Offers a new app version; updates only when the user says so. */
@customElement('lotse-update-prompt')
export class LotseUpdatePrompt extends LitElement {
  static override styles = [
    baseStyles,
    css`
      section {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--lotse-space-s) var(--lotse-space-m);
        padding: var(--lotse-space-m);
        background: var(--lotse-warning-bg);
        border-block-end: 2px solid var(--lotse-text);
      }
      p {
        margin: 0;
        flex: 1 1 16rem;
      }
    `,
  ];

  /** Activates the waiting version; set when one is waiting. */
  @property({ attribute: false }) apply: ApplyUpdate | null = null;

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    if (!this.apply) return '';
    return html`
      <section aria-labelledby="update-text">
        <p id="update-text">${t('common:update.available')}</p>
        <button type="button" @click=${this.onUpdate}>${t('common:update.now')}</button>
        <button type="button" class="secondary" @click=${this.onLater}>
          ${t('common:update.later')}
        </button>
      </section>
    `;
  }

  private readonly onUpdate = (): void => this.apply?.();
  private readonly onLater = (): void => {
    this.apply = null;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-update-prompt': LotseUpdatePrompt;
  }
}
