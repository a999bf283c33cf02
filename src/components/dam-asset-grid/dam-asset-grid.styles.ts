// Styles of <dam-asset-grid>. Theming only through the documented --dam-* custom properties;
// light and dark defaults come from light-dark() under the inherited color-scheme.
import { css } from 'lit';
import { colorScheme, tokens } from '../../internal/tokens.styles.js';

export const gridStyles = [
  tokens,
  colorScheme,
  css`
  :host {
    --_size: var(--dam-thumbnail-size, 160px);
    --_text-height: var(--dam-tile-text-height, 4.5rem);
    --_gap: var(--dam-grid-gap, 12px);
    --_surface: var(--dam-color-surface, light-dark(#ffffff, #1f2125));
    --_thumb-bg: var(--dam-color-thumbnail-background, light-dark(#eef0f3, #2a2d33));
    --_skeleton: var(--dam-color-skeleton, light-dark(#e3e6ea, #33363d));
    display: flex;
    flex-direction: column;
    position: relative;
    box-sizing: border-box;
    min-block-size: var(--dam-grid-min-height, 240px);
    /* The probe, a tile tall, must not lengthen a scrolling ancestor (the picker's results column on short screens). */
    overflow: clip;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  /* Measures the custom properties in pixels for the virtualizer's layout. */
  .probe {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    box-sizing: content-box;
    inline-size: var(--_size);
    block-size: calc(var(--_size) + var(--_text-height));
    padding-inline-start: var(--_gap);
    visibility: hidden;
    pointer-events: none;
  }

  /* The listbox is the virtualizer's scroller; the gutter keeps the column count stable. */
  .scroller {
    flex: 1 1 auto;
    /* Important: it overrides the 150 px the virtualizer sets inline, which overflowed onto the picker's footer on small phones. */
    min-block-size: 0 !important;
    overflow: auto;
    overscroll-behavior: contain;
    scrollbar-gutter: stable;
    outline: none;
  }

  /* Right to left: the virtualizer places tiles with physical transforms, so mirror the scroller (its
     scrollbar moves to the left) and mirror each piece of a tile back (a tile's own scale would also
     negate its translate), so text and thumbnails read normally. */
  .scroller:dir(rtl) {
    direction: ltr;
    scale: -1 1;
  }
  .scroller:dir(rtl) > * > * {
    direction: rtl;
    scale: -1 1;
  }

  .listbox:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -2px;
  }

  .tile {
    display: flex;
    flex-direction: column;
    gap: 4px;
    padding: 6px;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    user-select: none;
    outline: none;
    transition: background-color 120ms ease, border-color 120ms ease;
  }

  .tile:hover {
    background: var(--_hover);
  }

  .tile[aria-selected='true'] {
    background: var(--_selected);
    border-color: var(--_accent);
  }

  .tile:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .tile[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }

  .thumbnail {
    position: relative;
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 100%;
    aspect-ratio: 1;
    overflow: hidden;
    border-radius: calc(var(--_radius) - 2px);
    background: var(--_thumb-bg);
    color: var(--_muted);
  }

  /* Absolutely placed: a percentage height inside an aspect-ratio box does not resolve, and tall images would overflow. */
  .thumbnail img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }

  .placeholder {
    inline-size: 40%;
    block-size: 40%;
  }

  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
    font-size: 0.875rem;
    line-height: 1.25;
  }

  .meta {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.75rem;
    line-height: 1.3;
    color: var(--_muted);
  }

  .check {
    position: absolute;
    inset-block-start: 12px;
    inset-inline-end: 12px;
    display: grid;
    place-items: center;
    inline-size: 24px;
    block-size: 24px;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: 0 0 0 2px var(--_surface);
  }

  .check svg {
    inline-size: 16px;
    block-size: 16px;
  }

  /* A restricted asset's status, in words, over the thumbnail's top corner (the check takes the other). After the
     meta in the DOM, so the tile's name ("title, meta, status") reads in the order of its visible text. */
  .badge {
    position: absolute;
    inset-block-start: 12px;
    inset-inline-start: 12px;
    max-inline-size: calc(100% - 60px);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    padding: 1px 6px;
    border: 1px solid var(--dam-color-badge-border, #ffffff);
    border-radius: 4px;
    background: var(--dam-color-badge-background, #1f2328);
    color: var(--dam-color-badge-text, #ffffff);
    font-size: 0.6875rem;
    font-weight: 600;
    line-height: 1.4;
  }

  /* The first page: a static grid of stand-ins with the same geometry as the tiles. */
  /* The first screen of tiles before the virtualizer has loaded: the same geometry as its layout (set by the grid). */
  .first-screen {
    display: grid;
    grid-template-columns: var(--_first-columns);
    grid-auto-rows: var(--_first-row);
    gap: var(--_first-gap);
    /* The scroller's gutter keeps the scrollbar out of the content box (the virtualizer's padding counts it). */
    padding: var(--_first-gap);
    align-content: start;
    justify-content: start;
  }
  .skeleton-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--_size), 1fr));
    grid-auto-rows: max-content;
    align-content: start;
    gap: var(--_gap);
    padding: var(--_gap);
    overflow: hidden;
    /* One pulse for the whole grid of stand-ins: an opacity animation runs on the compositor. (A shimmer of
       each stand-in's background-position repainted every one of them on the main thread each frame, ~5 ms a
       frame on 2 cores, while the picker waited to handle the DAM's answers.) */
    animation: pulse 1.4s ease-in-out infinite;
  }

  .skeleton {
    display: flex;
    flex-direction: column;
    gap: 8px;
    box-sizing: border-box;
    padding: 7px;
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .skeleton-thumbnail,
  .skeleton-line {
    border-radius: 4px;
    background: var(--_skeleton);
  }

  .skeleton-thumbnail {
    flex: none;
    aspect-ratio: 1;
  }

  .skeleton-line {
    block-size: 0.75rem;
  }

  .skeleton-line.short {
    inline-size: 60%;
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  .empty {
    position: absolute;
    inset: 0;
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    padding: 2rem 1rem;
    text-align: center;
    color: var(--_muted);
  }

  .empty-title {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
    color: var(--_text);
  }

  .empty-hint {
    margin: 0;
    font-size: 0.875rem;
  }


  /* One button, placed on the tile it is for (grid-details-button.ts). */
  .details-button {
    position: absolute;
    inset-block-start: var(--_details-top, 0);
    inset-inline-start: var(--_details-start, 0);
    z-index: 1;
    display: grid;
    place-items: center;
    /* A touch target on touch screens (--dam-touch-target), like every other button. */
    inline-size: max(32px, var(--_target));
    block-size: max(32px, var(--_target));
    padding: 0;
    border: 1px solid var(--_border, currentColor);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
  }
  .details-button[hidden] {
    display: none;
  }
  .details-button svg {
    inline-size: 20px;
    block-size: 20px;
  }
  .details-button:focus-visible {
    outline: 3px solid var(--dam-color-focus, var(--_accent));
    outline-offset: 2px;
  }

  @media (prefers-reduced-motion: reduce) {
    .tile {
      transition: none;
    }
    .skeleton-grid {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .tile[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
    .tile:focus-visible {
      outline: 3px solid Highlight;
    }
    .details-button {
      border-color: ButtonText;
    }
    .check {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .badge {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`,
];
