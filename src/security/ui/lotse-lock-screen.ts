import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { i18n, t } from '../../i18n/i18n.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { baseStyles } from '../../ui/theme.ts';
import { workerApi } from '../../catalogue/worker-client.ts';
import type { ProfileSummary } from '../store/profiles.ts';
import type { UnlockResult } from '../store/session.ts';
import { securityStyles } from './security-styles.ts';
import { announceSessionChange } from './session-events.ts';
import { formatWait } from './format-wait.ts';
import './lotse-profile-form.ts';

/** What the last try said (translated at render time, so a language switch follows). */
type Notice =
  | { kind: 'wrong'; attemptsLeft: number; warn: boolean }
  | { kind: 'wait'; ms: number }
  | { kind: 'wiped'; name: string }
  | { kind: 'unknown' }
  | null;

/**
 * The lock screen, shown by the app shell instead of its content while profiles exist and none
 * is unlocked. It shows profile names only: no drafts, no titles. Wrong PINs answer with the
 * tries left; before the last tries a warning says the profile's data will be wiped; during the
 * policy's delay a countdown runs; after the wipe a notice says so. "Neues Profil" creates a
 * staff profile.
 */
@customElement('lotse-lock-screen')
export class LotseLockScreen extends LitElement {
  static override styles = [baseStyles, securityStyles];

  @state() private profiles: ProfileSummary[] | undefined;
  @state() private selected = '';
  @state() private notice: Notice = null;
  @state() private pinMissing = false;
  @state() private retryAt = 0;
  @state() private now = Date.now();
  @state() private busy = false;
  @state() private creating = false;
  /** Polite announcement (checking, the wait is over). */
  @state() private status = '';
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load().then(() => this.focusHeading());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  private async load(): Promise<void> {
    const profiles = await workerApi().listProfiles();
    this.profiles = profiles;
    const chosen = profiles.find((profile) => profile.id === this.selected) ?? profiles[0];
    this.selected = chosen?.id ?? '';
    this.startCountdown(chosen?.lockedUntil ?? 0);
  }

  private get profile(): ProfileSummary | undefined {
    return this.profiles?.find((profile) => profile.id === this.selected);
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  /** Runs the visible countdown until `retryAt`, then says one may try again. */
  private startCountdown(retryAt: number): void {
    clearInterval(this.ticker);
    this.retryAt = retryAt;
    this.now = Date.now();
    if (retryAt <= this.now) return;
    this.ticker = setInterval(() => {
      this.now = Date.now();
      if (this.now < this.retryAt) return;
      clearInterval(this.ticker);
      this.status = t('common:security.lock.waitDone');
    }, 250);
  }

  private get waiting(): boolean {
    return this.retryAt > this.now;
  }

  private readonly onProfile = (event: Event): void => {
    this.selected = (event.target as HTMLInputElement).value;
    this.notice = null;
    this.pinMissing = false;
    this.startCountdown(this.profile?.lockedUntil ?? 0);
  };

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#pin')!;
    if (this.waiting) {
      this.notice = { kind: 'wait', ms: this.retryAt - Date.now() };
      return;
    }
    this.pinMissing = input.value === '';
    if (this.pinMissing) {
      this.notice = null;
      input.focus();
      return;
    }
    this.busy = true;
    this.status = t('common:security.lock.checking');
    let result: UnlockResult;
    try {
      result = await workerApi().unlock(this.selected, input.value);
    } finally {
      this.busy = false;
      this.status = '';
      input.value = '';
    }
    if (result.ok) {
      announceSessionChange(this, 'unlocked');
      return;
    }
    await this.showFailure(result);
    input.focus();
  };

  private async showFailure(result: Exclude<UnlockResult, { ok: true }>): Promise<void> {
    const name = this.profile?.name ?? '';
    switch (result.reason) {
      case 'wrong':
        this.notice = { kind: 'wrong', attemptsLeft: result.attemptsLeft, warn: result.warn };
        break;
      case 'wait':
        this.notice = { kind: 'wait', ms: result.retryAt - Date.now() };
        break;
      case 'wiped':
        this.notice = { kind: 'wiped', name };
        break;
      case 'unknown':
        this.notice = { kind: 'unknown' };
        break;
    }
    await this.load();
    if ('retryAt' in result) this.startCountdown(result.retryAt);
  }

  private noticeText(): string {
    const notice = this.notice;
    if (!notice) return '';
    switch (notice.kind) {
      case 'wrong': {
        const wrong = t('common:security.lock.wrong', { count: notice.attemptsLeft });
        return notice.warn
          ? `${wrong} ${t('common:security.lock.warning', { count: notice.attemptsLeft })}`
          : wrong;
      }
      case 'wait':
        return t('common:security.lock.wait', { time: formatWait(notice.ms, i18n.language) });
      case 'wiped':
        return t('common:security.lock.wiped', { name: notice.name });
      case 'unknown':
        return t('common:security.lock.unknown');
    }
  }

  override render() {
    const profiles = this.profiles;
    return html`<h1 tabindex="-1">${t('common:security.lock.title')}</h1>
      ${
        this.creating
          ? this.renderCreate()
          : profiles === undefined
            ? html`<p>${t('common:loading')}</p>`
            : profiles.length
              ? this.renderUnlock(profiles)
              : this.renderNoneLeft()
      }`;
  }

  private renderCreate() {
    return html`<h2 tabindex="-1">${t('common:security.profile.title')}</h2>
      <p>${t('common:security.profile.intro')}</p>
      <lotse-profile-form
        kind="staff"
        cancelable
        @lotse-cancel=${() => {
          this.creating = false;
          void this.focusHeading();
        }}
      ></lotse-profile-form>`;
  }

  /** The last profile was wiped: say so before the app opens again. */
  private renderNoneLeft() {
    return html`<p class="message" role="alert">${this.noticeText()}</p>
      <div class="actions">
        <button type="button" @click=${() => announceSessionChange(this, 'wiped')}>
          ${t('common:security.lock.continue')}
        </button>
      </div>`;
  }

  private renderUnlock(profiles: ProfileSummary[]) {
    const profile = this.profile;
    const waiting = this.waiting;
    return html`<p>${t('common:security.lock.intro')}</p>
      <p class="message" role="alert">${this.noticeText()}</p>
      <form novalidate @submit=${this.onSubmit}>
        <fieldset>
          <legend>${t('common:security.lock.profile')}</legend>
          <div class="profiles">
            ${profiles.map(
              (candidate) =>
                html`<label>
                  <input
                    type="radio"
                    name="profile"
                    .value=${candidate.id}
                    .checked=${candidate.id === this.selected}
                    @change=${this.onProfile}
                  />
                  <span dir="auto">${candidate.name}</span>
                </label>`,
            )}
          </div>
        </fieldset>
        ${
          profile?.warn
            ? html`<p class="warning" id="warning">
                <strong>${t('common:security.lock.warningLabel')}</strong>
                ${t('common:security.lock.warning', { count: profile.attemptsLeft })}
              </p>`
            : nothing
        }
        <div class="field ${this.pinMissing ? 'has-error' : ''}">
          <label for="pin">${t('common:security.lock.pin')}</label>
          ${
            this.pinMissing
              ? html`<p class="error-message" id="pin-error">
                  <span class="visually-hidden">${t('common:security.errorPrefix')}</span>
                  ${t('common:security.lock.empty')}
                </p>`
              : nothing
          }
          <input
            id="pin"
            type="password"
            autocomplete="current-password"
            aria-invalid=${this.pinMissing ? 'true' : 'false'}
            aria-describedby=${
              [this.pinMissing ? 'pin-error' : '', profile?.warn ? 'warning' : '']
                .filter(Boolean)
                .join(' ') || nothing
            }
          />
        </div>
        ${
          waiting
            ? html`<p class="countdown" id="countdown">
                ${t('common:security.lock.wait', {
                  time: formatWait(this.retryAt - this.now, i18n.language),
                })}
              </p>`
            : nothing
        }
        <div class="actions">
          <button
            type="submit"
            aria-disabled=${waiting || this.busy ? 'true' : 'false'}
            aria-describedby=${waiting ? 'countdown' : nothing}
          >
            ${t('common:security.lock.unlock')}
          </button>
        </div>
      </form>
      <p class="status" role="status">${this.status}</p>
      <div class="actions">
        <button type="button" class="secondary" @click=${this.onCreate}>
          ${t('common:security.lock.newProfile')}
        </button>
      </div>`;
  }

  private readonly onCreate = async (): Promise<void> => {
    this.creating = true;
    this.notice = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-lock-screen': LotseLockScreen;
  }
}
