// Keyboard model of the virtualised asset grid: which key moves to which tile in two dimensions. The
// roving tabindex and keeping focus while tiles are scrolled out of the DOM come from RovingFocusController.
import type { ReactiveControllerHost } from 'lit';
import { logicalKey } from '../../internal/direction.js';
import { clampIndex, homeEndTarget, RovingFocusController } from '../../internal/roving-focus.js';

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
function navigationTarget(key: string, current: number, count: number, columns: number, rowsPerPage: number): number | undefined {
  if (count <= 0) return undefined;
  const edge = homeEndTarget(key, count);
  if (edge !== undefined) return edge;
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
    case 'PageUp':
      target = current - page >= 0 ? current - page : current % cols;
      break;
    case 'PageDown':
      target = Math.min(current + page, last);
      break;
    default:
      return undefined;
  }
  return clampIndex(target, count);
}

/** Roving focus over the tiles, with the grid's 2-D key model. */
export class GridNavigationController extends RovingFocusController {
  readonly #grid: GridNavigationHost;

  constructor(grid: GridNavigationHost) {
    super(grid, {
      count: () => grid.itemCount,
      itemAt: (index) => grid.tileAt(index),
      container: () => grid.listboxElement,
      scrollToIndex: (index) => grid.scrollToIndex(index, 'nearest'),
      refocusWhenRendered: true,
    });
    this.#grid = grid;
  }

  /** Handles a navigation key; returns whether it did. */
  handleKey(event: KeyboardEvent): boolean {
    if (event.altKey) return false;
    const { itemCount, columns, rowsPerPage } = this.#grid;
    const key = logicalKey(event.key, this.#grid.listboxElement ?? (event.target as Element));
    const target = navigationTarget(key, this.activeIndex, itemCount, columns, rowsPerPage);
    if (target === undefined) return false;
    event.preventDefault();
    void this.focusIndex(target);
    return true;
  }
}
