// Styles of <dam-folder-tree>. Theming only through the documented --dam-* custom properties.
import { css } from 'lit';
import { colorScheme, tokens } from '../../internal/tokens.styles.js';

export const folderTreeStyles = [
  tokens,
  colorScheme,
  css`
  :host {
    --_row: max(var(--dam-folder-tree-row-height, 32px), var(--_target));
    --_indent: var(--dam-folder-tree-indent, 16px);
    display: flex;
    flex-direction: column;
    min-block-size: var(--dam-folder-tree-min-height, 120px);
    color: var(--_text);
    font: inherit;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  .tree {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
    overscroll-behavior: contain;
    outline: none;
    padding-block: 2px;
  }
  .tree:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -2px;
  }
  .item {
    display: flex;
    align-items: center;
    gap: 6px;
    inline-size: 100%;
    block-size: var(--_row);
    box-sizing: border-box;
    padding-inline: calc(4px + var(--_level, 0) * var(--_indent)) 8px;
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
    white-space: nowrap;
    outline: none;
  }
  .item:hover {
    background: var(--_hover);
  }
  .item[aria-selected='true'] {
    background: var(--_selected);
    font-weight: 600;
  }
  .item:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -2px;
  }
  .toggle {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: max(20px, var(--_target));
    block-size: max(20px, var(--_target));
    border-radius: 4px;
    color: var(--_muted);
  }
  .toggle:hover {
    background: var(--_hover);
  }
  .toggle svg {
    inline-size: 14px;
    block-size: 14px;
    transition: transform 120ms ease;
  }
  .item[aria-expanded='true'] .toggle svg {
    transform: rotate(90deg);
  }
  /* Closed chevrons point towards the reading direction's end. */
  .toggle svg:dir(rtl) {
    transform: scaleX(-1);
  }
  .item[aria-expanded='true'] .toggle svg:dir(rtl) {
    transform: rotate(90deg);
  }
  .item[aria-busy='true'] .toggle {
    opacity: 0.4;
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle svg {
      transition: none;
    }
  }
  /* Forced colours drop the tint of the current folder: show it as the system shows a selected item. */
  @media (forced-colors: active) {
    .item[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .item[aria-selected='true'] .toggle,
    .item[aria-selected='true'] .icon {
      color: HighlightText;
    }
    .item:focus-visible {
      outline-color: Highlight;
    }
    .item[aria-selected='true']:focus-visible {
      outline-color: HighlightText;
    }
  }
  .icon {
    flex: none;
    inline-size: 18px;
    block-size: 18px;
    color: var(--_muted);
  }
  .item[data-kind='webpage'] .icon {
    color: var(--_accent);
  }
  .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    padding: 6px 8px;
    color: var(--_danger);
  }
  .error button {
    font: inherit;
    color: inherit;
    background: transparent;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) * 0.75);
    padding: 2px 10px;
    min-block-size: var(--_target);
    cursor: pointer;
  }
`,
];
