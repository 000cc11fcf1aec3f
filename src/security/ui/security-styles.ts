import { css } from 'lit';
import { dialogStyles } from '../../ui/dialog-styles.ts';

/**
 * Styles of the lock screen, profile form and security settings: GOV.UK-like labels, hints and
 * errors, 48 px inputs, 44 px targets, a warning box that says "Warnung:" in words (never colour
 * alone), and the native confirmation dialog.
 */
export const securityStyles = [
  css`
    form,
    section {
      max-inline-size: 36rem;
    }
    .field {
      margin-block: 0 var(--lotse-space-l);
      min-inline-size: 0;
    }
    .field.has-error {
      border-inline-start: 5px solid var(--lotse-error);
      padding-inline-start: var(--lotse-space-m);
    }
    label,
    legend {
      display: block;
      font-weight: 700;
      font-size: 1.125rem;
      margin-block-end: var(--lotse-space-xs);
      overflow-wrap: anywhere;
    }
    fieldset {
      border: 0;
      margin: 0 0 var(--lotse-space-l);
      padding: 0;
      min-inline-size: 0;
    }
    legend {
      padding: 0;
    }
    .hint {
      margin-block: 0 var(--lotse-space-s);
    }
    .error-message {
      display: block;
      margin-block: 0 var(--lotse-space-s);
      color: var(--lotse-error);
      font-weight: 700;
    }
    input:not([type='radio']) {
      font: inherit;
      font-size: max(1em, 1rem);
      color: var(--lotse-text);
      background: var(--lotse-surface);
      min-block-size: 48px;
      inline-size: 100%;
      max-inline-size: 20rem;
      padding-block: var(--lotse-space-xs);
      padding-inline: var(--lotse-space-s);
      border: 2px solid var(--lotse-text);
      border-radius: 0;
    }
    input[aria-invalid='true'] {
      border-color: var(--lotse-error);
      border-width: 3px;
    }
    .profiles {
      display: grid;
      gap: var(--lotse-space-s);
    }
    .profiles label {
      display: flex;
      align-items: center;
      gap: var(--lotse-space-s);
      min-block-size: var(--lotse-target-size, 44px);
      font-weight: 600;
      margin: 0;
      cursor: pointer;
    }
    .profiles input {
      flex: none;
      inline-size: 1.75rem;
      block-size: 1.75rem;
      margin: 0;
      accent-color: var(--lotse-brand);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--lotse-space-s) var(--lotse-space-m);
      margin-block: var(--lotse-space-m);
    }
    .warning {
      background: var(--lotse-warning-bg);
      color: var(--lotse-text);
      border: 2px solid var(--lotse-text);
      border-inline-start-width: 8px;
      padding: var(--lotse-space-m);
      margin-block: 0 var(--lotse-space-l);
      font-weight: 600;
    }
    .message:empty,
    .status:empty {
      display: none;
    }
    .message {
      font-weight: 700;
      border-inline-start: 5px solid var(--lotse-error);
      padding-inline-start: var(--lotse-space-m);
    }
    .status {
      font-weight: 600;
    }
    .countdown {
      font-weight: 600;
    }
    button[aria-disabled='true'] {
      cursor: not-allowed;
      opacity: 0.7;
    }
  `,
  dialogStyles,
];
