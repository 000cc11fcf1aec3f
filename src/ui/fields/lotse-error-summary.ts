import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { t } from '../../i18n/i18n.ts';
import { I18nController } from '../../i18n/i18n-controller.ts';
import { baseStyles } from '../theme.ts';
import { emit } from './field-events.ts';

/** One entry of the error summary. */
export interface SummaryError {
  /** Id of the field element to focus (in the summary's document or shadow root). */
  targetId: string;
  /** The field's error message, already translated. */
  message: string;
}

/**
 * The GOV.UK error summary: an alert with "Es gibt ein Problem" and a link per error. Call
 * `focus()` after showing it. A link emits `lotse-error-focus`; unless the caller cancels it, the
 * summary focuses the element with that id itself.
 */
@customElement('lotse-error-summary')
export class LotseErrorSummary extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .summary {
        border: 5px solid var(--lotse-error, #b3261e);
        padding: var(--lotse-space-m);
        margin-block-end: var(--lotse-space-l);
        background: var(--lotse-surface, #fff);
      }
      .summary:focus {
        outline: 3px solid var(--lotse-focus-accent, #fd0);
        outline-offset: 0;
      }
      h2 {
        margin-block-start: 0;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      a {
        display: inline-block;
        padding-block: var(--lotse-space-xs);
        min-block-size: var(--lotse-target-size, 44px);
        color: var(--lotse-error, #b3261e);
        font-weight: 700;
      }
      a:hover {
        color: var(--lotse-error, #b3261e);
      }
    `,
  ];

  /** The errors in field order; nothing is rendered when empty. */
  @property({ attribute: false }) errors: SummaryError[] = [];

  /** Heading text; defaults to "Es gibt ein Problem" in the UI language. */
  @property() heading = '';

  constructor() {
    super();
    new I18nController(this);
  }

  /** Moves focus to the summary so it is read out; waits for a pending render of new errors. */
  override focus(options?: FocusOptions): void {
    const summary = (): HTMLElement | null => this.renderRoot.querySelector('.summary');
    if (summary() && !this.isUpdatePending) {
      summary()?.focus(options);
      return;
    }
    void this.updateComplete.then(() => summary()?.focus(options));
  }

  override render() {
    if (this.errors.length === 0) return nothing;
    return html`<div class="summary" role="alert" aria-labelledby="title" tabindex="-1">
      <h2 id="title">${this.heading || t('ui:errorSummary.title')}</h2>
      <ul>
        ${this.errors.map(
          (error) =>
            html`<li>
              <a href="#${error.targetId}" @click=${(event: Event) => this.onLink(event, error)}>
                ${error.message}
              </a>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private onLink(event: Event, error: SummaryError): void {
    event.preventDefault();
    const focusIt = emit(this, 'lotse-error-focus', { targetId: error.targetId }, true);
    if (!focusIt) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById(error.targetId);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-error-summary': LotseErrorSummary;
  }
}
