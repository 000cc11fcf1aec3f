import { css } from 'lit';

/**
 * The native confirmation dialog (`<dialog>` with showModal) and its "delete" button: a bordered
 * box that fits a 320 px screen, a dimmed page behind it, and a danger colour that is never the
 * only sign (the button says what it does).
 */
export const dialogStyles = css`
  dialog {
    max-inline-size: min(32rem, calc(100vw - 2 * var(--lotse-space-m)));
    border: 2px solid var(--lotse-text);
    border-radius: 6px;
    padding: var(--lotse-space-l);
    color: var(--lotse-text);
    background: var(--lotse-surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }
  dialog h2 {
    margin-block-start: 0;
  }
  button.danger {
    background: var(--lotse-danger);
    border-color: var(--lotse-danger);
    color: var(--lotse-on-danger);
  }
`;
