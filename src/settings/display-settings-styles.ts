import { css } from 'lit';
import { headerButtonStyles } from '../ui/header-button-styles.ts';

/**
 * Styles of `lotse-display-settings`. It sits in the header, so it takes the header's colours
 * (`currentColor`); every target is at least `--lotse-target-size` (44 px) and the panel wraps
 * onto a row of its own, so nothing overflows at 320 px or with large text.
 */
export const displaySettingsStyles = [
  headerButtonStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      max-inline-size: 100%;
    }
    /* Open, it takes a row of its own in the header; the button stays at the row's end. */
    :host([open]) {
      flex-basis: 100%;
    }
    :host([open]) .disclosure {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
    }
    :host([open]) .panel {
      flex-basis: 100%;
    }
    *,
    *::before,
    *::after {
      box-sizing: inherit;
    }
    [hidden] {
      display: none !important;
    }
    button {
      display: inline-flex;
      align-items: center;
      gap: var(--lotse-space-s);
      overflow-wrap: anywhere;
      text-align: start;
    }
    button[aria-expanded='true'] {
      background: var(--lotse-on-header, #fff);
      color: var(--lotse-header-bg, #0b5d7a);
    }
    .icon {
      font-weight: 700;
      font-size: 1.1em;
      line-height: 1;
      white-space: nowrap;
      overflow-wrap: normal;
    }
    :focus-visible {
      outline: 3px solid var(--lotse-focus-accent, #fd0);
      outline-offset: 2px;
    }
    .panel {
      display: flex;
      flex-wrap: wrap;
      gap: var(--lotse-space-s) var(--lotse-space-l);
      padding-block: var(--lotse-space-s);
    }
    fieldset {
      margin: 0;
      padding-block: var(--lotse-space-xs) var(--lotse-space-s);
      padding-inline: var(--lotse-space-m);
      border: 1px solid currentColor;
      border-radius: 4px;
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    legend {
      font-weight: 700;
      padding-inline: var(--lotse-space-xs);
      max-inline-size: 100%;
      overflow-wrap: anywhere;
    }
    label {
      display: flex;
      align-items: center;
      gap: var(--lotse-space-s);
      min-block-size: var(--lotse-target-size, 44px);
      min-inline-size: var(--lotse-target-size, 44px);
      cursor: pointer;
      overflow-wrap: anywhere;
    }
    input {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      cursor: pointer;
      accent-color: var(--lotse-focus-accent, #fd0);
    }
    @media (forced-colors: active) {
      button[aria-expanded='true'] {
        background: Highlight;
        color: HighlightText;
      }
    }
  `,
];
