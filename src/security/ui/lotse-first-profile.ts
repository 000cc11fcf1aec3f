import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { baseStyles } from '../../ui/theme.ts';
import { securityStyles } from './security-styles.ts';
import './lotse-profile-form.ts';

/**
 * Shown instead of the app on a staff-enrolled device that has no profile yet: every staff
 * member works under their own profile, so the first one is created before anything else.
 */
@customElement('lotse-first-profile')
export class LotseFirstProfile extends LitElement {
  static override styles = [baseStyles, securityStyles];

  constructor() {
    super();
    new I18nController(this);
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  override render() {
    return html`<h1 tabindex="-1">${t('common:security.profile.firstTitle')}</h1>
      <p>${t('common:security.profile.firstIntro')}</p>
      <lotse-profile-form kind="staff"></lotse-profile-form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-first-profile': LotseFirstProfile;
  }
}
