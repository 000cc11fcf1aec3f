import { html, type TemplateResult } from 'lit';

/**
 * A chevron pointing the way the reader goes: "next" points to the inline end (right in German,
 * left in Arabic), "back" to the inline start. Mirrored by `.dir-icon:dir(rtl)` in draftStyles.
 * Decorative: the button's text says where it goes.
 */
export function directionIcon(way: 'next' | 'back'): TemplateResult {
  return html`<svg
    class=${`dir-icon ${way}`}
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    <path
      d=${way === 'next' ? 'M5 2l6 6-6 6' : 'M11 2L5 8l6 6'}
      fill="none"
      stroke="currentColor"
      stroke-width="2"
    />
  </svg>`;
}
