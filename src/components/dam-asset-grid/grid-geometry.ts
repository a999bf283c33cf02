// Tile geometry for the virtualised grid: reads --dam-thumbnail-size, --dam-tile-text-height and
// --dam-grid-gap in pixels (through a hidden probe element), watches the scroller's size, and
// derives the grid layout (tiles stretched to fill each row: the virtualizer's, and the plain CSS grid of
// the first screen before the virtualizer has loaded), the column count and the rows per screen from them.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface GridGeometryHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
}

interface Metrics {
  /** Tile width and height as styled, and the gap, in px. */
  size: number;
  height: number;
  gap: number;
  /** The scroller's inner width and height, and its scrollbar gutter (the layout sees the border box). */
  width: number;
  viewHeight: number;
  scrollbar: number;
}

/** Selectors of the probe (sized by the custom properties) and of the current scroll container. */
const PROBE = '.probe';
/** The narrowest tile worth a second column (px). */
const MIN_TILE = 100;
const SCROLLER = '.scroller';
/** How long after a size change the virtualizer may still place tiles by the old size (ms: two frames and a margin). */
const SETTLING_MS = 50;

/** The grid layout's parameters, as the virtualizer's `grid()` takes them (the first screen's CSS grid uses them too). */
export interface GridLayoutConfig {
  itemSize: { width: string; height: string };
  gap: string;
  padding: string;
  justify: 'start';
}

export class GridGeometryController implements ReactiveController {
  /** The layout's parameters; a new object only when the geometry changed (every virtualizer layout reflows). */
  layout: GridLayoutConfig = { itemSize: { width: '160px', height: '232px' }, gap: '12px', padding: '12px', justify: 'start' };
  private metrics: Metrics = { size: 160, height: 232, gap: 12, width: 0, viewHeight: 0, scrollbar: 0 };
  private layoutKey = '';
  private resizeObserver?: ResizeObserver;
  private observed = new Set<Element>();
  private measureFrame = 0;

  constructor(private readonly host: GridGeometryHost) {
    host.addController(this);
  }

  /**
   * Tiles per row: as many `--dam-thumbnail-size` tiles as fit; at least two where two tiles of
   * `MIN_TILE` px fit (phones: the thumbnails shrink to follow the width), else one.
   */
  get columns(): number {
    const { size, gap } = this.metrics;
    const room = this.room;
    if (room <= 0) return 1;
    const least = room >= 2 * MIN_TILE + gap ? 2 : 1;
    return Math.max(least, Math.floor((room + gap) / (size + gap)));
  }

  /** Whole rows that fit in the scroller. */
  get rowsPerPage(): number {
    return Math.max(1, Math.floor(this.metrics.viewHeight / (this.tileHeight + this.metrics.gap)));
  }

  /** Tiles on the first screen: the rows that fit, and the next one. */
  get firstScreen(): number {
    return this.columns * (this.rowsPerPage + 1);
  }

  /** Tiles grow from `--dam-thumbnail-size` to fill the row (and shrink only below one column). */
  get tileWidth(): number {
    const { size, gap } = this.metrics;
    const room = this.room;
    if (room <= 0) return size;
    const columns = this.columns;
    return Math.max(48, Math.floor((room - (columns - 1) * gap) / columns));
  }

  /** The thumbnail is square, so a wider tile is taller by the same amount; the text area is fixed. */
  get tileHeight(): number {
    return this.metrics.height - this.metrics.size + this.tileWidth;
  }

  /** Width available to tiles: the scroller's inner width less the padding on both sides. */
  private get room(): number {
    return this.metrics.width > 0 ? this.metrics.width - 2 * this.metrics.gap : 0;
  }

  get gap(): number {
    return this.metrics.gap;
  }

  /**
   * Resolves once the grid's size is measured and drawn: a size change not measured yet (the details panel opening
   * beside the grid) is measured now; after a change, the host's update and two frames (the virtualizer's reflow).
   */
  async settled(): Promise<void> {
    for (let round = 0; round < 5 && (this.measure() || this.measureFrame || performance.now() - this.changedAt < SETTLING_MS); round++) {
      await this.host.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  }

  /** The top of the tile at `index` in the scroller's content (px), as the virtualizer's grid places it in `columns`. */
  tileTop(index: number, columns: number): number {
    const gap = Math.round(this.metrics.gap);
    return gap + Math.floor(index / columns) * (Math.round(this.tileHeight) + gap);
  }

  get viewHeight(): number {
    return this.metrics.viewHeight;
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.observe();
  }

  hostDisconnected(): void {
    this.resizeObserver?.disconnect();
    this.observed.clear();
  }

  hostUpdate(): void {
    this.updateLayout();
  }

  hostUpdated(): void {
    this.observe();
  }

  /** The probe reports custom-property changes; the scroller is re-created across loading/results. */
  private observe(): void {
    // Measure in the next frame: re-laying out inside the callback can resize observed boxes again
    // in the same frame ("ResizeObserver loop completed with undelivered notifications").
    this.resizeObserver ??= new ResizeObserver(() => {
      if (this.measureFrame) return;
      this.measureFrame = requestAnimationFrame(() => {
        this.measureFrame = 0;
        this.measure();
      });
    });
    const probe = this.host.renderRoot.querySelector(PROBE);
    const scroller = this.host.renderRoot.querySelector(SCROLLER);
    if (probe && !this.observed.has(probe)) this.resizeObserver.observe(probe, { box: 'border-box' });
    if (scroller && !this.observed.has(scroller)) this.resizeObserver.observe(scroller);
    for (const element of this.observed) {
      if (element !== probe && element !== scroller) this.resizeObserver.unobserve(element);
    }
    const fresh = [probe, scroller].some((element) => element !== null && !this.observed.has(element));
    this.observed = new Set([probe, scroller].filter((element): element is Element => element !== null));
    // Measure a new scroller at once, so the virtualizer's first layout already has the right columns: before the
    // next frame, but after the microtasks already queued. Measuring forces style and layout, and the new tiles'
    // <img> elements ask for their thumbnails in microtasks queued as they were drawn: those go out first.
    if (fresh) queueMicrotask(() => this.measure());
  }

  /** When the metrics last changed (`performance.now()`). */
  private changedAt = -Infinity;

  /** Reads the tile size and the scroller's box; true (and the host updates) when they changed. */
  private measure(): boolean {
    const probe = this.host.renderRoot.querySelector<HTMLElement>(PROBE);
    const scroller = this.host.renderRoot.querySelector<HTMLElement>(SCROLLER);
    if (!probe) return false;
    const style = getComputedStyle(probe);
    const size = parseFloat(style.width) || 160;
    const next: Metrics = {
      size,
      height: parseFloat(style.height) || size + 72,
      gap: parseFloat(style.paddingInlineStart) || 0,
      width: scroller?.clientWidth ?? this.metrics.width,
      viewHeight: scroller?.clientHeight ?? this.metrics.viewHeight,
      scrollbar: scroller ? scroller.offsetWidth - scroller.clientWidth : this.metrics.scrollbar,
    };
    const changed = (Object.keys(next) as (keyof Metrics)[]).some((key) => next[key] !== this.metrics[key]);
    if (changed) {
      this.metrics = next;
      this.changedAt = performance.now();
      this.host.requestUpdate();
    }
    return changed;
  }

  private updateLayout(): void {
    const width = Math.round(this.tileWidth);
    const height = Math.round(this.tileHeight);
    const gap = Math.round(this.metrics.gap);
    const scrollbar = Math.max(0, Math.round(this.metrics.scrollbar));
    const key = `${width}/${height}/${gap}/${scrollbar}`;
    if (key === this.layoutKey) return;
    this.layoutKey = key;
    this.layout = {
      itemSize: { width: `${width}px`, height: `${height}px` },
      gap: `${gap}px`,
      // The layout measures the scroller's border box; keep the last column clear of the scrollbar.
      padding: `${gap}px ${gap + scrollbar}px ${gap}px ${gap}px`,
      justify: 'start',
    };
  }
}
