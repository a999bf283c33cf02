// Styles of <dam-picker>. Theming only through --dam-* custom properties and ::part.
import { css } from 'lit';
import { colorScheme, tokens } from '../../internal/tokens.styles.js';

export const styles = [
  tokens,
  colorScheme,
  css`
  :host {
    display: block;
    block-size: var(--dam-picker-height, 600px);
    font-family: var(--dam-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--dam-font-size, 14px);
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  /* theme="light|dark" forces the scheme for the picker and every element inside it (they read --dam-color-scheme). */
  :host([theme='light']) {
    --dam-color-scheme: light;
  }
  :host([theme='dark']) {
    --dam-color-scheme: dark;
  }
  /* density="compact": the same tokens, tighter. Values set on the element by the page still win. */
  :host([density='compact']) {
    --dam-spacing: 5px;
    --dam-font-size: 13px;
    --dam-thumbnail-size: 112px;
    --dam-grid-gap: 8px;
    --dam-tile-text-height: 3.75rem;
    --dam-folder-tree-row-height: 26px;
    --dam-search-height: 32px;
    --dam-sidebar-width: 220px;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* The picker's own width (not the window's) decides the narrow layout: it may sit in a dialog or a side panel. */
  .picker {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    container: picker / inline-size;
  }
  .header,
  .footer,
  .toolbar {
    display: flex;
    align-items: center;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 2);
  }
  .toolbar,
  .footer {
    flex-wrap: wrap;
  }
  .header {
    border-block-end: 1px solid var(--_border);
    justify-content: space-between;
  }
  .header button {
    white-space: nowrap;
  }
  .title {
    min-inline-size: 0;
    overflow-wrap: anywhere;
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
  }
  .body {
    flex: 1;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
  }
  .sidebar-toggle {
    white-space: nowrap;
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .toolbar dam-search-box {
    flex: 1 1 12rem;
    min-inline-size: 0;
    max-inline-size: 36rem;
  }
  .count {
    color: var(--_muted);
    white-space: nowrap;
    margin-inline-start: auto;
  }
  /* Short pickers (a small phone, a low panel): the results column scrolls, the browse bar and the dropzone away
     above the grid, which keeps --dam-grid-min-height, or the column's height less a strip to swipe them back by. */
  dam-asset-grid {
    flex: 1 0 auto;
    min-block-size: 0;
    block-size: min(var(--dam-grid-min-height, 240px), 100% - 3rem);
  }
  dam-upload-dropzone {
    margin: 0 calc(var(--_space) * 2) var(--_space);
  }
  .upload-destination {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin: 0 calc(var(--_space) * 2) var(--_space);
    font-size: 0.875em;
  }
  .content {
    position: relative;
    flex: 1;
    min-block-size: 0;
    display: flex;
    border-block-start: 1px solid var(--_border);
  }
  .sidebar {
    flex: none;
    inline-size: var(--dam-sidebar-width, 260px);
    max-inline-size: 85%;
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    border-inline-end: 1px solid var(--_border);
    background: var(--_background);
  }
  .sidebar[hidden] {
    display: none;
  }
  .content.narrow .sidebar {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    z-index: 2;
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.25);
  }
  /* Narrow widths: the sidebar is a sheet over the whole picker's height, above a scrim; a swipe towards its edge
     closes it. Only while it is open: the details panel covers the results alone, and the footer stays. */
  .content.sheet-open {
    position: static;
  }
  .content.narrow .sidebar.sheet {
    inline-size: min(100%, 22rem);
    max-inline-size: 100%;
    z-index: 3;
    touch-action: pan-y;
    transition: translate 80ms ease-out;
  }
  .scrim {
    position: absolute;
    inset: 0;
    z-index: 2;
    background: rgb(0 0 0 / 0.35);
  }
  .trap {
    position: absolute;
  }
  .sheet-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space) calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border-block-end: 1px solid var(--_border);
  }
  .sheet-title {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
  }
  .sheet-close {
    inline-size: max(36px, var(--_target));
    padding: 0;
    border-color: transparent;
    font-size: 20px;
    line-height: 1;
  }
  .sidebar-section {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    padding: var(--_space) calc(var(--_space) * 1.25);
  }
  /* A basis of 0 and clipping: the tree scrolls inside its share instead of growing over the filters. */
  .sidebar-tree {
    flex: 45 1 0;
    overflow: hidden;
  }
  .sidebar-tree dam-folder-tree {
    flex: 1;
    min-block-size: 0;
  }
  /* Stand-in rows until the tree's and the facets' code has loaded (after the first results and their thumbnails). */
  .sidebar-skeleton {
    display: grid;
    gap: 10px;
    padding-block: 6px;
  }
  .sidebar-skeleton span {
    block-size: 0.75rem;
    border-radius: 4px;
    background: var(--dam-color-skeleton, light-dark(#e3e6ea, #33363d));
  }
  .sidebar-skeleton span:nth-child(odd) {
    inline-size: 70%;
  }
  .sidebar-facets {
    flex: 55 1 0;
    overflow: auto;
    border-block-start: 1px solid var(--_border);
  }
  .sidebar-heading {
    margin: 0 0 calc(var(--_space) * 0.5);
    font-size: 0.8rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .results {
    flex: 1;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    overflow-y: auto;
  }
  .browse-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2);
  }
  .browse-bar dam-breadcrumb {
    flex: 1 1 auto;
  }
  .scope {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
    padding: 0;
    border: none;
  }
  .scope-option {
    min-block-size: var(--_target);
    display: inline-flex;
    align-items: center;
    gap: 4px;
    white-space: nowrap;
    cursor: pointer;
  }
  .scope-option input {
    accent-color: var(--_accent);
    margin: 0;
  }
  /* The chips take the footer's free room, up to their own width: from a zero basis, so that they never push
     Cancel and Insert onto a line of their own (they scroll instead). */
  .selection {
    display: flex;
    gap: calc(var(--_space) * 0.5);
    flex: 1000 1 0;
    min-inline-size: 0;
    max-inline-size: fit-content;
    overflow-x: auto;
    margin: 0;
    padding: 2px;
    list-style: none;
  }
  .selection-item,
  .selection-more {
    display: inline-flex;
    align-items: center;
    flex: none;
    max-inline-size: 14rem;
    border-radius: 999px;
    background: var(--_selected);
    padding-inline: calc(var(--_space) * 1.25) 2px;
    font-size: 0.9em;
  }
  .selection-more {
    padding-inline-end: calc(var(--_space) * 1.25);
  }
  .selection-item span {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .selection-item button {
    flex: none;
    min-block-size: 0;
    inline-size: max(24px, var(--_target));
    block-size: max(24px, var(--_target));
    padding: 0;
    border: none;
    border-radius: 999px;
  }
  /* Alt text in the selection list (alt-text="optional|required"). */
  .selection-item.with-alt {
    max-inline-size: 22rem;
    gap: 4px;
    border-radius: var(--_radius);
  }
  .selection-item .alt-field {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .selection-item .alt-field input[type='text'] {
    inline-size: 9rem;
    font: inherit;
    color: inherit;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 2px 4px;
  }
  .selection-item .alt-field input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .selection-item .alt-decorative {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    white-space: nowrap;
  }
  .insert-reason {
    color: var(--_danger);
    font-size: 0.9em;
  }
  .insert-reason:empty {
    position: absolute;
  }
  .recents-heading {
    margin: 0;
    font-size: 1em;
  }
  .empty {
    text-align: center;
    padding: calc(var(--_space) * 3);
  }
  .empty-title {
    font-weight: 600;
  }
  .panel {
    margin: auto;
    padding: calc(var(--_space) * 3);
    text-align: center;
    max-inline-size: min(28rem, 100%);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    align-items: center;
  }
  .hint,
  .selected {
    color: var(--_muted);
  }
  .selected {
    white-space: nowrap;
  }
  .error,
  .notice {
    color: var(--_danger);
  }
  /* The footer's live region stays in the DOM (so a later notice is announced) but takes no room while empty. */
  .footer .notice:empty {
    position: absolute;
  }
  .banner {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin: 0 calc(var(--_space) * 2) var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
    color: var(--_danger);
  }
  .banner {
    flex-wrap: wrap;
  }
  .banner span {
    flex: 1 1 12rem;
  }
  select {
    min-inline-size: 0;
    max-inline-size: 100%;
    min-block-size: var(--_target);
  }
  .footer {
    border-block-start: 1px solid var(--_border);
  }
  .renditions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    max-inline-size: 100%;
  }
  .spacer {
    flex: 1;
  }
  button {
    font: inherit;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.75);
    cursor: pointer;
    min-block-size: max(36px, var(--_target));
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  button.link {
    border: none;
    color: var(--_accent);
    padding-inline: var(--_space);
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  /* Phones and narrow panels: the search box gets a line of its own under the sidebar toggle and the count;
     the selection takes the footer's first line and Cancel and Insert the second, at the end. */
  @container picker (max-width: 540px) {
    .toolbar dam-search-box {
      order: 1;
      flex-basis: 100%;
      max-inline-size: none;
    }
    .footer {
      row-gap: 0;
    }
    .footer .spacer {
      flex: 1 0 100%;
      margin-block-end: var(--_space);
    }
    .footer .spacer + * {
      margin-inline-start: auto;
    }
  }
`,
];
