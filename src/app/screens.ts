import { html, type TemplateResult } from 'lit';
import type { CatalogueState } from '../catalogue/catalogue-controller.ts';
import { i18n, t } from '../i18n/i18n.ts';
import '../catalogue/lotse-home-screen.ts';
import '../catalogue/lotse-browse-screen.ts';
import '../catalogue/lotse-service-screen.ts';
import type { Route } from './routes.ts';

type Ready = Extract<CatalogueState, { phase: 'ready' }>;

/** The screen for a route, once a catalogue is on the device. */
export function renderScreen(route: Route, catalogue: Ready): TemplateResult {
  const version = catalogue.version;
  switch (route.name) {
    case 'home':
    case 'search':
      // One template for both routes: typing on the start page keeps the same element (and focus).
      return html`<lotse-home-screen
        data-screen
        .catalogueVersion=${version}
        .query=${route.name === 'search' ? route.query : ''}
      ></lotse-home-screen>`;
    case 'browse':
      return html`<lotse-browse-screen
        data-screen
        .catalogueVersion=${version}
        .groupId=${route.groupId}
      ></lotse-browse-screen>`;
    case 'service':
      return html`<lotse-service-screen
        data-screen
        .catalogueVersion=${version}
        .serviceId=${route.serviceId}
      ></lotse-service-screen>`;
    case 'draft':
      // The form renderer is not part of the first screen: load it when a form is opened.
      void import('../forms/lotse-draft-screen.ts');
      return html`<lotse-draft-screen data-screen .draftId=${route.draftId}></lotse-draft-screen>`;
    case 'print':
      void import('../forms/lotse-draft-print.ts');
      return html`<lotse-draft-print data-screen .draftId=${route.draftId}></lotse-draft-print>`;
    case 'setup':
      void import('../security/ui/lotse-security-settings.ts');
      return html`<lotse-security-settings data-screen></lotse-security-settings>`;
    case 'not-found':
      return html`<section data-screen>
        <h1 tabindex="-1">${t('common:notFound.title')}</h1>
        <p><a href="/">${t('common:notFound.home')}</a></p>
      </section>`;
  }
}

/** What the app shows while it has no catalogue: first download with progress, or why not. */
export function renderCatalogueState(state: Exclude<CatalogueState, Ready>): TemplateResult {
  switch (state.phase) {
    case 'opening':
      return html`<h1 tabindex="-1">${t('common:loading')}</h1>`;
    case 'downloading': {
      const { received, total } = state.progress;
      const share = total ? Math.min(received / total, 1) : null;
      const valueText =
        share === null
          ? new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte' }).format(
              Math.round(received / 1024),
            )
          : new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(share);
      return html`<h1 tabindex="-1">${t('catalogue:download.title')}</h1>
        <p>${t('catalogue:download.intro')}</p>
        <lotse-progress
          .label=${t('catalogue:download.progress')}
          .value=${share}
          .valueText=${valueText}
        ></lotse-progress>`;
    }
    case 'missing':
      return html`<h1 tabindex="-1">${t('catalogue:missing.title')}</h1>
        <p>
          ${t(state.reason === 'offline' ? 'catalogue:missing.offline' : 'catalogue:missing.failed')}
        </p>`;
  }
}
