import { css } from 'lit';
import { dialogStyles } from '../ui/dialog-styles.ts';

/** Layout of the drafts list and its delete dialog. */
export const draftsListStyles = [
  css`
    .drafts {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: var(--lotse-space-m);
    }
    .draft {
      border: 1px solid var(--lotse-border);
      border-radius: 6px;
      background: var(--lotse-surface);
      padding: var(--lotse-space-m);
    }
    h3 {
      font-size: 1.15rem;
      margin: 0;
    }
    .draft p {
      margin-block: var(--lotse-space-xs) 0;
    }
    .meta {
      color: var(--lotse-muted);
    }
    .upload {
      display: grid;
      gap: var(--lotse-space-xs);
    }
    .upload progress {
      inline-size: 100%;
      block-size: 1rem;
    }
    .draft p.stale {
      background: var(--lotse-warning-bg);
      border: 2px solid var(--lotse-text);
      border-inline-start-width: 6px;
      padding: var(--lotse-space-s);
      font-weight: 600;
    }
    .office.question {
      font-weight: 600;
      border-inline-start: 4px solid var(--lotse-text);
      padding-inline-start: var(--lotse-space-s);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--lotse-space-s) var(--lotse-space-m);
      margin-block-start: var(--lotse-space-s);
    }
    .actions a {
      display: inline-flex;
      align-items: center;
      min-block-size: var(--lotse-target-size, 44px);
      font-weight: 600;
    }
    .actions a.primary {
      padding-inline: var(--lotse-space-m);
      border-radius: 6px;
      background: var(--lotse-brand);
      color: var(--lotse-on-brand);
      text-decoration: none;
    }
    .actions a.primary:hover {
      background: var(--lotse-brand-dark);
      text-decoration: underline;
    }
    .storage {
      color: var(--lotse-muted);
      font-size: 0.9rem;
      margin-block: var(--lotse-space-s) 0;
    }
    .status {
      margin: 0;
      font-weight: 600;
    }
    .status:not(:empty) {
      margin-block-end: var(--lotse-space-m);
    }
  `,
  dialogStyles,
];
