import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { requestLock } from './session-events.ts';
import { headerButtonStyles } from '../../ui/header-button-styles.ts';

/**
 * The header's part of the session while a profile is unlocked: its name and "Sperren", which
 * locks at once (`lotse-lock-request`). Takes the header's colours (`currentColor`).
 */
@customElement('lotse-session-bar')
export class LotseSessionBar extends LitElement {
  static override styles = [
    headerButtonStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--lotse-space-s);
        max-inline-size: 100%;
        min-inline-size: 0;
      }
      .name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      button:hover {
        text-decoration: underline;
      }
      button:focus-visible {
        outline: 3px solid var(--lotse-focus-accent, #ffdd00);
        outline-offset: 2px;
      }
    `,
  ];

  /** Name of the unlocked profile. */
  @property() name = '';

  constructor() {
    super();
    new I18nController(this);
  }

  override render() {
    return html`<span class="name"
        >${t('common:security.bar.profile')} <bdi>${this.name}</bdi></span
      >
      <button type="button" @click=${() => requestLock(this)}>
        ${t('common:security.bar.lock')}
      </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-session-bar': LotseSessionBar;
  }
}
