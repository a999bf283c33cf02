// Roving focus for the virtualised asset grid: which tile is active, which key moves where,
// and keeping focus sensible while the active tile is scrolled out of the DOM and back.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { logicalKey } from '../direction.js';

/** What the controller needs from the grid element. */
export interface GridNavigationHost extends ReactiveControllerHost {
  readonly shadowRoot: ShadowRoot | null;
  /** Number of loaded (focusable) assets. */
  readonly itemCount: number;
  /** Tiles per row as laid out now. */
  readonly columns: number;
  /** Whole rows that fit in the viewport. */
  readonly rowsPerPage: number;
  /** The listbox: focus is parked here while the active tile is not rendered. */
  readonly listboxElement: HTMLElement | null;
  tileAt(index: number): HTMLElement | null;
  scrollToIndex(index: number, block?: ScrollLogicalPosition): void;
}

/** The index a navigation key moves to, or `undefined` when the key does not navigate. */
export function navigationTarget(
  key: string,
  current: number,
  count: number,
  columns: number,
  rowsPerPage: number,
): number | undefined {
  if (count <= 0) return undefined;
  const last = count - 1;
  const cols = Math.max(1, columns);
  const page = cols * Math.max(1, rowsPerPage);
  let target: number;
  switch (key) {
    case 'ArrowLeft':
      target = current - 1;
      break;
    case 'ArrowRight':
      target = current + 1;
      break;
    case 'ArrowUp':
      target = current - cols >= 0 ? current - cols : current;
      break;
    case 'ArrowDown':
      // From the row above a partial last row, land on the last tile rather than nowhere.
      if (current + cols <= last) target = current + cols;
      else target = Math.floor(current / cols) < Math.floor(last / cols) ? last : current;
      break;
    case 'Home':
      target = 0;
      break;
    case 'End':
      target = last;
      break;
    case 'PageUp':
      target = current - page >= 0 ? current - page : current % cols;
      break;
    case 'PageDown':
      target = Math.min(current + page, last);
      break;
    default:
      return undefined;
  }
  return Math.min(Math.max(target, 0), last);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

export class GridNavigationController implements ReactiveController {
  /** Index of the tile that carries `tabindex="0"`. */
  activeIndex = 0;
  private rendered = { first: -1, last: -1 };
  private parking = false;
  private pointerDown = false;

  constructor(private readonly host: GridNavigationHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Whether the active tile is currently in the DOM (otherwise the listbox takes the tab stop). */
  get activeRendered(): boolean {
    return this.activeIndex >= this.rendered.first && this.activeIndex <= this.rendered.last;
  }

  /** Keeps the active index inside the loaded assets; `reset` starts over at the first tile. */
  clamp(reset = false): void {
    const max = Math.max(0, this.host.itemCount - 1);
    this.activeIndex = reset ? 0 : Math.min(this.activeIndex, max);
    if (reset) this.rendered = { first: -1, last: -1 };
  }

  /** Handles a navigation key; returns whether it did. */
  handleKey(event: KeyboardEvent): boolean {
    if (event.altKey) return false;
    const { itemCount, columns, rowsPerPage } = this.host;
    const key = logicalKey(event.key, this.host.listboxElement ?? (event.target as Element));
    const target = navigationTarget(key, this.activeIndex, itemCount, columns, rowsPerPage);
    if (target === undefined) return false;
    event.preventDefault();
    void this.focusIndex(target);
    return true;
  }

  /** Makes `index` the active tile, brings it into view (through the virtualizer when needed) and focuses it. */
  async focusIndex(index: number): Promise<void> {
    const count = this.host.itemCount;
    if (count === 0) return;
    this.activeIndex = Math.min(Math.max(0, Math.trunc(index)), count - 1);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const wanted = this.activeIndex;
    let tile = this.host.tileAt(wanted);
    if (!tile) {
      // Right after new assets arrive the virtualizer has not rendered yet; the tile may already be in view.
      await nextFrame();
      if (this.activeIndex !== wanted) return;
      tile = this.host.tileAt(wanted);
    }
    if (!tile) {
      this.host.scrollToIndex(wanted, 'nearest');
      for (let frame = 0; frame < 30 && !tile; frame++) {
        await nextFrame();
        if (this.activeIndex !== wanted) return; // a later key press took over
        tile = this.host.tileAt(wanted);
      }
      await this.host.updateComplete;
    } else {
      tile.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    tile?.focus({ preventScroll: true });
  }

  /** The virtualizer changed which tiles exist: park focus on the listbox, or bring it back. */
  rangeChanged(first: number, last: number): void {
    const wasRendered = this.activeRendered;
    const root = this.host.shadowRoot;
    const listbox = this.host.listboxElement;
    const activeTile = this.host.tileAt(this.activeIndex);
    this.rendered = { first, last };
    if (!this.activeRendered && activeTile && root?.activeElement === activeTile && listbox) {
      // The focused tile is about to leave the DOM; keep keyboard focus inside the grid.
      this.parking = true;
      listbox.focus({ preventScroll: true });
      this.parking = false;
    } else if (this.activeRendered && listbox && root?.activeElement === listbox) {
      const index = this.activeIndex;
      void this.host.updateComplete.then(() => {
        if (root.activeElement === listbox) this.host.tileAt(index)?.focus({ preventScroll: true });
      });
    }
    if (wasRendered !== this.activeRendered) this.host.requestUpdate();
  }

  /** A tile received focus (click or programmatic): it becomes the active one. */
  tileFocused(index: number): void {
    if (index !== this.activeIndex) {
      this.activeIndex = index;
      this.host.requestUpdate();
    }
  }

  listboxPointerDown(): void {
    this.pointerDown = true;
    setTimeout(() => (this.pointerDown = false));
  }

  /** The listbox itself got focus from Tab: move it on to the active tile. */
  listboxFocused(): void {
    if (this.parking || this.pointerDown) return;
    void this.focusIndex(this.activeIndex);
  }
}
