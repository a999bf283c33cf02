// Renders one asset tile (and the skeleton stand-in) of <dam-asset-grid>. DAM text only ever
// reaches the DOM through Lit text and attribute bindings; thumbnail URLs are re-checked here.
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { AssetKind, DamAsset } from '../../api/types.js';
import { safeImageUrl } from '../../api/url.js';
import { kindLabel } from '../../internal/asset-labels.js';
import { statusLabel } from './status-label.js';

/** Stands in for tiles of the page being loaded, after the last asset. */
export interface StandIn {
  standIn: number;
}
export type GridItem = DamAsset | StandIn;
export const isStandIn = (item: GridItem): item is StandIn => 'standIn' in item;

export interface TileState {
  index: number;
  active: boolean;
  selected: boolean;
  /** Not selectable now (`max-items` reached, or a restricted asset with `restricted-assets="block"`); still focusable. */
  disabled: boolean;
  setSize: number;
  /** The thumbnail URL failed to load before: show the placeholder. */
  thumbnailFailed: boolean;
  /** First drawn during a fast scroll: the thumbnail box stays empty until the scroll slows down (thumbnail-gate.ts). */
  thumbnailDeferred: boolean;
  onThumbnailError: (event: Event) => void;
  /**
   * How the thumbnail loads: `first` (the first row: fetched at high priority and decoded with the frame, so it
   * paints first), `screen` (on the first screen: fetched at once), `later` (lazily, as the browser sees fit).
   */
  priority: 'first' | 'screen' | 'later';
  /** Drawn size of the thumbnail box in CSS px (square), a hint for the browser before the image arrives. */
  size: number;
}

/** "JPG · Image", or just "Image" without a file type. */
export function metaLabel(asset: DamAsset): string {
  const kind = kindLabel(asset.type);
  const format = asset.fileType?.trim().toUpperCase();
  // \u00B7 is a middle dot, escaped so the bundled template literal stays ASCII for classic scripts.
  return format ? msg(str`${format} \u00B7 ${kind}`) : kind;
}

const icons: Record<AssetKind, SVGTemplateResult> = {
  image: svg`<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="10" r="2"/><path d="m21 17-5-5-8 8"/>`,
  video: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="m10 9 5 3-5 3z"/>`,
  audio: svg`<path d="M9 18V6l11-2v12"/><circle cx="6.5" cy="18" r="2.5"/><circle cx="17.5" cy="16" r="2.5"/>`,
  document: svg`<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z"/><path d="M14 3v5h5M9 13h6M9 17h6"/>`,
  other: svg`<path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z"/><path d="M14 3v5h5"/>`,
};

function placeholder(kind: AssetKind): TemplateResult {
  return html`<svg part="placeholder" class="placeholder" viewBox="0 0 24 24" aria-hidden="true" focusable="false"
    fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">${icons[kind] ?? icons.other}</svg>`;
}

const checkmark = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor"
  stroke-width="3" stroke-linecap="round" stroke-linejoin="round"><path d="m5 12 5 5 9-10"/></svg>`;

function thumbnail(src: string, { priority, size, onThumbnailError }: TileState): TemplateResult {
  return html`<img
    src=${src}
    alt=""
    width=${size}
    height=${size}
    loading=${priority === 'later' ? 'lazy' : 'eager'}
    fetchpriority=${priority === 'first' ? 'high' : 'auto'}
    decoding=${priority === 'first' ? 'sync' : 'async'}
    draggable="false"
    @error=${onThumbnailError}
  />`;
}

/** Checked thumbnail URLs per asset: a tile is drawn again on every scroll frame it is in view. */
const checkedThumbnails = new WeakMap<DamAsset, string | undefined>();
export function thumbnailOf(asset: DamAsset): string | undefined {
  if (checkedThumbnails.has(asset)) return checkedThumbnails.get(asset);
  const src = safeImageUrl(asset.thumbnailUrl);
  checkedThumbnails.set(asset, src);
  return src;
}

/** Thumbnails asked for ahead of their tiles, held until they settle (an image collected early may stop loading). */
const prefetching = new Set<HTMLImageElement>();

/**
 * Starts fetching these assets' thumbnails, the first `high` of them at high priority (as their tiles will ask):
 * the tiles' images, drawn a little later, take over the same requests.
 */
export function prefetchThumbnails(assets: readonly DamAsset[], high: number): void {
  assets.forEach((asset, index) => {
    const src = thumbnailOf(asset);
    if (!src) return;
    const image = new Image();
    image.fetchPriority = index < high ? 'high' : 'auto';
    image.onload = image.onerror = () => prefetching.delete(image);
    prefetching.add(image);
    image.src = src;
  });
}

export function renderTile(asset: DamAsset, state: TileState): TemplateResult {
  const meta = metaLabel(asset);
  // Rights are said in words (a badge, and in the tile's name), never by colour alone.
  const status = statusLabel(asset.status);
  // Defence in depth: the API layer already filtered the URL; filter again right before use.
  const src = state.thumbnailFailed ? undefined : thumbnailOf(asset);
  return html`<div
    part="tile"
    class="tile"
    role="option"
    data-index=${state.index}
    tabindex=${state.active ? 0 : -1}
    aria-selected=${state.selected ? 'true' : 'false'}
    aria-disabled=${state.disabled ? 'true' : nothing}
    aria-setsize=${state.setSize}
    aria-posinset=${state.index + 1}
    aria-label=${status ? msg(str`${asset.title}, ${meta}, ${status}`) : msg(str`${asset.title}, ${meta}`)}
    data-status=${status ? asset.status! : nothing}
  >
    <div part="thumbnail" class="thumbnail">
      ${state.thumbnailDeferred ? nothing : src ? thumbnail(src, state) : placeholder(asset.type)}
    </div>
    <span part="title" class="title" title=${asset.title}><bdi>${asset.title}</bdi></span>
    <span part="meta" class="meta">${meta}</span>
    ${status ? html`<span part="badge status-badge" class="badge">${status}</span>` : nothing}
    ${state.selected ? html`<span part="check" class="check">${checkmark}</span>` : nothing}
  </div>`;
}

/** The index of the tile an event happened in, if any. */
export function tileIndexOf(event: Event): number | undefined {
  const tile = (event.target as Element | null)?.closest?.('[role="option"]');
  const index = tile ? Number(tile.getAttribute('data-index')) : NaN;
  return Number.isInteger(index) ? index : undefined;
}

/** A grey stand-in tile while results load. */
export const skeletonTile = html`<div part="skeleton" class="skeleton" aria-hidden="true">
  <div class="skeleton-thumbnail"></div>
  <div class="skeleton-line"></div>
  <div class="skeleton-line short"></div>
</div>`;
