import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ServiceView } from './store/catalogue-store.ts';
import { serviceUrn } from '../shared/catalogue.ts';
import { t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { baseStyles } from '../ui/theme.ts';
import { screenStyles } from './screen-styles.ts';
import { ViewLoader } from './view-loader.ts';
import { workerApi } from './worker-client.ts';
import { ensurePersistentStorage } from '../drafts/storage-status.ts';
import { describeLeikaType } from './leika-type.ts';
import { shownName } from './content-names.ts';
import { adoptShellPrintStyles } from '../ui/print-shell.ts';

/** A service: what it is, its legal basis, and related services of the same OZG-Leistung. */
@customElement('lotse-service-screen')
export class LotseServiceScreen extends LitElement {
  static override styles = [
    baseStyles,
    screenStyles,
    // On paper: what the service is and how to apply, without buttons.
    css`
      @media print {
        button {
          display: none;
        }
      }
    `,
  ];

  /** Id of the service to show. */
  @property() serviceId = '';

  /** Version of the stored catalogue; a new one reloads the view. */
  @property() catalogueVersion = '';

  private readonly view = new ViewLoader<ServiceView>(
    this,
    (id) => workerApi().readServiceView(id),
    (view) => ({
      path: view.path,
      kind: t('catalogue:kind.service'),
      name: shownName('services', view.service),
    }),
    'catalogue:notFound.service',
  );

  /** The service's Lotse form; null when it has none, undefined while that is not known yet. */
  @state() private form: { id: string; title: string; version: string } | null | undefined;

  constructor() {
    super();
    new I18nController(this);
  }

  private releaseShellStyles: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A service page is printed to take to the office: without the app's header and footer.
    this.releaseShellStyles = adoptShellPrintStyles();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseShellStyles?.();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('serviceId') || changed.has('catalogueVersion')) && this.catalogueVersion) {
      this.view.load(this.serviceId);
      this.form = undefined;
      void workerApi()
        .formForService(this.serviceId)
        .then((form) => (this.form = form ?? null));
    }
  }

  override render() {
    return this.view.render((view) => this.renderDetails(view));
  }

  private renderApply() {
    if (this.form === undefined) return nothing;
    if (this.form === null) return this.renderAnalogPath();
    return html`<section class="apply" aria-labelledby="apply-heading">
      <h2 id="apply-heading">${t('forms:apply.heading')}</h2>
      <p>${t('forms:apply.intro', { title: this.form.title })}</p>
      <button type="button" @click=${this.onApply}>${t('forms:apply.start')}</button>
    </section>`;
  }

  /**
   * No Lotse form yet: the analog path, in words the person can act on, and a printout to take
   * to the office (the service's German name and key are on it).
   */
  private renderAnalogPath() {
    return html`<section class="apply" aria-labelledby="apply-heading">
      <h2 id="apply-heading">${t('catalogue:service.noForm.heading')}</h2>
      <p>${t('catalogue:service.noForm.text')}</p>
      <button type="button" class="secondary" @click=${() => window.print()}>
        ${t('catalogue:service.noForm.print')}
      </button>
    </section>`;
  }

  private readonly onApply = async (): Promise<void> => {
    const form = this.form;
    if (!form) return;
    void ensurePersistentStorage();
    const draft = await workerApi().createDraft({
      formId: form.id,
      formVersion: form.version,
      serviceId: this.serviceId,
    });
    this.dispatchEvent(
      new CustomEvent('lotse-navigate', {
        detail: { url: `/draft/${draft.id}` },
        bubbles: true,
        composed: true,
      }),
    );
  };

  private renderDetails({ service, related }: ServiceView) {
    return html`${this.renderApply()}
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
                ${related.map((other) => {
                  const name = shownName('services', other);
                  return html`<li>
                    <a href="/service/${encodeURIComponent(other.id)}" lang=${name.lang ?? nothing}
                      >${name.text}</a
                    >
                  </li>`;
                })}
              </ul>`
          : ''
      } `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-service-screen': LotseServiceScreen;
  }
}
