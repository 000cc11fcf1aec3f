import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { GroupView } from './store/catalogue-store.ts';
import { i18n, t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import '../ui/lotse-breadcrumbs.ts';
import { screenStyles } from './screen-styles.ts';
import { announceTitle, crumbsFor } from './crumbs.ts';
import { workerApi } from './worker-client.ts';

/** One level of the browse tree: a Themenfeld, Lebenslage or OZG-Leistung and what it holds. */
@customElement('lotse-browse-screen')
export class LotseBrowseScreen extends LitElement {
  static override styles = [baseStyles, screenStyles];

  /** Id of the group to show. */
  @property() groupId = '';

  /** Version of the stored catalogue; a new one reloads the view. */
  @property() catalogueVersion = '';

  @state() private view: GroupView | null | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('groupId') || changed.has('catalogueVersion')) && this.catalogueVersion) {
      void this.load(this.groupId);
    }
  }

  private async load(id: string): Promise<void> {
    const view = (await workerApi().readGroupView(id)) ?? null;
    if (id !== this.groupId) return;
    this.view = view;
    announceTitle(this, view ? view.group.name : t('catalogue:notFound.group'));
  }

  override render() {
    const view = this.view;
    // One template for every state, so the focused <h1> element survives loading.
    return html`
      ${
        view
          ? html`<lotse-breadcrumbs
              .label=${t('catalogue:crumbsLabel')}
              .crumbs=${crumbsFor(view.path)}
            ></lotse-breadcrumbs>`
          : ''
      }
      <p class="status">${view ? t(`catalogue:kind.${view.group.kind}`) : ''}</p>
      <h1 tabindex="-1" lang=${view ? 'de' : i18n.language}>${this.headingText()}</h1>
      ${view ? this.renderContents(view) : ''}
      ${view === null ? html`<p><a href="/">${t('catalogue:notFound.back')}</a></p>` : ''}
    `;
  }

  private headingText(): string {
    if (this.view === undefined) return t('common:loading');
    return this.view ? this.view.group.name : t('catalogue:notFound.group');
  }

  private renderContents({ children, services }: GroupView) {
    return html`
      ${
        children.length
          ? html`<ul class="link-list">
              ${children.map(
                (child) =>
                  html`<li>
                    <a href="/browse/${encodeURIComponent(child.id)}" lang="de">${child.name}</a>
                  </li>`,
              )}
            </ul>`
          : ''
      }
      ${
        services.length
          ? html`<h2 id="services">
                ${t('catalogue:browse.services', { count: services.length })}
              </h2>
              <ul class="link-list" aria-labelledby="services">
                ${services.map(
                  (service) =>
                    html`<li>
                      <a href="/service/${encodeURIComponent(service.id)}" lang="de"
                        >${service.name}</a
                      >
                    </li>`,
                )}
              </ul>`
          : ''
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-browse-screen': LotseBrowseScreen;
  }
}
