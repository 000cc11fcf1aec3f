import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { changeLanguage, i18n, t } from '../i18n/i18n.ts';
import { I18nController } from '../i18n/i18n-controller.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { CatalogueController } from '../catalogue/catalogue-controller.ts';
import '../ui/lotse-progress.ts';
import './lotse-update-prompt.ts';
import '../settings/lotse-display-settings.ts';
import { RouterController } from './router-controller.ts';
import { routeUrl, type Route } from './routes.ts';
import type { ApplyUpdate } from './sw-bridge.ts';
import { OUTBOX_CHANGED, waitingCount } from '../sync/outbox-client.ts';
import { renderCatalogueState, renderScreen } from './screens.ts';
import { SessionController, type SessionView } from '../security/ui/session-controller.ts';

/** The app shell: header with language choice, the current screen, update prompt, footer. */
@customElement('lotse-app')
export class LotseApp extends LitElement {
  // Light DOM: the shell's landmarks and the skip link's #main target live in the document
  // (fragment links and axe cannot see into shadow roots). Its styles are in global.css.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  @state() private updateReady: ApplyUpdate | null = null;
  @state() private online = navigator.onLine;
  @state() private waiting = 0;
  private readonly catalogue = new CatalogueController(this);
  private readonly router = new RouterController(this, (route) => void this.afterNavigation(route));
  /** Profiles and the lock: while locked, the lock screen takes the place of every screen. */
  private readonly session = new SessionController(this, (previous) => {
    void this.onSessionChange(previous);
  });

  constructor() {
    super();
    new I18nController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onConnectionChange);
    window.addEventListener('offline', this.onConnectionChange);
    this.addEventListener('lotse-query-change', this.onQueryChange);
    this.addEventListener('lotse-page-title', this.onPageTitle);
    this.addEventListener('lotse-navigate', this.onNavigateRequest);
    window.addEventListener(OUTBOX_CHANGED, this.onOutboxChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onConnectionChange);
    window.removeEventListener('offline', this.onConnectionChange);
    this.removeEventListener('lotse-query-change', this.onQueryChange);
    this.removeEventListener('lotse-page-title', this.onPageTitle);
    this.removeEventListener('lotse-navigate', this.onNavigateRequest);
    window.removeEventListener(OUTBOX_CHANGED, this.onOutboxChange);
  }

  /** Called by main.ts once the service worker has a new version waiting. */
  offerUpdate(apply: ApplyUpdate): void {
    this.updateReady = apply;
  }

  private readonly onConnectionChange = (): void => {
    this.online = navigator.onLine;
  };

  private readonly onQueryChange = (event: CustomEvent<{ query: string }>): void => {
    const onSearch = this.router.route.name === 'search';
    // The first keystroke adds a history entry (Back returns home); later ones replace it.
    this.router.navigate(routeUrl({ name: 'search', query: event.detail.query }), {
      replace: onSearch,
      announce: false,
    });
  };

  private readonly onOutboxChange = (): void => {
    void waitingCount().then((count) => (this.waiting = count));
  };

  private readonly onNavigateRequest = (event: CustomEvent<{ url: string }>): void => {
    this.router.navigate(event.detail.url);
  };

  private readonly onPageTitle = (event: CustomEvent<{ title: string }>): void => {
    // Nothing of a draft may show while locked, not even in the tab's title.
    if (this.locked) return;
    document.title = `${event.detail.title} – Lotse`;
  };

  /** True while the lock screen (or the first staff profile) stands in for the app. */
  private get locked(): boolean {
    const view = this.session.view;
    return view.phase === 'locked' || (view.phase === 'open' && view.deviceKind === 'staff');
  }

  /**
   * Locked: the title says so. Unlocked again: the same URL shows again (a draft reopens on the
   * page it stored), with its title and the focus on its heading.
   */
  private async onSessionChange(previous: SessionView): Promise<void> {
    if (this.locked) {
      document.title = t('common:security.lock.documentTitle');
      return;
    }
    const wasLocked =
      previous.phase === 'locked' || (previous.phase === 'open' && previous.deviceKind === 'staff');
    if (!wasLocked) return;
    document.title = 'Lotse';
    await this.afterNavigation(this.router.route);
  }

  /** After a page change, focus goes to the new page's heading (screen readers start there). */
  private async afterNavigation(route: Route): Promise<void> {
    if (route.name === 'home') document.title = 'Lotse';
    await this.updateComplete;
    let screen = this.querySelector('main > [data-screen]');
    if (screen?.localName.includes('-')) {
      await customElements.whenDefined(screen.localName);
      screen = this.querySelector('main > [data-screen]');
    }
    if (screen instanceof LitElement) await screen.updateComplete;
    const heading = screen?.shadowRoot?.querySelector('h1');
    heading?.focus();
    window.scrollTo({ top: 0 });
  }

  private readonly onLanguage = (event: Event): void => {
    void changeLanguage((event.target as HTMLSelectElement).value);
  };

  /** The lock screen, the first staff profile, or the current screen once a catalogue is stored. */
  private renderMain() {
    const view = this.session.view;
    if (view.phase === 'checking') return html`<h1 tabindex="-1">${t('common:loading')}</h1>`;
    if (view.phase === 'locked') {
      void import('../security/ui/lotse-lock-screen.ts');
      return html`<lotse-lock-screen data-screen></lotse-lock-screen>`;
    }
    if (view.phase === 'open' && view.deviceKind === 'staff') {
      void import('../security/ui/lotse-first-profile.ts');
      return html`<lotse-first-profile data-screen></lotse-first-profile>`;
    }
    const catalogue = this.catalogue.state;
    if (catalogue.phase !== 'ready') return renderCatalogueState(catalogue);
    return html`<p role="status" class="notice">
        ${catalogue.updated ? t('catalogue:updated') : ''}
      </p>
      ${renderScreen(this.router.route, catalogue)}`;
  }

  /** The unlocked profile's name and "Sperren". */
  private renderSessionBar() {
    const view = this.session.view;
    if (view.phase !== 'unlocked') return '';
    void import('../security/ui/lotse-session-bar.ts');
    return html`<lotse-session-bar .name=${view.profile.name}></lotse-session-bar>`;
  }

  override render() {
    return html`
      <lotse-update-prompt .apply=${this.updateReady}></lotse-update-prompt>
      <header>
        <a class="skip" href="#main">${t('common:skipToContent')}</a>
        <div class="bar">
          <a class="brand" href="/"
            ><img src="/icons/lotse.svg" alt="" width="32" height="32" />Lotse</a
          >
          <div class="language">
            <label for="language">${t('common:language')}</label>
            <select id="language" @change=${this.onLanguage}>
              ${LANGUAGES.map(
                (language) =>
                  html`<option
                    value=${language.code}
                    lang=${language.code}
                    ?selected=${language.code === i18n.language}
                  >
                    ${language.nativeName}
                  </option>`,
              )}
            </select>
          </div>
          <lotse-display-settings></lotse-display-settings>
          ${this.renderSessionBar()}
        </div>
      </header>
      ${this.online ? '' : html`<p class="offline" role="status">${t('common:offline')}</p>`}
      <p class=${this.waiting ? 'outbox waiting' : 'outbox'} role="status">
        ${this.waiting ? t('common:outbox.waiting', { count: this.waiting }) : ''}
      </p>
      <main id="main" tabindex="-1">${this.renderMain()}</main>
      <footer>
        <div>
          ${
            this.catalogue.state.phase === 'ready'
              ? t('common:footer.catalogue', {
                  count: this.catalogue.state.serviceCount,
                  version: this.catalogue.state.version.slice(0, 8),
                })
              : ''
          }
        </div>
        <div>
          <a href="/einrichten">${t('common:security.settings.link')}</a>
        </div>
      </footer>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-app': LotseApp;
  }
  interface GlobalEventHandlersEventMap {
    /** A screen asks the app to go to another URL of the app. */
    'lotse-navigate': CustomEvent<{ url: string }>;
  }
}
