import { css } from 'lit';

/**
 * Styles of `lotse-file-field`: the native file input lies invisible over a big button-like span,
 * so it keeps its native keyboard, label and drop behaviour while the visible text is ours.
 */
export const fileFieldStyles = css`
  .picker {
    position: relative;
    display: inline-block;
    max-inline-size: 100%;
  }
  .picker input {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 56px;
    min-inline-size: var(--lotse-target-size, 44px);
    max-inline-size: 100%;
    padding-block: var(--lotse-space-s);
    padding-inline: var(--lotse-space-l);
    border: 2px solid var(--lotse-brand, #0b5d7a);
    border-radius: 6px;
    background: var(--lotse-brand, #0b5d7a);
    color: var(--lotse-on-brand, #fff);
    font-size: 1.125rem;
    font-weight: 700;
    text-align: center;
  }
  .picker input:hover + .button {
    background: var(--lotse-brand-dark, #073f53);
  }
  .picker input[aria-invalid='true'] + .button {
    outline: 3px solid var(--lotse-error, #b3261e);
    outline-offset: 2px;
  }
  .picker input:focus-visible + .button {
    outline: 3px solid var(--lotse-focus, #0b0c0c);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--lotse-focus-halo, #fd0);
  }
  .chosen {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lotse-space-s) var(--lotse-space-m);
    margin-block-end: var(--lotse-space-s);
  }
  .thumb {
    inline-size: 6rem;
    block-size: 6rem;
    object-fit: cover;
    border: 1px solid var(--lotse-border);
  }
  .file-name {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
`;
