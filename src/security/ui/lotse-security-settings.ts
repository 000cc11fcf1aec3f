import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { baseStyles } from '../../ui/theme.ts';
import { workerApi } from '../../catalogue/worker-client.ts';
import type { SessionState } from '../store/session.ts';
import type { ProfileKind } from '../store/profile-rows.ts';
import { securityStyles } from './security-styles.ts';
import { securitySettings } from './security-settings.ts';
import { announceSessionChange } from './session-events.ts';
import { enrollmentProblem } from './enrollment-problem.ts';
import './lotse-profile-form.ts';

/**
 * "Gerät und Datenschutz" (`/einrichten`): how long data stays, the unlocked profile with
 * "Profil löschen" (after a confirmation dialog), "Dieses Gerät für Mitarbeitende einrichten"
 * with an administrator's enrollment code, and on a citizen's device without profiles "Meine
 * Anträge mit einem Passwort schützen" (a citizen profile; the lock screen applies from then on).
 */
@customElement('lotse-security-settings')
export class LotseSecuritySettings extends LitElement {
  static override styles = [baseStyles, securityStyles];

  @state() private session: SessionState | undefined;
  @state() private deviceKind: ProfileKind | null = null;
  @state() private enrollError = '';
  @state() private enrollStatus = '';
  @state() private busy = false;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('#code') private codeInput?: HTMLInputElement;

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('lotse-session-change', this.onSessionChange);
    void this.load();
    this.dispatchEvent(
      new CustomEvent('lotse-page-title', {
        detail: { title: t('common:security.settings.title') },
        bubbles: true,
        composed: true,
      }),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('lotse-session-change', this.onSessionChange);
  }

  private readonly onSessionChange = (): void => void this.load();

  private async load(): Promise<void> {
    const [session, deviceKind] = await Promise.all([
      workerApi().sessionState(),
      workerApi().deviceKind(),
    ]);
    this.session = session;
    this.deviceKind = deviceKind;
  }

  private readonly onEnroll = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const code = this.codeInput?.value.trim() ?? '';
    this.enrollStatus = '';
    if (!code) {
      this.enrollError = 'empty';
      this.codeInput?.focus();
      return;
    }
    this.busy = true;
    this.enrollError = '';
    this.enrollStatus = t('common:security.enroll.busy');
    try {
      const result = await workerApi().enrollDevice(code);
      if (!result.ok) {
        this.enrollStatus = '';
        this.enrollError = enrollmentProblem(result.code);
        await this.updateComplete;
        this.codeInput?.focus();
        return;
      }
      this.enrollStatus = t('common:security.enroll.done');
      this.deviceKind = result.kind;
      announceSessionChange(this, 'enrolled');
    } finally {
      this.busy = false;
    }
  };

  private async askRemove(): Promise<void> {
    await this.updateComplete;
    this.dialog!.returnValue = '';
    this.dialog!.showModal();
    // The safe choice has the focus: a destructive default would lose every application.
    this.dialog!.querySelector<HTMLButtonElement>('button[value=cancel]')?.focus();
  }

  private readonly onDialogClose = async (): Promise<void> => {
    const session = this.session;
    if (this.dialog?.returnValue !== 'remove' || session?.state !== 'unlocked') {
      this.renderRoot.querySelector<HTMLButtonElement>('#remove')?.focus();
      return;
    }
    await workerApi().removeProfile(session.profile.id);
    announceSessionChange(this, 'removed');
  };

  override render() {
    const session = this.session;
    const { sentDays, staleDays, staleGraceDays } = securitySettings();
    return html`<h1 tabindex="-1">${t('common:security.settings.title')}</h1>
      <p>${t('common:security.settings.retention', { count: sentDays })}</p>
      <p>
        ${t('common:security.settings.stale', { count: staleDays })}
        ${t('common:security.settings.staleGrace', { count: staleGraceDays })}
      </p>
      ${session?.state === 'unlocked' ? this.renderOwn(session.profile) : nothing}
      ${session ? this.renderEnroll() : nothing}
      ${session?.state === 'open' && this.deviceKind !== 'staff' ? this.renderCitizen() : nothing}
      ${
        session?.state === 'unlocked' && session.profile.kind === 'citizen'
          ? html`<p>${t('common:security.citizen.done')}</p>`
          : nothing
      }`;
  }

  private renderOwn(profile: { name: string }) {
    return html`<section aria-labelledby="own-title">
      <h2 id="own-title">${t('common:security.own.title')}</h2>
      <p>${t('common:security.bar.profile')} <bdi>${profile.name}</bdi></p>
      <div class="actions">
        <button id="remove" type="button" class="secondary" @click=${() => void this.askRemove()}>
          ${t('common:security.own.remove')}
        </button>
      </div>
      <dialog aria-labelledby="remove-title" @close=${this.onDialogClose}>
        <h2 id="remove-title">${t('common:security.own.confirmTitle', { name: profile.name })}</h2>
        <p>${t('common:security.own.confirmText')}</p>
        <form method="dialog" class="actions">
          <button value="remove" class="danger">${t('common:security.own.confirm')}</button>
          <button value="cancel" class="secondary">${t('common:security.own.cancel')}</button>
        </form>
      </dialog>
    </section>`;
  }

  private renderEnroll() {
    const error = this.enrollError;
    return html`<section aria-labelledby="enroll-title">
      <h2 id="enroll-title">${t('common:security.enroll.title')}</h2>
      ${
        this.deviceKind === 'staff'
          ? html`<p>${t('common:security.enroll.done')}</p>`
          : html`<p>${t('common:security.enroll.intro')}</p>
              <form novalidate @submit=${this.onEnroll}>
                <div class="field ${error ? 'has-error' : ''}">
                  <label for="code">${t('common:security.enroll.code')}</label>
                  <p class="hint" id="code-hint">${t('common:security.enroll.codeHint')}</p>
                  ${
                    error
                      ? html`<p class="error-message" id="code-error">
                          <span class="visually-hidden">${t('common:security.errorPrefix')}</span>
                          ${t(`common:security.enroll.errors.${error}`)}
                        </p>`
                      : nothing
                  }
                  <input
                    id="code"
                    type="text"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    aria-invalid=${error ? 'true' : 'false'}
                    aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
                  />
                </div>
                <div class="actions">
                  <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
                    ${t('common:security.enroll.submit')}
                  </button>
                </div>
              </form>`
      }
      <p class="status" role="status">${this.enrollStatus}</p>
    </section>`;
  }

  private renderCitizen() {
    return html`<section aria-labelledby="citizen-title">
      <h2 id="citizen-title">${t('common:security.citizen.title')}</h2>
      <p>${t('common:security.citizen.intro')}</p>
      <lotse-profile-form
        kind="citizen"
        .submitLabel=${t('common:security.citizen.create')}
      ></lotse-profile-form>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-security-settings': LotseSecuritySettings;
  }
}
