import { css } from 'lit';

/** Styles every Lotse element shares: box model, focus ring, links, lists of links, buttons. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--lotse-link);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--lotse-link-hover);
    text-decoration-thickness: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--lotse-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--lotse-focus-halo);
  }
  h1 {
    font-size: var(--lotse-size-h1);
    line-height: 1.2;
    margin-block: 0 var(--lotse-space-m);
  }
  h2 {
    font-size: var(--lotse-size-h2);
    line-height: 1.25;
    margin-block: var(--lotse-space-l) var(--lotse-space-s);
  }
  h1:focus {
    outline: none;
  }
  .link-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--lotse-space-xs);
  }
  .link-list a {
    display: block;
    padding-block: var(--lotse-space-s);
    padding-inline: var(--lotse-space-m);
    min-block-size: var(--lotse-target-size, 44px);
    border: 1px solid var(--lotse-border);
    border-radius: 6px;
    background: var(--lotse-surface);
    text-decoration: none;
    font-weight: 600;
  }
  .link-list a:hover {
    text-decoration: underline;
  }
  .hint {
    display: block;
    font-weight: 400;
    color: var(--lotse-muted);
    font-size: 0.9em;
  }
  button {
    font: inherit;
    min-block-size: var(--lotse-target-size, 44px);
    min-inline-size: var(--lotse-target-size, 44px);
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    padding-block: var(--lotse-space-xs);
    padding-inline: var(--lotse-space-m);
    border-radius: 6px;
    border: 2px solid var(--lotse-brand);
    background: var(--lotse-brand);
    color: var(--lotse-on-brand);
    font-weight: 600;
    cursor: pointer;
  }
  button:hover {
    background: var(--lotse-brand-dark);
    border-color: var(--lotse-brand-dark);
  }
  button.secondary {
    background: transparent;
    color: var(--lotse-brand);
  }
  button.secondary:hover {
    background: transparent;
    color: var(--lotse-brand-dark);
    text-decoration: underline;
  }
  /*
   * Errors are never told by colour alone: a "!" icon and the words "Fehler:" go with the red.
   * The icon is a mask, not generated text, so screen readers do not read it.
   */
  .error-message::before {
    content: '';
    display: inline-block;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-inline-end: var(--lotse-space-s);
    vertical-align: -0.25em;
    background: var(--lotse-error, #b3261e);
    -webkit-mask: var(--lotse-error-icon) center / contain no-repeat;
    mask: var(--lotse-error-icon) center / contain no-repeat;
    --lotse-error-icon: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath fill-rule='evenodd' d='M8 0a8 8 0 1 1 0 16A8 8 0 0 1 8 0zM7 3h2v6H7zm0 8h2v2H7z'/%3E%3C/svg%3E");
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    .error-message::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
