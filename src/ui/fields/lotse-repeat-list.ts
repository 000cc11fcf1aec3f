import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { t } from '../../i18n/i18n.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { baseStyles } from '../theme.ts';
import { emit } from './field-events.ts';
import { fieldStyles } from './field-styles.ts';

const HEADINGS: Record<number, StaticValue> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

type PendingFocus = { kind: 'add' } | { kind: 'remove'; index: number };

/**
 * The chrome of a repeatable group: per instance a heading ("Person 1"), a slot `item-<n>` for the
 * caller's fields and an "Entfernen" button; below, an add button. The caller owns the data: it
 * answers `lotse-add` / `lotse-remove` by changing `count`, and focus then follows.
 */
@customElement('lotse-repeat-list')
export class LotseRepeatList extends LitElement {
  static override styles = [
    baseStyles,
    fieldStyles,
    css`
      .item {
        border-block-end: 1px solid var(--lotse-border);
        padding-block-end: var(--lotse-space-m);
        margin-block-end: var(--lotse-space-l);
      }
      .heading {
        font-size: var(--lotse-size-h2, 1.25rem);
        margin-block: 0 var(--lotse-space-m);
      }
      button:disabled {
        opacity: 0.6;
        cursor: not-allowed;
      }
    `,
  ];

  /** Number of instances the caller has. */
  @property({ type: Number }) count = 0;

  /** Fewest instances; "Entfernen" is disabled at this count. */
  @property({ type: Number }) min = 0;

  /** Most instances (null: no limit); the add button is hidden at this count. */
  @property({ type: Number }) max: number | null = null;

  /** Name of one instance, already translated, e.g. "Person"; headings read "Person 1". */
  @property({ attribute: 'item-label' }) itemLabel = '';

  /** Add button text, e.g. "Weitere Person hinzufügen"; default "<itemLabel> hinzufügen". */
  @property({ attribute: 'add-label' }) addLabel = '';

  /** Level (2–6) of the instance headings, to fit the page outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private pendingFocus: PendingFocus | null = null;

  constructor() {
    super();
    new I18nController(this);
  }

  /** Focuses the first instance heading, or the add button when there is none. */
  override focus(options?: FocusOptions): void {
    this.focusAfterChange(options, 0);
  }

  override render() {
    const atMax = this.max !== null && this.count >= this.max;
    return html`${Array.from({ length: this.count }, (_, index) => this.renderItem(index))}
    ${
      atMax
        ? nothing
        : html`<button type="button" id="add" class="secondary" @click=${this.onAdd}>
            ${this.addLabel || t('ui:repeat.add', { label: this.itemLabel })}
          </button>`
    }`;
  }

  override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('count');
    const pending = this.pendingFocus;
    if (!pending || previous === undefined) return;
    if (pending.kind === 'add' && this.count > previous) {
      this.pendingFocus = null;
      this.focusAfterChange(undefined, this.count - 1);
    } else if (pending.kind === 'remove' && this.count < previous) {
      this.pendingFocus = null;
      this.focusAfterChange(undefined, Math.min(pending.index - 1, this.count - 1));
    }
  }

  private headingText(index: number): string {
    return t('ui:repeat.heading', { label: this.itemLabel, number: index + 1 });
  }

  private renderItem(index: number) {
    const tag = HEADINGS[this.headingLevel] ?? literal`h3`;
    return html`<div class="item" role="group" aria-labelledby="heading-${index}">
      ${staticHtml`<${tag} class="heading" id="heading-${index}" tabindex="-1">${this.headingText(index)}</${tag}>`}
      <slot name="item-${index}"></slot>
      <button
        type="button"
        class="secondary"
        ?disabled=${this.count <= this.min}
        @click=${() => this.onRemove(index)}
      >
        ${t('ui:repeat.remove')}<span class="visually-hidden"> ${this.headingText(index)}</span>
      </button>
    </div>`;
  }

  /** Focuses heading `index` (the first one when index < 0), else the add button. */
  private focusAfterChange(options: FocusOptions | undefined, index: number): void {
    const heading = this.renderRoot.querySelector<HTMLElement>(`#heading-${Math.max(0, index)}`);
    const add = this.renderRoot.querySelector<HTMLElement>('#add');
    (heading ?? add)?.focus(options);
  }

  private readonly onAdd = (): void => {
    if (this.max !== null && this.count >= this.max) return;
    this.pendingFocus = { kind: 'add' };
    emit(this, 'lotse-add', {});
  };

  private onRemove(index: number): void {
    if (this.count <= this.min) return;
    this.pendingFocus = { kind: 'remove', index };
    emit(this, 'lotse-remove', { index });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-repeat-list': LotseRepeatList;
  }
}
