// Styles of <dam-asset-details>: a column beside the results, or over the picker (`overlay`) on narrow
// widths. Theming only through the documented --dam-* custom properties and ::part.
import { css } from 'lit';
import { colorScheme, tokens } from '../../internal/tokens.styles.js';

export const detailsStyles = [
  tokens,
  colorScheme,
  css`
    :host {
      display: flex;
      flex-direction: column;
      min-block-size: 0;
      inline-size: var(--dam-details-width, 360px);
      max-inline-size: 50%;
      border-inline-start: 1px solid var(--_border);
      background: var(--_background);
      color: var(--_text);
    }
    :host([overlay]) {
      position: absolute;
      inset: 0;
      z-index: 3;
      inline-size: auto;
      max-inline-size: none;
      border: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .details {
      display: flex;
      flex-direction: column;
      min-block-size: 0;
      block-size: 100%;
    }
    .bar {
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 0.5);
      padding: var(--_space);
      border-block-end: 1px solid var(--_border);
    }
    .where {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .spacer {
      flex: 1;
    }
    .scroll {
      flex: 1;
      min-block-size: 0;
      overflow: auto;
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.5);
    }
    h2 {
      margin: 0;
      font-size: 1.15em;
      overflow-wrap: anywhere;
    }
    h2:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }
    .status {
      align-self: flex-start;
      margin: 0;
      padding: 2px calc(var(--_space) * 1);
      border: 1px solid currentColor;
      border-radius: 999px;
      color: var(--_warning);
      font-weight: 600;
      font-size: 0.85em;
    }
    .status[data-status='expired'],
    .status[data-status='not-yet-valid'] {
      color: var(--_danger);
    }
    .preview {
      position: relative;
      display: grid;
      place-items: center;
      min-block-size: 160px;
      border-radius: var(--_radius);
      background: var(--dam-color-thumbnail-background, light-dark(#eef0f3, #2a2d33));
      overflow: hidden;
    }
    .preview img,
    .preview video {
      grid-area: 1 / 1;
      display: block;
      max-inline-size: 100%;
      max-block-size: 50vh;
      object-fit: contain;
    }
    .preview img.thumbnail {
      inline-size: 100%;
      filter: blur(2px);
    }
    .preview img.large:not(.loaded) {
      opacity: 0;
    }
    .preview video {
      inline-size: 100%;
    }
    .preview audio {
      grid-area: 2 / 1;
      inline-size: 100%;
    }
    .format {
      grid-area: 1 / 1;
      font-size: 2em;
      font-weight: 700;
      color: var(--_muted);
      padding: calc(var(--_space) * 4);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    .reason {
      flex-basis: 100%;
      margin: 0;
      color: var(--_danger);
      font-size: 0.9em;
    }
    .web {
      color: var(--_accent);
    }
    button {
      font: inherit;
      color: var(--_text);
      background: transparent;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
      padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
      min-block-size: max(36px, var(--_target));
      min-inline-size: max(36px, var(--_target));
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      background: var(--_selected);
      border-color: var(--_accent);
    }
    button[aria-pressed] svg {
      inline-size: 1em;
      block-size: 1em;
      margin-inline-end: 0.35em;
      vertical-align: -0.125em;
    }
    button.primary {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_on-accent);
      font-weight: 600;
    }
    button:disabled,
    button[aria-disabled='true'] {
      opacity: 0.5;
      cursor: not-allowed;
    }
    button:focus-visible,
    a:focus-visible,
    input:focus-visible {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }
    .arrow {
      font-size: 1.4em;
      line-height: 1;
    }
    .alt-field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.5);
    }
    .alt-text {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .alt-label {
      font-weight: 600;
    }
    .alt-text input {
      font: inherit;
      color: inherit;
      background: transparent;
      padding: calc(var(--_space) * 0.75);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 0.75);
    }
    .alt-text input[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    .alt-decorative {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .metadata {
      margin: 0;
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }
    .row {
      display: grid;
      grid-template-columns: minmax(6rem, 35%) 1fr;
      gap: var(--_space);
    }
    dt {
      color: var(--_muted);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .tags li {
      padding: 0 calc(var(--_space) * 0.75);
      border-radius: 999px;
      background: var(--_selected);
    }
    @media (forced-colors: active) {
      :host {
        border-color: CanvasText;
      }
      .status,
      .tags li {
        border: 1px solid CanvasText;
        color: CanvasText;
      }
      button[aria-pressed='true'] {
        outline: 2px solid Highlight;
      }
      button:focus-visible,
      a:focus-visible,
      input:focus-visible,
      h2:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
];
