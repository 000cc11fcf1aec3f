import type { CatalogueGroup } from '../shared/catalogue.ts';
import type { Crumb } from '../ui/lotse-breadcrumbs.ts';
import { t } from '../i18n/i18n.ts';
import { shownName } from './content-names.ts';

/** Breadcrumbs from the start page through the given groups. */
export function crumbsFor(path: readonly CatalogueGroup[]): Crumb[] {
  return [
    { label: t('catalogue:home.crumb'), href: '/' },
    ...path.map((group) => {
      const name = shownName('groups', group);
      return {
        label: name.text,
        href: `/browse/${encodeURIComponent(group.id)}`,
        ...(name.lang ? { lang: name.lang } : {}),
      };
    }),
  ];
}

/** Announces the screen's title to the app shell (which sets document.title). */
export function announceTitle(host: HTMLElement, title: string): void {
  host.dispatchEvent(
    new CustomEvent<{ title: string }>('lotse-page-title', {
      detail: { title },
      bubbles: true,
      composed: true,
    }),
  );
}

declare global {
  interface GlobalEventHandlersEventMap {
    'lotse-page-title': CustomEvent<{ title: string }>;
  }
}
