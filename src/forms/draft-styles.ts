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
    min-block-size: var(--lotse-target-size, 44px);
  }
  /* The box itself is a whole target (the label beside it is one more). */
  .consent input {
    inline-size: var(--lotse-target-size, 44px);
    block-size: var(--lotse-target-size, 44px);
    margin: 0;
    flex: none;
    accent-color: var(--lotse-brand);
  }
  /* Links that stand alone (home, print, back) are targets like the buttons around them. */
  p > a:only-child {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--lotse-target-size, 44px);
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
  /* Languages: untranslated words are marked; the citizen's language sits under the UI's. */
  .in-german {
    font-size: 0.875em;
    font-weight: 400;
    font-style: italic;
  }
  .second-language {
    display: block;
    margin-block-start: var(--lotse-space-xs);
    padding-inline-start: var(--lotse-space-s);
    border-inline-start: 3px solid var(--lotse-border);
    font-size: 0.85em;
    font-weight: 400;
    unicode-bidi: isolate;
  }
  .staff-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--lotse-space-s) var(--lotse-space-l);
  }
  /* A select is as wide as its longest option: let it and its row shrink to the screen. */
  .staff-tools > * {
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .citizen-language label {
    display: block;
  }
  .citizen-language select {
    min-block-size: var(--lotse-target-size, 44px);
    max-inline-size: 100%;
    font: inherit;
    color: var(--lotse-text);
    background: var(--lotse-surface);
    border: 2px solid var(--lotse-text);
    border-radius: 4px;
  }
  /* Step navigation: back at the inline start, next at the inline end (left in Arabic). */
  .step-nav .next {
    margin-inline-start: auto;
  }
  .dir-icon {
    vertical-align: middle;
  }
  /* Direction icons point the way of reading: mirrored in right-to-left languages. */
  .dir-icon:dir(rtl) {
    transform: scaleX(-1);
  }
  .dir-icon:dir(rtl) {
    transform: scaleX(-1);
  }
`;
