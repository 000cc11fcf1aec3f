import { css } from 'lit';

/** Layout of the print view on screen and on paper. */
export const printStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--lotse-space-s) var(--lotse-space-m);
    margin-block: var(--lotse-space-m) var(--lotse-space-l);
  }
  .toolbar a {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--lotse-target-size, 44px);
  }
  .meta,
  .answers {
    margin: 0;
  }
  .meta > div,
  .answers > div {
    display: grid;
    grid-template-columns: minmax(10rem, 2fr) 3fr;
    gap: var(--lotse-space-m);
    padding-block: var(--lotse-space-xs);
  }
  .answers > div {
    border-block-end: 1px solid var(--lotse-border);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .missing {
    font-weight: 700;
    border: 2px dashed currentColor;
    padding-inline: var(--lotse-space-s);
    min-block-size: 2.5em;
  }
  .ask-staff {
    grid-column: 2;
    font-style: italic;
  }
  .empty {
    color: var(--lotse-muted);
  }
  h3 {
    font-size: 1.1rem;
    margin-block: var(--lotse-space-m) var(--lotse-space-xs);
  }
  h4,
  h5,
  h6 {
    font-size: 1rem;
    margin-block: var(--lotse-space-s) var(--lotse-space-xs);
  }
  .signature {
    margin-block-start: calc(3 * var(--lotse-space-l));
    border-block-start: 1px solid currentColor;
    padding-block-start: var(--lotse-space-xs);
    max-inline-size: 24rem;
  }
  @media (max-width: 30rem) {
    .meta > div,
    .answers > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .ask-staff {
      grid-column: 1;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .toolbar,
    .intro {
      display: none !important;
    }
    section,
    .instance,
    .answers > div {
      break-inside: avoid;
      page-break-inside: avoid;
    }
    h2,
    h3,
    h4 {
      break-after: avoid;
      page-break-after: avoid;
    }
    .empty {
      color: #000;
    }
    .answers > div {
      border-color: #000;
    }
  }
`;
