import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogueGroup } from '../shared/catalogue.ts';
import { t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import { screenStyles } from './screen-styles.ts';
import { workerApi } from './worker-client.ts';
import { shownName } from './content-names.ts';
import './lotse-service-search.ts';
import '../drafts/lotse-drafts-list.ts';

/** Start page: search as you type, or browse the Themenfelder. */
@customElement('lotse-home-screen')
export class LotseHomeScreen extends LitElement {
  static override styles = [baseStyles, screenStyles];

  /** Version of the stored catalogue; a new one reloads the list. */
  @property() catalogueVersion = '';

  /** The search text (from the URL on /search). */
  @property() query = '';

  @state() private themenfelder: CatalogueGroup[] = [];

  constructor() {
    super();
    new I18nController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('catalogueVersion') && this.catalogueVersion) void this.load();
  }

  private async load(): Promise<void> {
    this.themenfelder = await workerApi().listThemenfelder();
  }

  override render() {
    return html`
      <h1 tabindex="-1">${t('catalogue:home.title')}</h1>
      <p>${t('catalogue:home.intro')}</p>
      <lotse-service-search .query=${this.query}></lotse-service-search>
      ${this.query.trim() ? '' : html`<lotse-drafts-list></lotse-drafts-list>`}
      ${this.query.trim() ? '' : this.renderThemenfelder()}
    `;
  }

  private renderThemenfelder() {
    return html`
      <h2 id="topics">${t('catalogue:home.topics')}</h2>
      <ul class="link-list" aria-labelledby="topics">
        ${this.themenfelder.map((group) => {
          const name = shownName('groups', group);
          return html`<li>
            <a href="/browse/${encodeURIComponent(group.id)}" lang=${name.lang ?? nothing}
              >${name.text}</a
            >
          </li>`;
        })}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-home-screen': LotseHomeScreen;
  }
}
