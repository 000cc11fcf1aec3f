import { css } from 'lit';

/**
 * A button in the app header: the header's colours (`currentColor`), an outline instead of a
 * fill, and at least `--lotse-target-size` (44 px) in both directions.
 */
export const headerButtonStyles = css`
  button {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: transparent;
    min-block-size: var(--lotse-target-size, 44px);
    min-inline-size: var(--lotse-target-size, 44px);
    max-inline-size: 100%;
    padding-block: var(--lotse-space-xs);
    padding-inline: var(--lotse-space-s);
    border: 2px solid currentColor;
    border-radius: 4px;
    cursor: pointer;
  }
`;
