import { LitElement, html, css, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SearchHit } from './search/index.ts';
import { i18n, t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import { workerApi } from './worker-client.ts';
import { germanListNote, ownTranslatedNames, shownName } from './content-names.ts';
import {
  findTranslatedMatches,
  indexTranslatedNames,
  searchesInGerman,
  type TranslatedName,
  type TranslatedNameIndex,
} from './translated-matches.ts';

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
  /** The last search could not run at all (not the same as finding nothing). */
  @state() private failed = false;
  private sequence = 0;
  private nameIndex: TranslatedNameIndex | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('query')) void this.runSearch(this.query);
  }

  private async runSearch(query: string): Promise<void> {
    const ticket = ++this.sequence;
    let hits: SearchHit[] = [];
    let failed = false;
    try {
      if (query.trim()) hits = await workerApi().search(query, 30);
    } catch {
      // The search code or index could not be loaded (storage refused, an update half done):
      // say so instead of showing stale results; the next keystroke tries again.
      failed = true;
    }
    // Answers can arrive out of order while typing fast; only the newest counts.
    if (ticket !== this.sequence) return;
    this.hits = hits;
    this.failed = failed;
    this.searchedFor = query.trim();
  }

  /**
   * The worker loads the search code and index only when someone is about to search, so a
   * visit that only browses never pays for them; focus comes before the first keystroke.
   */
  private readonly onFocus = (): void => {
    void workerApi().prepareSearch();
  };

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

  /** Groups and form services whose translated name fits what was searched (not in German). */
  private translatedMatches(): TranslatedName[] {
    const lang = i18n.language;
    if (!this.searchedFor || searchesInGerman(lang)) return [];
    // Rebuilt for a new language, or if the language's names were not loaded yet last time.
    if (this.nameIndex?.lang !== lang || !this.nameIndex.entries.length) {
      this.nameIndex = indexTranslatedNames(ownTranslatedNames(lang), lang);
    }
    // A form service the German search found is listed there already, under its translated name.
    const except = new Set(this.hits.map((hit) => hit.id));
    return findTranslatedMatches(this.searchedFor, this.nameIndex, { except });
  }

  override render() {
    const translated = this.translatedMatches();
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
          @focus=${this.onFocus}
        />
        <p role="status">${this.statusText(translated.length)}</p>
        ${translated.length ? this.renderTranslated(translated) : nothing}
        ${this.hits.length ? this.renderHits(translated.length > 0) : ''}
      </search>
    `;
  }

  /** Both lists in one announcement, the translated matches first as on screen. */
  private statusText(translatedCount: number): string {
    if (!this.searchedFor) return '';
    const german = this.germanStatus();
    if (!translatedCount) return german;
    return `${t('catalogue:search.translatedResults', { count: translatedCount })} ${german}`;
  }

  /** Outside German, "nothing found" adds that service names are searched in German. */
  private germanStatus(): string {
    if (this.failed) return t('catalogue:search.failed');
    if (this.hits.length) return t('catalogue:search.results', { count: this.hits.length });
    const none = searchesInGerman(i18n.language) ? 'none' : 'noneInGerman';
    return t(`catalogue:search.${none}`, { query: this.searchedFor });
  }

  private renderTranslated(matches: readonly TranslatedName[]) {
    return html`
      <h2 id="translated">${t('catalogue:search.translatedHeading')}</h2>
      <ul class="link-list" aria-labelledby="translated">
        ${matches.map(
          (match) => html`
            <li>
              <a href=${matchUrl(match)}>
                <span>${match.name}</span>
                <span class="hint">${t(`catalogue:kind.${match.kind}`)}</span>
              </a>
            </li>
          `,
        )}
      </ul>
    `;
  }

  /** The German results; under their own heading when translated matches stand above them. */
  private renderHits(belowTranslated: boolean) {
    const names = this.hits.map((hit) => shownName('services', hit));
    return html`
      ${belowTranslated ? html`<h2>${t('catalogue:search.catalogueHeading')}</h2>` : nothing}
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

/** Groups open their browse screen, services their service screen. */
const matchUrl = ({ kind, id }: TranslatedName): string =>
  `/${kind === 'service' ? 'service' : 'browse'}/${encodeURIComponent(id)}`;

declare global {
  interface HTMLElementTagNameMap {
    'lotse-service-search': LotseServiceSearch;
  }
  interface GlobalEventHandlersEventMap {
    'lotse-query-change': CustomEvent<QueryChangeDetail>;
  }
}
