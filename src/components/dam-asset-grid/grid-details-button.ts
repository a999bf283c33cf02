// The grid's "Details" button: one real button that sits on the tile under the pointer (or the active tile
// while focus is in the grid, and always on touch screens). A button inside each `role="option"` would be
// interactive content nested in an option (axe `nested-interactive`), so it lives beside the listbox and
// follows the tile it is for. The `i` key does the same from the keyboard.
import { msg, str } from '@lit/localize';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DamAsset } from '../../api/types.js';
import { cssVar } from '../dam-folder-tree/css-var.js';
import { tileIndexOf } from './grid-tile.js';

export interface DetailsButtonHost extends ReactiveControllerHost, HTMLElement {
  readonly assets: DamAsset[];
  readonly activeTileIndex: number;
  readonly listboxElement: HTMLElement | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
  tileAt(index: number): HTMLElement | null;
  /** Opens the details of the asset at `index` (fires `grid-details`). */
  openDetails(index: number): void;
}

let coarseQuery: MediaQueryList | undefined;
/** A touch screen (the list is made once: this is read on every scroll frame). */
const coarsePointer = (): boolean => typeof matchMedia === 'function' && (coarseQuery ??= matchMedia('(pointer: coarse)')).matches;

export class GridDetailsButton implements ReactiveController {
  readonly #host: DetailsButtonHost;
  #hoverIndex: number | undefined;
  #focusWithin = false;
  #position: { top: number; left: number } | undefined;
  #frame = 0;

  constructor(host: DetailsButtonHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#host.addEventListener('focusin', this.#onFocusIn);
    this.#host.addEventListener('focusout', this.#onFocusOut);
    this.#host.addEventListener('pointerleave', this.#onPointerLeave);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('focusin', this.#onFocusIn);
    this.#host.removeEventListener('focusout', this.#onFocusOut);
    this.#host.removeEventListener('pointerleave', this.#onPointerLeave);
    cancelAnimationFrame(this.#frame);
  }

  hostUpdated(): void {
    this.#schedule();
  }

  /** The tile the button is for: the hovered one, else the active one while the grid has focus (or on touch). */
  get targetIndex(): number | undefined {
    if (this.#hoverIndex !== undefined && this.#hoverIndex < this.#host.assets.length) return this.#hoverIndex;
    const active = this.#host.activeTileIndex;
    return (this.#focusWithin || coarsePointer()) && active < this.#host.assets.length ? active : undefined;
  }

  /** Pointer over a tile: the button moves there. */
  readonly onPointerOver = (event: PointerEvent): void => {
    const index = tileIndexOf(event);
    if (index !== undefined && index !== this.#hoverIndex) {
      this.#hoverIndex = index;
      this.#host.requestUpdate();
    }
  };

  /** A key in the listbox: the button follows the keyboard again. */
  keyboardUsed(): void {
    if (this.#hoverIndex === undefined) return;
    this.#hoverIndex = undefined;
    this.#host.requestUpdate();
  }

  /**
   * The listbox scrolled, or the virtualizer laid its tiles out again (the grid's width changed when the
   * details panel closed): keep the button on its tile, or hide it when the tile is gone. Nothing to do for no tile.
   */
  readonly relayout = (): void => {
    if (this.#position || this.targetIndex !== undefined) this.#schedule();
  };

  render(): TemplateResult | typeof nothing {
    const index = this.targetIndex;
    const asset = index === undefined ? undefined : this.#host.assets[index];
    if (!asset || index === undefined) return nothing;
    const position = this.#position;
    return html`<button
      type="button"
      part="tile-details-button"
      class="details-button"
      tabindex="0"
      data-index=${index}
      aria-label=${msg(str`Details: ${asset.title}`)}
      aria-keyshortcuts="i"
      ?hidden=${!position}
      ${cssVar('--_details-top', `${position?.top ?? 0}px`)}
      ${cssVar('--_details-start', `${position?.left ?? 0}px`)}
      @click=${() => this.#host.openDetails(index)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">
        <circle cx="12" cy="12" r="9" /><path d="M12 11v6M12 7.5v.01" />
      </svg>
    </button>`;
  }

  readonly #onFocusIn = (): void => {
    if (this.#focusWithin) return;
    this.#focusWithin = true;
    this.#host.requestUpdate();
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (this.#host.contains(next) || this.#host.shadowRoot?.contains(next))) return;
    this.#focusWithin = false;
    this.#host.requestUpdate();
  };

  readonly #onPointerLeave = (): void => {
    if (this.#hoverIndex === undefined) return;
    this.#hoverIndex = undefined;
    this.#host.requestUpdate();
  };

  #schedule(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#place());
  }

  /** Puts the button in the top end corner of its tile, within the visible part of the listbox. */
  #place(): void {
    const index = this.targetIndex;
    const tile = index === undefined ? null : this.#host.tileAt(index);
    const listbox = this.#host.listboxElement;
    // No tile at all: the virtualizer is drawing its first range. Hiding the button now would drop its focus.
    if (!tile && this.#position && index !== undefined && !listbox?.querySelector('[role="option"]')) return;
    let position: { top: number; left: number } | undefined;
    if (tile && listbox) {
      const hostBox = this.#host.getBoundingClientRect();
      const box = tile.getBoundingClientRect();
      const view = listbox.getBoundingClientRect();
      const rtl = getComputedStyle(this.#host).direction === 'rtl';
      // 8 px in from the tile's top end corner; the button is larger on touch screens (hidden, it still has its computed size).
      const button = this.#host.renderRoot.querySelector<HTMLElement>('.details-button');
      const size = (button && parseFloat(getComputedStyle(button).inlineSize)) || 32;
      // In the visible part of the tile: a tile partly scrolled out keeps its button, moved down into view.
      const top = Math.max(box.top, view.top) + 8;
      const inView = top + size <= Math.min(box.bottom, view.bottom);
      const left = rtl ? hostBox.right - box.left - 8 - size : box.right - hostBox.left - 8 - size;
      if (inView) position = { top: Math.round(top - hostBox.top), left: Math.round(left) };
    }
    const old = this.#position;
    if (old?.top === position?.top && old?.left === position?.left) return;
    // Never hide the button while it has focus (its tile scrolled or drawn anew): the focus would drop, and the
    // next Tab would start over from the grid.
    const root = this.#host.renderRoot as ShadowRoot;
    if (!position && root.activeElement?.classList.contains('details-button')) return;
    this.#position = position;
    this.#host.requestUpdate();
  }
}
