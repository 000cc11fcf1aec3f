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
    min-block-size: 44px;
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
    min-block-size: 44px;
    padding-block: var(--lotse-space-xs);
    padding-inline: var(--lotse-space-m);
    border-radius: 6px;
    border: 2px solid var(--lotse-brand);
    background: var(--lotse-brand);
    color: var(--lotse-on-brand);
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--lotse-brand);
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
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
