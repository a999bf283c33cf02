// The default theme in one place: each documented --dam-* custom property a page may set, read into a
// private --_* alias with its default (light and dark through light-dark() under the inherited
// color-scheme). An element's own styles come after these and may add or override aliases.
import { css } from 'lit';

export const tokens = css`
  :host {
    --_background: var(--dam-color-background, light-dark(#ffffff, #1c1d21));
    --_text: var(--dam-color-text, light-dark(#1d1f23, #eceef2));
    --_muted: var(--dam-color-muted, light-dark(#5c6270, #a9afbc));
    --_border: var(--dam-color-border, light-dark(#d9dce3, #3a3d45));
    --_hover: var(--dam-color-hover, light-dark(#f1f3f6, #2b2e34));
    --_accent: var(--dam-color-accent, light-dark(#2450d4, #8fb0ff));
    --_on-accent: var(--dam-color-on-accent, light-dark(#ffffff, #0b1533));
    --_selected: var(--dam-color-selected, light-dark(#e6effc, #1d3557));
    --_danger: var(--dam-color-danger, light-dark(#b3261e, #ffb4ab));
    --_warning: var(--dam-color-warning, light-dark(#7a4b00, #ffd08a));
    --_focus: var(--dam-color-focus, var(--_accent));
    /* The focus ring; offsets differ by element. Forced colours replace its colour per element. */
    --_focus-ring: 2px solid var(--_focus);
    --_radius: var(--dam-radius, 8px);
    --_space: var(--dam-spacing, 8px);
    /* The least height (and width, for icon buttons) of what is tapped: none with a mouse, 44px on touch screens. */
    --_target: var(--dam-touch-target, 0px);
  }
  @media (pointer: coarse) {
    :host {
      --_target: var(--dam-touch-target, 44px);
    }
  }
`;

/**
 * Light and dark defaults on the host, unless a page or `<dam-picker theme>` forces one (--dam-color-scheme).
 * Not for elements that follow the colour scheme of the page around them.
 */
export const colorScheme = css`
  :host {
    color-scheme: var(--dam-color-scheme, light dark);
  }
`;
