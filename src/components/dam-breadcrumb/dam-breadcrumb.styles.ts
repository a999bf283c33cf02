// Styles of <dam-breadcrumb>. Theming only through the documented --dam-* custom properties.
import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

export const breadcrumbStyles = [
  tokens,
  css`
  /* No color-scheme of its own: the breadcrumb follows the scheme around it. */
  :host {
    display: block;
    min-inline-size: 0;
    color: var(--_text);
    font: inherit;
  }
  :host([hidden]) {
    display: none;
  }
  ol {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    display: inline-flex;
    align-items: center;
    min-inline-size: 0;
    max-inline-size: var(--dam-breadcrumb-item-max-width, 14rem);
  }
  .crumb,
  .current {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    padding: 2px 4px;
    border-radius: 4px;
  }
  .crumb {
    min-block-size: var(--_target);
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: none;
    cursor: pointer;
  }
  .crumb:hover {
    text-decoration: underline;
  }
  .crumb:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }
  .current {
    font-weight: 600;
  }
  .separator {
    color: var(--_muted);
    padding-inline: 2px;
  }
`,
];
