import { css } from 'lit';

/**
 * Styles every field element shares: GOV.UK-like label, hint, error and input sizes (48 px high,
 * at least 1rem text), the error bar on the inline-start side, and a visually hidden helper.
 */
export const fieldStyles = css`
  :host {
    margin-block-end: var(--lotse-space-l);
  }
  .field {
    min-inline-size: 0;
  }
  .field.has-error {
    border-inline-start: 5px solid var(--lotse-error, #b3261e);
    padding-inline-start: var(--lotse-space-m);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    max-inline-size: 100%;
  }
  .label {
    display: block;
    font-weight: 700;
    font-size: 1.125rem;
    margin-block-end: var(--lotse-space-xs);
    overflow-wrap: anywhere;
  }
  .hint,
  .help {
    margin-block: 0 var(--lotse-space-s);
    font-size: 1rem;
    white-space: pre-line;
  }
  .help {
    color: inherit;
  }
  .error-message {
    display: block;
    margin-block: 0 var(--lotse-space-s);
    color: var(--lotse-error, #b3261e);
    font-weight: 700;
  }
  details {
    margin-block: 0 var(--lotse-space-s);
  }
  summary {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--lotse-target-size, 44px);
    color: var(--lotse-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  details > div {
    border-inline-start: 5px solid var(--lotse-border);
    padding-inline-start: var(--lotse-space-m);
    white-space: pre-line;
  }
  input:not([type='radio'], [type='checkbox'], [type='file']),
  textarea,
  select {
    font: inherit;
    font-size: max(1em, 1rem);
    color: var(--lotse-text);
    background: var(--lotse-surface, #fff);
    min-block-size: 48px;
    inline-size: 100%;
    max-inline-size: 100%;
    padding-block: var(--lotse-space-xs);
    padding-inline: var(--lotse-space-s);
    border: 2px solid var(--lotse-text, #1b1b1b);
    border-radius: 0;
  }
  textarea {
    display: block;
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--lotse-error, #b3261e) !important;
    box-shadow: inset 0 0 0 1px var(--lotse-error, #b3261e);
  }
  input:focus,
  textarea:focus,
  select:focus {
    outline: 3px solid var(--lotse-focus-accent, #fd0);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--lotse-focus, #0b0c0c);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  /* Dual-language view: the second language under the first, set apart by a rule, not colour. */
  .second-language {
    display: block;
    margin-block-start: var(--lotse-space-xs);
    padding-inline-start: var(--lotse-space-s);
    border-inline-start: 3px solid var(--lotse-border);
    font-weight: 400;
    unicode-bidi: isolate;
  }
  .in-german {
    font-size: 0.875rem;
    font-weight: 400;
    font-style: italic;
  }
`;
