// Styles of <dam-picker-dialog>. Theming only through --dam-* custom properties and ::part.
import { css } from 'lit';
import { tokens } from '../../internal/tokens.styles.js';

export const styles = [
  tokens,
  css`
  :host {
    display: contents;
  }
  dialog {
    color-scheme: var(--dam-color-scheme, light dark);
    box-sizing: border-box;
    inline-size: var(--dam-dialog-width, min(1100px, calc(100vw - 32px)));
    max-block-size: calc(100vh - 32px);
    padding: 0;
    border: none;
    border-radius: var(--_radius);
    background: var(--_background);
    overflow: hidden;
  }
  /* A column: on a short screen the picker shrinks to what the bar leaves, so its footer (Cancel, Insert) stays in view. */
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: var(--dam-dialog-backdrop, rgb(0 0 0 / 0.45));
  }
  .bar {
    display: flex;
    justify-content: flex-end;
    padding: 4px 4px 0;
  }
  .close {
    display: grid;
    place-items: center;
    inline-size: max(32px, var(--_target));
    block-size: max(32px, var(--_target));
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_text);
    font: inherit;
    font-size: 20px;
    line-height: 1;
    cursor: pointer;
  }
  .close:hover {
    border-color: var(--_border);
  }
  .close:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  ::slotted(dam-picker) {
    flex: 0 1 auto;
    min-block-size: 0;
    border: none;
    border-radius: 0;
    --dam-picker-height: var(--dam-dialog-picker-height, min(720px, calc(100vh - 32px)));
  }
  /* Phones (.full-screen: see the element): the whole screen (the dynamic viewport height leaves out the browser's
     bars), the picker fills what the bar leaves. */
  dialog.full-screen[open] {
    inline-size: 100%;
    max-inline-size: 100%;
    block-size: 100dvh;
    max-block-size: 100dvh;
    margin: 0;
    border-radius: 0;
  }
  .full-screen ::slotted(dam-picker) {
    flex: 1;
    min-block-size: 0;
    --dam-picker-height: auto;
  }
`,
];
