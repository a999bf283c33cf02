// <dam-asset-grid>: a presentational, virtualised, keyboard-operable listbox of asset tiles.
// It knows nothing of the network; <dam-picker> feeds it assets and owns the selection.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { RangeChangedEvent, VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { DamAsset } from '../../api/types.js';
import { isRestricted } from '../../api/restrictions.js';
import { gridStyles } from './dam-asset-grid.styles.js';
import { visuallyHidden } from '../shared.styles.js';
import { DamElement } from '../../internal/dam-element.js';
import { GridGeometryController, type GridLayoutConfig } from './grid-geometry.js';
import { cssVar } from '../dam-folder-tree/css-var.js';
import { afterNextPaint, imagesSettled } from '../../internal/after-paint.js';
import { GridNavigationController, type GridNavigationHost } from './grid-navigation.js';
import { isStandIn, prefetchThumbnails, renderTile, skeletonTile, thumbnailOf, tileIndexOf, type GridItem } from './grid-tile.js';
import { GridDetailsButton, type DetailsButtonHost } from './grid-details-button.js';
import type { ThumbnailGate } from './thumbnail-gate.js';

/**
 * How long the virtualizer's take-over (and the sidebar's code, which waits for the same) waits at most for the
 * first screen's thumbnails, in ms: a slow CDN does not hold them back longer.
 */
const FIRST_THUMBNAILS_WAIT = 500;

/** One stand-in for every position not loaded (keyed by position). */
const STAND_IN: GridItem = Object.freeze({ standIn: -1 });

type GridVirtual = typeof import('./grid-virtual.js');
/** The virtualizer's chunk, once loaded (one per page). */
let virtualModule: GridVirtual | undefined;
let virtualLoading: Promise<GridVirtual> | undefined;

/** Loads the virtualizer's chunk; a failed load is tried again at the next call. */
function loadVirtual(): Promise<GridVirtual> {
  return (virtualLoading ??= import('./grid-virtual.js').then(
    (module) => (virtualModule = module),
    (error: unknown) => {
      virtualLoading = undefined;
      throw error;
    },
  ));
}

/**
 * @tag dam-asset-grid
 * @summary A virtualised, keyboard-operable grid of asset tiles (listbox pattern). Presentational:
 * the host supplies `assets` and `selectedIds` and reacts to its events.
 *
 * @event grid-toggle - `{ asset }` The user toggled a tile (click, Space, Enter in multiple mode). The grid does not change `selectedIds` itself: assign a new set.
 * @event grid-toggle-blocked - `{ asset }` The user tried to toggle an unselected tile on while `selectionFull`, or a restricted one with `blockRestricted`: nothing changed; the host may say why.
 * @event grid-activate - `{ asset }` Double-click, or Enter in single mode (after selecting the tile). The host may confirm; it should treat `asset` as chosen.
 * @event grid-details - `{ asset }` The user asked for an asset's details (the tile's Details button, or the `i` key).
 * @event grid-load-more - `{}` The visible range came within about two rows of the end while `hasMore && !loadingMore && !loading`; once per `assets.length`.
 * @event grid-range - `{ first, last }` With `randomAccess`: the positions of the first and last visible tiles changed. The host loads what is missing there.
 * @fires grid-toggle
 * @fires grid-toggle-blocked
 * @fires grid-activate
 * @fires grid-load-more
 * @fires grid-details
 * @fires grid-range
 *
 * @slot empty - Replaces the default "No assets found" message.
 *
 * @csspart listbox - The `role="listbox"` element holding the tiles; it is also the scroll container.
 * @csspart tile - One asset (`role="option"`); `[aria-selected="true"]`, `[aria-disabled="true"]` and `:focus-visible` style its states.
 * @csspart thumbnail - The square thumbnail area of a tile.
 * @csspart placeholder - The icon shown when there is no usable thumbnail.
 * @csspart title - The asset title (two lines at most).
 * @csspart meta - The format and type label, e.g. "JPG · Image".
 * @csspart check - The checkmark badge of a selected tile.
 * @csspart status-badge - The rights status of a restricted asset, in words ("Expired", "Not yet valid", "View only", "Archived"); also `badge`. The tile carries `data-status`.
 * @csspart tile-details-button - The "Details" button on the hovered tile (and the active one while the grid has focus; always on touch screens).
 * @csspart skeleton - A stand-in tile: the whole grid while `loading`, a row after the last tile while `loadingMore`.
 * @csspart empty - The empty state.
 *
 * @cssproperty --dam-thumbnail-size - Smallest tile width; tiles grow to fill each row, the thumbnail stays square. Default `160px`.
 * @cssproperty --dam-tile-text-height - Height of the title and meta area under the thumbnail. Default `4.5rem`.
 * @cssproperty --dam-grid-gap - Space between and around tiles. Default `12px`.
 * @cssproperty --dam-grid-min-height - Minimum height of the grid. Default `240px`.
 * @cssproperty --dam-radius - Tile corner radius. Default `8px`.
 * @cssproperty --dam-color-surface - Background.
 * @cssproperty --dam-color-text - Text colour.
 * @cssproperty --dam-color-muted - Meta text and placeholder icons.
 * @cssproperty --dam-color-hover - Tile background on hover.
 * @cssproperty --dam-color-accent - Selected border and check badge.
 * @cssproperty --dam-color-on-accent - The checkmark on the badge.
 * @cssproperty --dam-color-selected - Selected tile background.
 * @cssproperty --dam-color-focus - Focus ring. Default: the accent.
 * @cssproperty --dam-color-thumbnail-background - Behind thumbnails and placeholders.
 * @cssproperty --dam-color-skeleton - Stand-in tiles.
 * @cssproperty --dam-color-badge-background - Status badge background. Default `#1f2328`.
 * @cssproperty --dam-color-badge-text - Status badge text. Default `#ffffff`.
 * @cssproperty --dam-color-badge-border - Status badge border. Default `#ffffff`.
 */
@localized()
export class DamAssetGrid extends DamElement implements GridNavigationHost, DetailsButtonHost {
  static override styles = [visuallyHidden, gridStyles];

  /** The loaded assets, in result order (with `randomAccess`: the loaded window, from position `offset`). */
  @property({ attribute: false }) assets: DamAsset[] = [];
  /**
   * Lay out all `total` results at their positions, stand-ins where nothing is loaded, so the scrollbar spans the
   * whole list and dragging it jumps anywhere; `grid-range` tells the host what is visible.
   */
  @property({ attribute: false }) randomAccess = false;
  /** With `randomAccess`: the position of `assets[0]` in the whole list. */
  @property({ attribute: false }) offset = 0;
  /** With `randomAccess`: identifies the result list; a new value starts over at the top (a moved window does not). */
  @property({ attribute: false }) listId = '';
  /** Total hits of the query (may exceed `assets.length`); `aria-setsize`. 0 when unknown. */
  @property({ attribute: false }) total = 0;
  /** The first page is in flight: stand-ins instead of results, `aria-busy`. */
  @property({ type: Boolean, reflect: true }) loading = false;
  /** A next page is in flight: a row of stand-ins after the last tile. */
  @property({ attribute: false }) loadingMore = false;
  /** More results exist beyond `assets`. */
  @property({ attribute: false }) hasMore = false;
  /** Ids of the selected assets. Assign a new set on every change. */
  @property({ attribute: false }) selectedIds: ReadonlySet<string> = new Set();
  /** Multi-select (`aria-multiselectable`). */
  @property({ type: Boolean, reflect: true }) multiple = false;
  /** In multiple mode the selection is full: unselected tiles are `aria-disabled` and do not toggle on. */
  @property({ attribute: false }) selectionFull = false;
  /** Restricted assets (`status` other than `active`) are not selectable: `aria-disabled`, and toggling them fires `grid-toggle-blocked`. */
  @property({ attribute: false }) blockRestricted = false;
  /** Accessible name of the listbox. Empty: a localised "Assets". */
  @property() label = '';

  private readonly nav = new GridNavigationController(this);
  private readonly geometry = new GridGeometryController(this);
  private readonly detailsButton = new GridDetailsButton(this);
  /** Holds thumbnails back during fast scrolls; it comes with the virtualizer (no scroll happens before it). */
  private thumbnails?: ThumbnailGate;
  /** `assets`, plus stand-ins to the end of the next row while `loadingMore`. */
  private items: GridItem[] = [];
  private readonly failedThumbnails = new Set<string>();
  private lastVisible = -1;
  private loadMoreFiredAt = -1;
  private scrollToTopPending = false;
  /** The virtualizer's layout for `geometry.layout` (a new layout object only when the geometry changed). */
  private virtualLayout?: { config: GridLayoutConfig; layout: unknown };
  /** The virtualizer taking over from the first screen's plain grid, once on its way. */
  private virtualTakeover: Promise<void> | undefined;

  get itemCount(): number {
    return this.loading ? 0 : this.randomAccess ? this.items.length : this.assets.length;
  }

  /** The asset at a position (undefined for a stand-in). */
  private assetAt(index: number): DamAsset | undefined {
    const item = this.items[index];
    return item && !isStandIn(item) ? item : undefined;
  }

  /** Tiles per row as drawn (the virtualizer may see less width than the scroller, e.g. clipped by the window). */
  get columns(): number {
    const tiles = this.renderRoot?.querySelectorAll<HTMLElement>('.listbox > [data-index]') ?? [];
    const top = tiles[0]?.getBoundingClientRect().top;
    let count = 1;
    while (top !== undefined && count < tiles.length && Math.abs(tiles[count]!.getBoundingClientRect().top - top) < 1) count++;
    // Every rendered tile on one row tells nothing; fall back to the computed geometry.
    return count < tiles.length ? count : this.geometry.columns;
  }

  get activeTileIndex(): number {
    return this.nav.activeIndex;
  }

  /** Asks the host to show the details of the asset at `index`. */
  openDetails(index: number): void {
    const asset = this.assets[index];
    if (asset) this.emit('grid-details', { asset });
  }

  get rowsPerPage(): number {
    return this.geometry.rowsPerPage;
  }

  /**
   * Starts fetching the thumbnails of the first screen of `assets`, a result list about to be drawn (the first
   * row at high priority, as its tiles will ask), so that they are on their way while the picker renders.
   */
  prefetchThumbnails(assets: readonly DamAsset[]): void {
    prefetchThumbnails(assets.slice(0, this.geometry.firstScreen), this.geometry.columns);
  }

  get listboxElement(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.listbox') ?? null;
  }

  tileAt(index: number): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>(`.tile[data-index="${index}"]`) ?? null;
  }

  /**
   * Scrolls the tile at `index` into view (it may not be in the DOM), once a size change is measured and drawn: a
   * plain scroll to where the rows as drawn put it. Not the virtualizer's `scrollIntoView()`: that also pins the
   * tile, and the virtualizer re-places a pinned tile at its next reflow — when the details panel opened beside the
   * grid, one with the new width and the old tile size, rows too far down, where the results then loaded a far
   * page instead of the loaded ones.
   */
  scrollToIndex(index: number, block: ScrollLogicalPosition = 'start'): void {
    void this.geometry.settled().then(() => this.scrollNow(index, block));
  }

  private scrollNow(index: number, block: ScrollLogicalPosition): void {
    const scroller = this.listboxElement;
    if (!virtualModule || !scroller) {
      this.tileAt(index)?.scrollIntoView({ block });
      return;
    }
    const { gap, tileHeight } = this.geometry;
    const top = this.geometry.tileTop(index, this.columns) - gap;
    const end = top + Math.round(tileHeight) + 2 * gap - scroller.clientHeight;
    scroller.scrollTop =
      block === 'start' ? top : block === 'end' ? end : block === 'center' ? (top + end) / 2 : Math.min(top, Math.max(scroller.scrollTop, end));
  }

  /** The virtualizer's code has arrived: it draws the tiles from now on. */
  private readonly virtualArrived = (): void => {
    // Its tiles replace the first screen's: a focused tile's focus goes to the same tile drawn anew.
    const root = this.renderRoot as ShadowRoot;
    const tileFocused = root.activeElement?.getAttribute('role') === 'option';
    this.requestUpdate();
    if (!tileFocused) return;
    void this.updateComplete.then(async () => {
      // The virtualizer draws its tiles a frame or two later. Focus the redrawn tile only while focus is still
      // dropped (it fell back to the body with the old tile): an editor who has tabbed on keeps it where it is.
      const dropped = () => root.activeElement === null && (document.activeElement === null || document.activeElement === document.body);
      for (let frame = 0; frame < 30 && dropped(); frame++) {
        const tile = this.tileAt(this.nav.activeIndex);
        if (tile) return tile.focus({ preventScroll: true });
        await afterNextPaint();
      }
    });
  };

  /**
   * Resolves once the thumbnails drawn now (the first screen's, after the first results) have loaded and decoded,
   * or failed (half a second after the call at most), and a frame has been painted with them. Work that would delay
   * their paint waits for it: the virtualizer taking over from the first screen, and the picker's sidebar.
   */
  async thumbnailsShown(): Promise<void> {
    await this.updateComplete;
    await imagesSettled(this.renderRoot.querySelectorAll<HTMLImageElement>('[role="option"] img'), FIRST_THUMBNAILS_WAIT);
    await afterNextPaint();
  }

  /** A scroll or a key before the virtualizer has arrived: fetch it now, and let it take over as soon as it is there. */
  private hurryVirtual(): void {
    if (!virtualModule) loadVirtual().then(this.virtualArrived, () => undefined);
  }

  /** Makes the tile at `index` the active one, scrolls it into view and focuses it. */
  focusAsset(index: number): Promise<void> {
    return this.nav.focusIndex(index);
  }

  /** Focuses the active tile (or the grid when there is none). */
  override focus(options?: FocusOptions): void {
    if (this.itemCount > 0) void this.nav.focusIndex(this.nav.activeIndex);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.randomAccess) {
      if (changed.has('listId') && changed.get('listId') !== undefined) this.resetResults();
      else if (changed.has('assets')) this.nav.clamp();
    } else if (changed.has('assets')) {
      const previous = changed.get('assets');
      const appended = previous !== undefined && previous.length > 0 && this.assets.length >= previous.length && this.assets[0]?.id === previous[0]?.id;
      if (appended) this.nav.clamp();
      else this.resetResults();
    }
    if (changed.has('loading') && this.loading) this.resetResults();
    if (virtualModule && !this.thumbnails) this.thumbnails = new virtualModule.ThumbnailGate(this);
    this.updateItems();
  }

  protected override updated(): void {
    if (!virtualModule && !this.virtualTakeover && !this.loading && this.assets.length > 0) {
      // The first screen of tiles is drawn: the virtualizer comes after its thumbnails are shown, off the way to them
      // (sooner when the editor scrolls or presses a key: hurryVirtual).
      this.virtualTakeover = this.thumbnailsShown()
        .then(loadVirtual)
        .then(this.virtualArrived, (error: unknown) => console.error("[dam-picker] could not load the grid's virtualizer:", error));
    }
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (this.scrollToTopPending && scroller) {
      scroller.scrollTop = 0;
      this.scrollToTopPending = false;
    }
    this.maybeLoadMore();
  }

  override render(): TemplateResult {
    let content: TemplateResult;
    if (this.loading) content = this.renderSkeletons();
    else if (this.assets.length === 0) content = this.renderEmpty();
    else content = this.renderResults();
    const status = this.loading ? msg('Loading assets…') : this.loadingMore ? msg('Loading more assets…') : '';
    return html`<div class="probe" aria-hidden="true"></div>
      ${content}
      <div class="visually-hidden" role="status">${status}</div>`;
  }

  private renderResults(): TemplateResult {
    const setSize = this.total >= this.assets.length && this.total > 0 ? this.total : this.hasMore ? -1 : this.assets.length;
    const blockUnselected = this.multiple && this.selectionFull;
    const { columns, firstScreen } = this.geometry;
    const size = Math.round(this.geometry.tileWidth);
    const renderItem = (item: GridItem, index: number) => {
      if (isStandIn(item)) return skeletonTile;
      const selected = this.selectedIds.has(item.id);
      const url = thumbnailOf(item);
      return renderTile(item, {
        index,
        active: index === this.nav.activeIndex,
        selected,
        disabled: (blockUnselected && !selected) || this.blocked(item),
        setSize,
        thumbnailFailed: url !== undefined && this.failedThumbnails.has(url),
        thumbnailDeferred: url !== undefined && this.thumbnails?.allows(item) === false,
        onThumbnailError: this.onThumbnailError,
        priority: index < columns ? 'first' : index < firstScreen ? 'screen' : 'later',
        size,
      });
    };
    const virtual = virtualModule;
    const { itemSize, gap } = this.geometry.layout;
    // Until the virtualizer has loaded: the first screen of tiles as a plain CSS grid of the same geometry.
    const tiles = virtual
      ? virtual.virtualize({
          items: this.items,
          layout: this.layoutFor(virtual),
          scroller: true,
          keyFunction: (item: GridItem, index: number) => (isStandIn(item) ? index : item),
          renderItem,
        })
      : this.items.slice(0, firstScreen).map(renderItem);
    return html`<div
      part="listbox"
      class="listbox scroller ${virtual ? '' : 'first-screen'}"
      ${cssVar('--_first-columns', `repeat(${columns}, ${itemSize.width})`)}
      ${cssVar('--_first-row', itemSize.height)}
      ${cssVar('--_first-gap', gap)}
      role="listbox"
      aria-label=${this.label || msg('Assets')}
      aria-multiselectable=${this.multiple ? 'true' : nothing}
      tabindex=${this.nav.containerTabIndex}
      @rangeChanged=${this.onRangeChanged}
      @visibilityChanged=${this.onVisibilityChanged}
      @keydown=${this.onKeydown}
      @click=${this.onClick}
      @dblclick=${this.onDoubleClick}
      @focusin=${this.onFocusIn}
      @focus=${this.onListboxFocus}
      @mousedown=${this.onMouseDown}
      @pointerover=${this.detailsButton.onPointerOver}
      @scroll=${this.onScroll}
    >
      ${tiles}
    </div>
    ${this.detailsButton.render()}`;
  }

  /** The virtualizer's grid layout for the current geometry (the same object while it does not change). */
  private layoutFor(virtual: GridVirtual): ReturnType<GridVirtual['grid']> {
    const config = this.geometry.layout;
    if (this.virtualLayout?.config !== config) this.virtualLayout = { config, layout: virtual.grid(config as Parameters<GridVirtual['grid']>[0]) };
    return this.virtualLayout.layout as ReturnType<GridVirtual['grid']>;
  }

  private readonly onScroll = (event: Event): void => {
    this.thumbnails?.scrolled((event.currentTarget as HTMLElement).scrollTop, event.timeStamp);
    this.hurryVirtual();
    this.detailsButton.relayout();
  };

  private renderSkeletons(): TemplateResult {
    const { viewHeight, tileHeight, gap } = this.geometry;
    const rows = Math.max(2, Math.ceil(viewHeight / (tileHeight + gap)));
    const count = Math.min(60, this.columns * rows);
    return html`<div part="listbox" class="listbox scroller skeleton-grid" role="listbox" aria-label=${this.label || msg('Assets')} aria-busy="true">
      ${Array.from({ length: count }, () => skeletonTile)}
    </div>`;
  }

  private renderEmpty(): TemplateResult {
    return html`<div part="empty" class="empty">
      <slot name="empty">
        <p class="empty-title">${msg('No assets found')}</p>
        <p class="empty-hint">${msg('Try another search term or folder.')}</p>
      </slot>
    </div>`;
  }

  private updateItems(): void {
    if (this.randomAccess) {
      const { assets, offset } = this;
      const length = Math.max(this.total, offset + assets.length);
      const current = this.items;
      if (current.length === length && current[offset] === assets[0] && current[offset + assets.length - 1] === assets.at(-1)) return;
      const items: GridItem[] = new Array<GridItem>(length).fill(STAND_IN);
      for (let i = 0; i < assets.length; i++) items[offset + i] = assets[i]!;
      this.items = items;
      return;
    }
    if (!this.loadingMore) {
      this.items = this.assets;
      return;
    }
    const columns = this.columns;
    const count = ((columns - (this.assets.length % columns)) % columns) + columns;
    const wanted = this.assets.length + count;
    const current = this.items;
    if (current.length === wanted && current[this.assets.length - 1] === this.assets.at(-1)) return;
    this.items = [...this.assets, ...Array.from({ length: count }, (_, standIn) => ({ standIn }))];
  }

  private resetResults(): void {
    this.nav.clamp(true);
    this.lastVisible = -1;
    this.loadMoreFiredAt = -1;
    this.scrollToTopPending = true;
    this.thumbnails?.reset();
  }

  private maybeLoadMore(): void {
    const count = this.assets.length;
    if (this.randomAccess || !this.hasMore || this.loading || this.loadingMore || count === 0) return;
    if (this.loadMoreFiredAt === count || this.lastVisible < 0) return;
    if (this.lastVisible >= count - 1 - 2 * this.columns) {
      this.loadMoreFiredAt = count;
      this.emit('grid-load-more', {});
    }
  }

  /** A restricted asset while `blockRestricted`: never toggled on, never activated. */
  private blocked(asset: DamAsset): boolean {
    return this.blockRestricted && isRestricted(asset);
  }

  /** Asks the host to toggle; an unselected tile does not toggle on while the selection is full, nor a blocked one. */
  private toggle(index: number): boolean {
    const asset = this.assetAt(index);
    if (!asset) return false;
    const selected = this.selectedIds.has(asset.id);
    if (!selected && ((this.multiple && this.selectionFull) || this.blocked(asset))) {
      this.emit('grid-toggle-blocked', { asset });
      return false;
    }
    this.emit('grid-toggle', { asset });
    return true;
  }

  private activate(index: number): void {
    const asset = this.assetAt(index);
    if (!asset) return;
    if (this.blocked(asset)) this.emit('grid-toggle-blocked', { asset });
    else this.emit('grid-activate', { asset });
  }

  private onKeydown(event: KeyboardEvent): void {
    this.hurryVirtual();
    this.detailsButton.keyboardUsed();
    if (this.nav.handleKey(event)) return;
    const index = this.nav.activeIndex;
    if ((event.key === 'i' || event.key === 'I') && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      if (!event.repeat) this.openDetails(index);
      return;
    }
    if (event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      if (!event.repeat) this.toggle(index);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (event.repeat) return;
      if (this.multiple) {
        this.toggle(index);
      } else {
        const asset = this.assetAt(index);
        if (asset && !this.selectedIds.has(asset.id) && !this.toggle(index)) return;
        this.activate(index);
      }
    }
  }

  private onClick(event: MouseEvent): void {
    const index = tileIndexOf(event);
    // The second click of a double-click would undo the first; the dblclick handler takes over.
    if (index === undefined || event.detail > 1) return;
    this.toggle(index);
  }

  private onDoubleClick(event: MouseEvent): void {
    const index = tileIndexOf(event);
    if (index !== undefined) this.activate(index);
  }

  private onFocusIn(event: FocusEvent): void {
    const index = tileIndexOf(event);
    if (index !== undefined) this.nav.activeIndex = index;
  }

  private onListboxFocus(event: FocusEvent): void {
    if (event.target === event.currentTarget) this.nav.containerFocused();
  }

  /** A click between tiles (or on the scrollbar) must not send focus back to the active tile. */
  private onMouseDown(): void {
    this.nav.containerPointerDown();
  }

  private onRangeChanged(event: RangeChangedEvent): void {
    this.nav.rangeChanged(event.first, event.last);
    this.detailsButton.relayout();
  }

  private onVisibilityChanged(event: VisibilityChangedEvent): void {
    this.lastVisible = event.last;
    // Not for the previous list's scroll position while a new list is about to start at the top.
    if (this.randomAccess && event.last >= 0 && !this.scrollToTopPending) this.emit('grid-range', { first: event.first, last: event.last });
    this.maybeLoadMore();
  }

  private readonly onThumbnailError = (event: Event): void => {
    const src = (event.target as HTMLImageElement).getAttribute('src');
    if (src && !this.failedThumbnails.has(src)) {
      this.failedThumbnails.add(src);
      this.requestUpdate();
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dam-asset-grid': DamAssetGrid;
  }
}
