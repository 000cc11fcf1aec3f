import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { i18n, t } from '../../i18n/i18n.ts';
import { baseStyles } from '../theme.ts';
import { DEFAULT_MAX_IMAGE_SIDE, prepareFile } from './downscale-image.ts';
import { FieldElement } from './field-element.ts';
import type { FileValue } from './field-events.ts';
import { fieldStyles } from './field-styles.ts';
import { fileFieldStyles } from './file-field-styles.ts';

/** "850 kB" / "1,2 MB" in the UI language. */
function formatSize(bytes: number): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(i18n.language || undefined, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1_000_000 : Math.max(1, bytes / 1000));
}

/**
 * A document photo or file: a native file input shown as a big button (`camera` opens the back
 * camera on tablets). Photos are downscaled before they are emitted; the chosen file is shown
 * with name, size, a thumbnail and an "Entfernen" button.
 */
@customElement('lotse-file-field')
export class LotseFileField extends FieldElement {
  static override styles = [baseStyles, fieldStyles, fileFieldStyles];

  /** The chosen file; null when none. Give `blob` to show a thumbnail of an image. */
  @property({ attribute: false }) value: FileValue | null = null;

  /** Accepted types for the picker, e.g. "image/*,application/pdf"; empty accepts all. */
  @property() accept = '';

  /** Asks tablets and phones to open the back camera (capture="environment"). */
  @property({ type: Boolean }) camera = false;

  /** Longest side in pixels a photo is downscaled to before it is emitted. */
  @property({ type: Number, attribute: 'max-image-side' }) maxImageSide = DEFAULT_MAX_IMAGE_SIDE;

  /** True while a chosen photo is being downscaled. */
  @state() private busy = false;

  @state() private thumbnailUrl = '';

  private pick = 0;

  /** Id of the file input. */
  get inputId(): string {
    return 'input';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('value')) return;
    this.revokeThumbnail();
    const blob = this.value?.blob;
    if (blob && this.value?.type.startsWith('image/'))
      this.thumbnailUrl = URL.createObjectURL(blob);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revokeThumbnail();
  }

  override render() {
    const file = this.value;
    const action = `ui:file.${this.camera ? 'takePhoto' : 'choose'}${file ? 'Other' : ''}`;
    return html`<div class=${this.fieldClass} @focusout=${this.onFocusOut}>
      <label class="label" for="input">${this.renderLabel()}</label>
      ${this.renderDescription()}
      ${
        file
          ? html`<div class="chosen">
              ${this.thumbnailUrl ? html`<img class="thumb" src=${this.thumbnailUrl} alt="" />` : nothing}
              <p id="file" class="file-name">
                ${file.name} <span class="hint">${formatSize(file.size)}</span>
              </p>
              <button type="button" class="secondary" @click=${this.onRemove}>
                ${t('ui:file.remove')}<span class="visually-hidden"> ${file.name}</span>
              </button>
            </div>`
          : nothing
      }
      <div class="picker">
        <input
          id="input"
          type="file"
          accept=${this.accept || nothing}
          capture=${this.camera ? 'environment' : nothing}
          aria-describedby=${this.describedBy(file && 'file', this.busy && 'status')}
          aria-invalid=${this.invalid}
          aria-required=${this.required ? 'true' : nothing}
          @change=${this.onChange}
        />
        <span class="button" aria-hidden="true">${t(action)}</span>
      </div>
      <p id="status" class="hint" role="status">${this.busy ? t('ui:file.processing') : ''}</p>
    </div>`;
  }

  private revokeThumbnail(): void {
    if (this.thumbnailUrl) URL.revokeObjectURL(this.thumbnailUrl);
    this.thumbnailUrl = '';
  }

  private readonly onChange = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    // Cleared so choosing the same file again (after "Entfernen") fires change again.
    input.value = '';
    const pick = ++this.pick;
    this.busy = true;
    const prepared = await prepareFile(chosen, chosen.name, this.maxImageSide);
    if (pick !== this.pick) return; // A newer choice superseded this one.
    this.busy = false;
    this.value = { ...prepared, size: prepared.blob.size };
    this.emitValue(this.value);
  };

  private readonly onRemove = async (): Promise<void> => {
    this.pick++;
    this.busy = false;
    this.value = null;
    this.emitValue(null);
    await this.updateComplete;
    this.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-file-field': LotseFileField;
  }
}
