import { LitElement, html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { baseStyles } from './theme.ts';

/** One step of a breadcrumb trail. */
export interface Crumb {
  /** Visible text. */
  label: string;
  /** Link target. */
  href: string;
  /** Language of the label when it differs from the page (catalogue names are German). */
  lang?: string;
}

/** A breadcrumb trail in a labelled navigation landmark. */
@customElement('lotse-breadcrumbs')
export class LotseBreadcrumbs extends LitElement {
  static override styles = [
    baseStyles,
    css`
      ol {
        list-style: none;
        margin: 0 0 var(--lotse-space-m);
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--lotse-space-xs);
      }
      li {
        display: flex;
        align-items: center;
        min-inline-size: 0;
      }
      /* '›' is a mirrored character: the bidi algorithm draws it as '‹' in right-to-left text. */
      li:not(:last-child)::after {
        content: '›' / '';
        margin-inline-start: var(--lotse-space-xs);
        color: var(--lotse-muted);
      }
      a {
        display: inline-flex;
        align-items: center;
        min-block-size: var(--lotse-target-size, 44px);
        padding-block: var(--lotse-space-xs);
      }
    `,
  ];

  /** Accessible name of the navigation landmark. */
  @property() label = '';

  /** The trail, from the start page to the parent of the current page. */
  @property({ attribute: false }) crumbs: Crumb[] = [];

  override render() {
    return html`
      <nav aria-label=${this.label}>
        <ol>
          ${this.crumbs.map(
            (crumb) =>
              html`<li><a href=${crumb.href} lang=${ifDefined(crumb.lang)}>${crumb.label}</a></li>`,
          )}
        </ol>
      </nav>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lotse-breadcrumbs': LotseBreadcrumbs;
  }
}
