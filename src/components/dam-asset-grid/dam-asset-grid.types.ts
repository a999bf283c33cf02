// Event names and detail types of <dam-asset-grid>. These are internal coordination
// events (bubbling, not composed) consumed by <dam-picker>, which owns the selection.
import type { DamAsset } from '../../api/types.js';

/** The user toggled a tile (click, Space, Enter in multiple mode). The grid never changes `selectedIds` itself. */
export const GRID_TOGGLE = 'grid-toggle';
/** The user tried to toggle an unselected tile on while the selection is full: the host may say why nothing happened. */
export const GRID_TOGGLE_BLOCKED = 'grid-toggle-blocked';
/** The user activated a tile (double-click, or Enter in single mode): the host may confirm. */
export const GRID_ACTIVATE = 'grid-activate';
/** The visible range came within about two rows of the end of `assets` while more can be loaded. */
export const GRID_LOAD_MORE = 'grid-load-more';

/** With `randomAccess`: the positions of the first and last visible tiles changed; the host loads what is missing. */
export const GRID_RANGE = 'grid-range';

export interface GridRangeDetail {
  first: number;
  last: number;
}

export interface GridAssetDetail {
  asset: DamAsset;
}

export type GridLoadMoreDetail = Record<string, never>;

export type GridToggleEvent = CustomEvent<GridAssetDetail>;
export type GridActivateEvent = CustomEvent<GridAssetDetail>;
