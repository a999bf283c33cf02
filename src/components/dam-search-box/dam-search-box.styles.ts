// Styles of <dam-search-box>. Theming only through the documented --dam-* custom properties.
import { css } from 'lit';
import { colorScheme, tokens } from '../../internal/tokens.styles.js';

export const searchBoxStyles = [
  tokens,
  colorScheme,
  css`
  :host {
    --_surface: var(--dam-color-input-background, light-dark(#ffffff, #16181c));
    /* A field needs a 3:1 boundary (WCAG 1.4.11): darker than the decorative borders by default. */
    --_border: var(--dam-color-input-border, var(--dam-color-border, light-dark(#7d8491, #7a808c)));
    display: block;
    font: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  .field {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.25rem;
    block-size: max(var(--dam-search-height, 2.5rem), calc(var(--_target) + 2px));
    padding-inline: 0.625rem 0.25rem;
    box-sizing: border-box;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  /* The field's ring is the text input's; the clear button draws its own when it has keyboard focus
     (:focus-within drew both at once). */
  .field:has(input:focus) {
    outline: var(--_focus-ring);
    outline-offset: 1px;
  }

  :host([disabled]) .field {
    opacity: 0.6;
  }

  .icon {
    flex: none;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    color: var(--_muted);
  }

  input {
    flex: 1 1 auto;
    min-inline-size: 0;
    block-size: 100%;
    padding: 0 0.25rem;
    border: 0;
    outline: none;
    background: transparent;
    color: inherit;
    font: inherit;
    font-size: 0.9375rem;
    appearance: none;
  }

  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  /* The component draws its own clear button. WebKit (Safari) still draws its native one beside it
     under appearance: none: only display: none removes it. */
  input::-webkit-search-cancel-button,
  input::-webkit-search-decoration {
    appearance: none;
    display: none;
  }

  .clear {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: max(2rem, var(--_target));
    block-size: max(2rem, var(--_target));
    padding: 0;
    border: 0;
    border-radius: calc(var(--_radius) - 2px);
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }

  .clear:hover {
    background: var(--_hover);
    color: var(--_text);
  }

  .clear:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -2px;
  }

  .clear svg {
    inline-size: 1rem;
    block-size: 1rem;
  }


  @media (forced-colors: active) {
    .field:has(input:focus),
    .clear:focus-visible {
      outline-color: Highlight;
    }
  }
`,
];
