// Styles of <dam-facet-list>. Theming only through the documented --dam-* custom properties.
import { css } from 'lit';
import { colorScheme, tokens } from '../../internal/tokens.styles.js';

export const facetListStyles = [
  tokens,
  colorScheme,
  css`
  :host {
    display: block;
    color: var(--_text);
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 10px;
  }
  .active {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .chips {
    display: contents;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    max-inline-size: 100%;
    padding-inline: 10px 2px;
    border-radius: 999px;
    background: var(--_selected);
    font-size: 0.9em;
  }
  .chip span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .notice {
    margin: 0;
    font-size: 0.9em;
    color: var(--_warning);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    inline-size: 100%;
  }
  .group-toggle {
    display: flex;
    align-items: center;
    justify-content: space-between;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: 4px 2px;
    border: none;
    background: transparent;
    font: inherit;
    font-weight: 600;
    color: var(--_text);
    cursor: pointer;
    border-radius: 4px;
  }
  .group-toggle svg {
    inline-size: 14px;
    block-size: 14px;
    transition: transform 120ms ease;
  }
  .group-toggle[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .group-toggle svg {
      transition: none;
    }
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Rows at least 24px apart: the checkboxes are smaller than 24px, so their spacing makes the target size (WCAG 2.5.8). */
  .option {
    display: flex;
    align-items: center;
    gap: 8px;
    box-sizing: border-box;
    min-block-size: max(24px, var(--_target));
    padding: 3px 2px;
    border-radius: 4px;
    cursor: pointer;
  }
  .option:hover {
    background: var(--_hover);
  }
  .option input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .option-label {
    flex: 1;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    font-size: 0.9em;
  }
  button {
    font: inherit;
  }
  .link,
  .chip button {
    border: none;
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
    padding: 2px 6px;
    border-radius: 999px;
  }
  .link {
    min-block-size: var(--_target);
  }
  .chip button {
    color: var(--_text);
    inline-size: max(24px, var(--_target));
    block-size: max(24px, var(--_target));
    padding: 0;
  }
  .chip button:hover {
    background: var(--_hover);
  }
  /* One ring around the whole option, and only for keyboard focus: a click on a checkbox focuses it in
     Chromium and Firefox, where :focus-within drew a ring after every click. */
  button:focus-visible,
  .option:has(input:focus-visible) {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }
  .option input:focus-visible {
    outline: none;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
`,
];
