import { css } from 'lit';

/** Layout of the guided form screens. */
export const draftStyles = css`
  .progress {
    color: var(--lotse-muted);
    margin-block: 0 var(--lotse-space-s);
  }
  .help {
    max-inline-size: 40rem;
  }
  form > * + *,
  [slot] > * + * {
    margin-block-start: var(--lotse-space-l);
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0;
  }
  legend {
    font-weight: 700;
    font-size: 1.15rem;
    margin-block-end: var(--lotse-space-s);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lotse-space-m);
    margin-block-start: var(--lotse-space-l);
  }
  .saved {
    color: var(--lotse-muted);
    font-size: 0.9rem;
  }
  .summary-list {
    margin: 0 0 var(--lotse-space-m);
  }
  .summary-list > div {
    display: grid;
    grid-template-columns: minmax(8rem, 1fr) 2fr auto;
    gap: var(--lotse-space-m);
    padding-block: var(--lotse-space-s);
    border-block-end: 1px solid var(--lotse-border);
  }
  .summary-list dt {
    font-weight: 600;
  }
  .summary-list dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    .summary-list > div {
      grid-template-columns: 1fr;
      gap: var(--lotse-space-xs);
    }
  }
  .ask-staff .marked,
  .ask-staff-list {
    background: var(--lotse-warning-bg);
    padding: var(--lotse-space-s) var(--lotse-space-m);
    border-inline-start: 5px solid var(--lotse-text);
  }
  .mode {
    margin-block: 0 var(--lotse-space-s);
  }
  section + section {
    margin-block-start: var(--lotse-space-l);
  }
  .problem {
    border: 5px solid var(--lotse-error, #b3261e);
    padding: var(--lotse-space-m);
    margin-block-end: var(--lotse-space-l);
  }
  .receipt {
    border: 3px solid var(--lotse-brand);
    padding: var(--lotse-space-m);
  }
  .reference {
    font-size: 1.6rem;
    letter-spacing: 0.05em;
  }
  .consent {
    display: flex;
    align-items: center;
    gap: var(--lotse-space-s);
    min-block-size: 44px;
  }
  .consent input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }
  .declaration.has-error {
    border-inline-start: 5px solid var(--lotse-error, #b3261e);
    padding-inline-start: var(--lotse-space-m);
  }
  .error-message {
    color: var(--lotse-error, #b3261e);
    font-weight: 700;
  }
  button.link {
    background: none;
    border: none;
    color: var(--lotse-link);
    text-decoration: underline;
    padding-inline: var(--lotse-space-xs);
  }
  .panel {
    background: var(--lotse-brand);
    color: var(--lotse-on-brand);
    padding: var(--lotse-space-l);
    border-radius: 6px;
    margin-block-end: var(--lotse-space-l);
  }
`;
