// Styles every element shares: text for screen readers only, and skip links that show when focused.
import { css } from 'lit';

export const visuallyHidden = css`
  .visually-hidden,
  .skip-link:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
