import { LitElement, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ServiceView } from './store/catalogue-store.ts';
import { serviceUrn } from '../shared/catalogue.ts';
import { i18n, t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import '../ui/lotse-breadcrumbs.ts';
import { screenStyles } from './screen-styles.ts';
import { announceTitle, crumbsFor } from './crumbs.ts';
import { workerApi } from './worker-client.ts';
import { describeLeikaType } from './leika-type.ts';

/** A service: what it is, its legal basis, and related services of the same OZG-Leistung. */
@customElement('lotse-service-screen')
export class LotseServiceScreen extends LitElement {
  static override styles = [baseStyles, screenStyles];

  /** Id of the service to show. */
  @property() serviceId = '';

  /** Version of the stored catalogue; a new one reloads the view. */
  @property() catalogueVersion = '';

  @state() private view: ServiceView | null | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('serviceId') || changed.has('catalogueVersion')) && this.catalogueVersion) {
      void this.load(this.serviceId);
    }
  }

  private async load(id: string): Promise<void> {
    const view = (await workerApi().readServiceView(id)) ?? null;
    if (id !== this.serviceId) return;
    this.view = view;
    announceTitle(this, view ? view.service.name : t('catalogue:notFound.service'));
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
      <p class="status">${view ? t('catalogue:kind.service') : ''}</p>
      <h1 tabindex="-1" lang=${view ? 'de' : i18n.language}>${this.headingText()}</h1>
      ${view ? this.renderDetails(view) : ''}
      ${view === null ? html`<p><a href="/">${t('catalogue:notFound.back')}</a></p>` : ''}
    `;
  }

  private headingText(): string {
    if (this.view === undefined) return t('common:loading');
    return this.view ? this.view.service.name : t('catalogue:notFound.service');
  }

  private renderDetails({ service, related }: ServiceView) {
    return html`
      <dl>
        <dt>${t('catalogue:service.leikaKey')}</dt>
        <dd>
          ${
            service.leikaKey
              ? html`${service.leikaKey} <span class="hint">${serviceUrn(service.leikaKey)}</span>`
              : t('catalogue:service.notInLeika')
          }
        </dd>
        ${
          service.type
            ? html`<dt>${t('catalogue:service.type')}</dt>
                <dd>${describeLeikaType(service.type)}</dd>`
            : ''
        }
        ${
          service.legalBasis
            ? html`<dt>${t('catalogue:service.legalBasis')}</dt>
                <dd lang="de">${service.legalBasis}</dd>`
            : ''
        }
        ${
          service.laws
            ? html`<dt>${t('catalogue:service.laws')}</dt>
                <dd lang="de">
                  ${service.laws}${service.lawsShort ? ` (${service.lawsShort})` : ''}
                </dd>`
            : ''
        }
      </dl>
      ${
        related.length
          ? html`<h2 id="related">${t('catalogue:service.related')}</h2>
              <ul class="link-list" aria-labelledby="related">
                ${related.map(
                  (other) =>
                    html`<li>
                      <a href="/service/${encodeURIComponent(other.id)}" lang="de">${other.name}</a>
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
    'lotse-service-screen': LotseServiceScreen;
  }
}
