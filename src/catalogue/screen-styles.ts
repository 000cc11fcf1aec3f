import { css } from 'lit';

/** Layout shared by the catalogue screens. */
export const screenStyles = css`
  .status {
    color: var(--lotse-muted);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: var(--lotse-space-s) var(--lotse-space-m);
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }
    dd {
      margin-block-end: var(--lotse-space-s);
    }
  }
  .in-german {
    font-size: 0.875em;
    font-weight: 400;
    font-style: italic;
  }
`;
