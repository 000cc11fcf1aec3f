import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import {
  CONTRAST_QUERIES,
  applyDisplaySettings,
  loadDisplaySettings,
  saveDisplaySettings,
  storedDisplaySettings,
  type DisplaySettings,
} from './display-settings.ts';
import { displaySettingsStyles } from './display-settings-styles.ts';

/** One radio group of the panel. */
interface Choice<K extends keyof DisplaySettings> {
  key: K;
  legend: string;
  options: { value: DisplaySettings[K]; label: string }[];
}

/**
 * "Darstellung" in the header: a disclosure button that opens two radio groups, colours
 * (standard / high contrast) and text size (normal / large). The choice is remembered on the
 * device and applied to `<html data-theme data-text>`; until someone chooses, the system's
 * contrast preference decides. Escape closes the panel and returns focus to the button.
 */
@customElement('lotse-display-settings')
export class LotseDisplaySettings extends LitElement {
  static override styles = displaySettingsStyles;

  /** Whether the panel is open (reflected so the header can give it a row of its own). */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private settings: DisplaySettings = loadDisplaySettings();
  private readonly queries = CONTRAST_QUERIES.map((query) => matchMedia(query));

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    applyDisplaySettings(this.settings);
    for (const query of this.queries) query.addEventListener('change', this.onSystemChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const query of this.queries) query.removeEventListener('change', this.onSystemChange);
  }

  /** A system change applies only while nobody has chosen on this device. */
  private readonly onSystemChange = (): void => {
    if (storedDisplaySettings()) return;
    this.settings = loadDisplaySettings();
    applyDisplaySettings(this.settings);
  };

  private choose<K extends keyof DisplaySettings>(key: K, value: DisplaySettings[K]): void {
    this.settings = { ...this.settings, [key]: value };
    saveDisplaySettings(this.settings);
    applyDisplaySettings(this.settings);
  }

  private readonly onToggle = (): void => {
    this.open = !this.open;
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button')?.focus();
  };

  override render() {
    const choices = [
      {
        key: 'theme',
        legend: t('common:display.theme'),
        options: [
          { value: 'default', label: t('common:display.themeDefault') },
          { value: 'contrast', label: t('common:display.themeContrast') },
        ],
      } satisfies Choice<'theme'>,
      {
        key: 'text',
        legend: t('common:display.text'),
        options: [
          { value: 'normal', label: t('common:display.textNormal') },
          { value: 'large', label: t('common:display.textLarge') },
        ],
      } satisfies Choice<'text'>,
    ];
    return html`<div class="disclosure" @keydown=${this.onKeydown}>
      <button
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        @click=${this.onToggle}
      >
        <span class="icon" aria-hidden="true">Aa</span>${t('common:display.button')}
      </button>
      <div id="panel" class="panel" ?hidden=${!this.open}>
        ${choices.map((choice) => this.renderChoice(choice))}
      </div>
    </div>`;
  }

  private renderChoice<K extends keyof DisplaySettings>(choice: Choice<K>) {
    return html`<fieldset>
      <legend>${choice.legend}</legend>
      ${choice.options.map(
        (option) =>
          html`<label>
            <input
              type="radio"
              name=${choice.key}
              .value=${option.value}
              .checked=${this.settings[choice.key] === option.value}
              @change=${() => this.choose(choice.key, option.value)}
            />
            <span>${option.label}</span>
          </label>`,
      )}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-display-settings': LotseDisplaySettings;
  }
}
