// Styles of <dam-upload-dropzone>. Theming only through the documented --dam-* custom properties and ::part.
import { css } from 'lit';
import { colorScheme, tokens } from '../../internal/tokens.styles.js';

export const dropzoneStyles = [
  tokens,
  colorScheme,
  css`
  :host {
    /* Darker than the shared default border: the dashed outline is what shows the drop area. */
    --_border: var(--dam-color-border, light-dark(#c4c9d1, #4a4f58));
    display: block;
    color: var(--_text);
    font: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  .zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: var(--_space);
    min-block-size: var(--dam-dropzone-min-height, 7rem);
    padding: calc(var(--_space) * 2);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    text-align: center;
    transition: border-color 120ms, background-color 120ms;
  }

  :host([dragging]) .zone {
    border-color: var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  /* Narrow widths: just the buttons, at the start of the line. The hint stays for screen readers (the buttons' description). */
  :host([compact]:not([dragging])) .zone {
    justify-content: flex-start;
    min-block-size: 0;
    padding: 0;
    border: none;
  }
  :host([compact]:not([dragging])) :is(.icon, .prompt) {
    display: none;
  }
  :host([compact]:not([dragging])) .hint {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The camera is offered on touch screens (phones and tablets), beside the files. */
  .camera {
    display: none;
  }
  @media (pointer: coarse) {
    .camera {
      display: inline-block;
    }
  }

  .icon {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    color: var(--_muted);
  }

  .prompt,
  .hint {
    margin: 0;
  }

  .hint {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875em;
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  button:focus-visible,
  input:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .upload,
  .save {
    min-block-size: var(--_target);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 1.5);
    border: 1px solid var(--_accent);
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  .save {
    background: transparent;
    color: var(--_accent);
    font-weight: 500;
  }

  .link {
    min-block-size: var(--_target);
    padding: 2px 4px;
    border: 0;
    border-radius: 4px;
    background: transparent;
    color: var(--_accent);
    text-decoration: underline;
  }

  .messages {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
    margin-block-start: var(--_space);
    color: var(--_danger);
  }

  .messages ul {
    flex: 1;
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .overall {
    display: flex;
    align-items: center;
    gap: var(--_space);
    margin-block: var(--_space) 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .overall progress {
    flex: 1;
  }

  .list {
    display: grid;
    gap: var(--_space);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .row {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
  }

  .name {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 500;
  }

  progress {
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--_accent);
  }

  .status {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .status[data-error] {
    color: var(--_danger);
  }

  .title-form {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
  }

  .title-input {
    flex: 1;
    min-inline-size: min(8rem, 100%);
    min-block-size: var(--_target);
    padding: calc(var(--_space) * 0.5) var(--_space);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) - 2px);
    background: transparent;
    color: inherit;
    font: inherit;
  }

  .title-error {
    flex-basis: 100%;
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
  }


  @media (prefers-reduced-motion: reduce) {
    .zone {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    :host([dragging]) .zone {
      border-color: Highlight;
    }
  }
`,
];
