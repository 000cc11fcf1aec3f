import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { baseStyles } from '../../ui/theme.ts';
import { workerApi } from '../../catalogue/worker-client.ts';
import { checkNewPin } from '../pin-policy.ts';
import type { ProfileKind } from '../store/profile-rows.ts';
import { securityStyles } from './security-styles.ts';
import { securitySettings } from './security-settings.ts';
import { announceSessionChange } from './session-events.ts';

/** A field of the form and the reason it was refused (a key under common:security.profile.errors). */
type Problems = Partial<Record<'name' | 'pin' | 'repeat', string>>;

const MAX_NAME = 80;

/**
 * Creates a profile: a name (staff; a citizen's profile gets "Meine Anträge") and a PIN or
 * passphrase typed twice, checked here with the same rules the worker applies. On success the
 * new profile is unlocked and the app is told (`lotse-session-change`); "Abbrechen" (when
 * `cancelable`) sends `lotse-cancel`.
 */
@customElement('lotse-profile-form')
export class LotseProfileForm extends LitElement {
  static override styles = [baseStyles, securityStyles];

  /** Staff member or citizen (a citizen is not asked for a name). */
  @property() kind: ProfileKind = 'staff';
  /** Whether an "Abbrechen" button is offered. */
  @property({ type: Boolean }) cancelable = false;
  /** Text of the submit button (default "Profil anlegen"). */
  @property() submitLabel = '';

  @state() private problems: Problems = {};
  @state() private busy = false;

  constructor() {
    super();
    new I18nController(this);
  }

  private value(id: string): string {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '';
  }

  private readonly onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.busy) return;
    const name =
      this.kind === 'staff' ? this.value('name').trim() : t('common:security.citizen.name');
    const pin = this.value('pin');
    const problems: Problems = {};
    if (name.length === 0 || name.length > MAX_NAME) problems.name = 'name';
    const pinProblem = checkNewPin(pin);
    if (pinProblem) problems.pin = pinProblem;
    else if (this.value('repeat') !== pin) problems.repeat = 'mismatch';
    if (await this.show(problems)) return;
    this.busy = true;
    try {
      const { maxAttempts } = securitySettings();
      const result = await workerApi().createProfile({ name, pin, kind: this.kind, maxAttempts });
      if (!result.ok) {
        await this.show(result.reason === 'name' ? { name: 'name' } : { pin: result.reason });
        return;
      }
      announceSessionChange(this, 'created');
    } finally {
      this.busy = false;
    }
  };

  /** Shows the problems and focuses the first field with one; true when there were any. */
  private async show(problems: Problems): Promise<boolean> {
    this.problems = problems;
    const first = (['name', 'pin', 'repeat'] as const).find((field) => problems[field]);
    if (!first) return false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#${first}`)?.focus();
    return true;
  }

  private readonly onCancel = (): void => {
    this.dispatchEvent(new CustomEvent('lotse-cancel', { bubbles: true, composed: true }));
  };

  private field(
    id: 'name' | 'pin' | 'repeat',
    label: string,
    input: (describedBy: string | typeof nothing, invalid: boolean) => unknown,
    hint = '',
  ) {
    const problem = this.problems[id];
    const ids = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean);
    return html`<div class="field ${problem ? 'has-error' : ''}">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${
        problem
          ? html`<p class="error-message" id="${id}-error">
              <span class="visually-hidden">${t('common:security.errorPrefix')}</span>
              ${t(`common:security.profile.errors.${problem}`)}
            </p>`
          : nothing
      }
      ${input(ids.length ? ids.join(' ') : nothing, Boolean(problem))}
    </div>`;
  }

  override render() {
    const secret =
      (id: 'pin' | 'repeat') => (describedBy: string | typeof nothing, invalid: boolean) =>
        html`<input
          id=${id}
          type="password"
          autocomplete="new-password"
          aria-describedby=${describedBy}
          aria-invalid=${invalid ? 'true' : 'false'}
        />`;
    return html`<form novalidate @submit=${this.onSubmit}>
      ${
        this.kind === 'staff'
          ? this.field(
              'name',
              t('common:security.profile.name'),
              (describedBy, invalid) =>
                html`<input
                  id="name"
                  type="text"
                  autocomplete="username"
                  maxlength="80"
                  aria-describedby=${describedBy}
                  aria-invalid=${invalid ? 'true' : 'false'}
                />`,
              t('common:security.profile.nameHint'),
            )
          : nothing
      }
      ${this.field('pin', t('common:security.profile.pin'), secret('pin'), t('common:security.profile.pinHint'))}
      ${this.field('repeat', t('common:security.profile.repeat'), secret('repeat'))}
      <p class="status" role="status">${this.busy ? t('common:security.profile.busy') : ''}</p>
      <div class="actions">
        <button type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>
          ${this.submitLabel || t('common:security.profile.create')}
        </button>
        ${
          this.cancelable
            ? html`<button type="button" class="secondary" @click=${this.onCancel}>
                ${t('common:security.profile.cancel')}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-profile-form': LotseProfileForm;
  }
  interface GlobalEventHandlersEventMap {
    /** The person left the profile form without creating a profile. */
    'lotse-cancel': CustomEvent<undefined>;
  }
}
