import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { GroupView } from './store/catalogue-store.ts';
import { t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import { screenStyles } from './screen-styles.ts';
import { ViewLoader } from './view-loader.ts';
import { workerApi } from './worker-client.ts';
import { germanListNote, shownName } from './content-names.ts';

/** One level of the browse tree: a Themenfeld, Lebenslage or OZG-Leistung and what it holds. */
@customElement('lotse-browse-screen')
export class LotseBrowseScreen extends LitElement {
  static override styles = [baseStyles, screenStyles];

  /** Id of the group to show. */
  @property() groupId = '';

  /** Version of the stored catalogue; a new one reloads the view. */
  @property() catalogueVersion = '';

  private readonly view = new ViewLoader<GroupView>(
    this,
    (id) => workerApi().readGroupView(id),
    (view) => ({
      path: view.path,
      kind: t(`catalogue:kind.${view.group.kind}`),
      name: shownName('groups', view.group),
    }),
    'catalogue:notFound.group',
  );

  constructor() {
    super();
    new I18nController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('groupId') || changed.has('catalogueVersion')) && this.catalogueVersion) {
      this.view.load(this.groupId);
    }
  }

  override render() {
    return this.view.render((view) => this.renderContents(view));
  }

  private renderContents({ children, services }: GroupView) {
    const childNames = children.map((child) => shownName('groups', child));
    const serviceNames = services.map((service) => shownName('services', service));
    return html`
      ${germanListNote([...childNames, ...serviceNames])}
      ${
        children.length
          ? html`<ul class="link-list">
              ${children.map(
                (child, index) =>
                  html`<li>
                    <a
                      href="/browse/${encodeURIComponent(child.id)}"
                      lang=${childNames[index]!.lang ?? nothing}
                      >${childNames[index]!.text}</a
                    >
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
                  (service, index) =>
                    html`<li>
                      <a
                        href="/service/${encodeURIComponent(service.id)}"
                        lang=${serviceNames[index]!.lang ?? nothing}
                        >${serviceNames[index]!.text}</a
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
