import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SearchHit } from './search/index.ts';
import { t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import { workerApi } from './worker-client.ts';
import { germanListNote, shownName } from './content-names.ts';

/** Detail of `lotse-query-change`: the text the user typed. */
export interface QueryChangeDetail {
  /** The new search text. */
  query: string;
}

/** Search field with results as you type; the search itself runs in the worker. */
@customElement('lotse-service-search')
export class LotseServiceSearch extends LitElement {
  static override styles = [
    baseStyles,
    css`
      label {
        display: block;
        font-weight: 600;
        margin-block-end: var(--lotse-space-xs);
      }
      input {
        font: inherit;
        inline-size: 100%;
        min-block-size: 48px;
        padding-inline: var(--lotse-space-s);
        border: 2px solid var(--lotse-text);
        border-radius: 4px;
        color: var(--lotse-text);
        background: var(--lotse-surface);
      }
      [role='status'] {
        margin-block: var(--lotse-space-s);
      }
    `,
  ];

  /** The search text. */
  @property() query = '';

  @state() private hits: SearchHit[] = [];
  @state() private searchedFor = '';
  private sequence = 0;

  constructor() {
    super();
    new I18nController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('query')) void this.runSearch(this.query);
  }

  private async runSearch(query: string): Promise<void> {
    const ticket = ++this.sequence;
    const hits = query.trim() ? await workerApi().search(query, 30) : [];
    // Answers can arrive out of order while typing fast; only the newest counts.
    if (ticket !== this.sequence) return;
    this.hits = hits;
    this.searchedFor = query.trim();
  }

  private readonly onInput = (event: InputEvent): void => {
    const query = (event.target as HTMLInputElement).value;
    this.query = query;
    this.dispatchEvent(
      new CustomEvent<QueryChangeDetail>('lotse-query-change', {
        detail: { query },
        bubbles: true,
        composed: true,
      }),
    );
  };

  override render() {
    return html`
      <search>
        <label for="q">${t('catalogue:search.label')}</label>
        <p id="q-hint" class="hint">${t('catalogue:search.hint')}</p>
        <input
          id="q"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="q-hint"
          .value=${this.query}
          @input=${this.onInput}
        />
        <p role="status">${this.statusText()}</p>
        ${this.hits.length ? this.renderHits() : ''}
      </search>
    `;
  }

  private statusText(): string {
    if (!this.searchedFor) return '';
    return this.hits.length
      ? t('catalogue:search.results', { count: this.hits.length })
      : t('catalogue:search.none', { query: this.searchedFor });
  }

  private renderHits() {
    const names = this.hits.map((hit) => shownName('services', hit));
    return html`
      ${germanListNote(names)}
      <ul class="link-list" aria-label=${t('catalogue:search.resultsLabel')}>
        ${names.map(
          (name, index) => html`
            <li>
              <a href="/service/${encodeURIComponent(this.hits[index]!.id)}">
                <span lang=${name.lang ?? nothing}>${name.text}</span>
                <span class="hint" lang="de">${this.hits[index]!.lebenslage}</span>
              </a>
            </li>
          `,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-service-search': LotseServiceSearch;
  }
  interface GlobalEventHandlersEventMap {
    'lotse-query-change': CustomEvent<QueryChangeDetail>;
  }
}
