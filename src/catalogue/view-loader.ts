import {
  html,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { CatalogueGroup } from '../shared/catalogue.ts';
import { i18n, t } from '../i18n/i18n.ts';
import '../ui/lotse-breadcrumbs.ts';
import { announceTitle, crumbsFor } from './crumbs.ts';
import { germanMarker, type ShownName } from './content-names.ts';

/** What a screen shows about itself while its view loads, once loaded, or when not found. */
export interface ScreenHead {
  /** Groups above the shown item, for the breadcrumbs. */
  path: CatalogueGroup[];
  /** What kind of item this is ("Thema", "Verwaltungsleistung"). */
  kind: string;
  /** The item's name in the UI language (or German, marked). */
  name: ShownName;
}

/**
 * Loads one catalogue view by id from the worker for a screen: `value` is undefined while
 * loading, null when the id is unknown. Answers for an id the screen has left are dropped.
 */
export class ViewLoader<T> implements ReactiveController {
  /** The loaded view, null for an unknown id, undefined while loading. */
  value: T | null | undefined;
  private id = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly read: (id: string) => Promise<T | undefined>,
    private readonly head: (value: T) => ScreenHead,
    private readonly notFoundKey: string,
  ) {
    host.addController(this);
  }

  /** A screen that left the page ignores answers still on their way. */
  hostDisconnected(): void {
    this.id = '';
  }

  /** Loads the view for an id (again when the catalogue changed). */
  load(id: string): void {
    this.id = id;
    void this.read(id).then((value) => {
      if (id !== this.id) return;
      this.value = value ?? null;
      this.host.requestUpdate();
      announceTitle(this.host, this.value ? this.head(this.value).name.text : t(this.notFoundKey));
    });
  }

  /**
   * Breadcrumbs, kind and the <h1>, in one template for every state so the focused heading
   * element survives loading; then the screen's body, or a way back when not found.
   */
  render(body: (value: T) => TemplateResult): TemplateResult {
    const value = this.value;
    const head = value ? this.head(value) : undefined;
    const heading =
      value === undefined ? t('common:loading') : (head?.name.text ?? t(this.notFoundKey));
    return html`
      ${
        head
          ? html`<lotse-breadcrumbs
              .label=${t('catalogue:crumbsLabel')}
              .crumbs=${crumbsFor(head.path)}
            ></lotse-breadcrumbs>`
          : ''
      }
      <p class="status">${head?.kind ?? ''}</p>
      <h1 tabindex="-1">
        <span lang=${head?.name.lang ?? i18n.language}>${heading}</span>${
          head ? germanMarker(head.name) : ''
        }
      </h1>
      ${value ? body(value) : ''}
      ${value === null ? html`<p><a href="/">${t('catalogue:notFound.back')}</a></p>` : ''}
    `;
  }
}
