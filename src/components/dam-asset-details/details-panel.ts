// The details panel of <dam-picker>: opening it, stepping through the results (loading the next page when the
// step goes past the loaded ones), closing it with focus back on the asset's tile, and the panel's template.
// The inspected asset itself lives in the picker state. This module and the panel's element are one chunk,
// loaded the first time an editor opens details (dam-picker/details-controller.ts).
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { folderPathQueryOptions } from '../../api/query.js';
import type { DamAsset, DamFolder, DamProvider } from '../../api/types.js';
import type { DamSource } from '../../internal/dam-source.js';
import type { DamAssetGrid } from '../dam-asset-grid/dam-asset-grid.js';
import type { PickerState } from '../dam-picker/picker-state.js';
import type { ResultsController } from '../dam-picker/results-controller.js';
import type { AltChangeDetail, AltEntry, AltTextMode, DetailsStepDetail } from './dam-asset-details.types.js';

/** The element, for the picker's lazy definition of `dam-asset-details` (one chunk with this module). */
export { DamAssetDetails } from './dam-asset-details.js';

/** The grid lays its tiles out again a frame after its width changed (the panel opened or closed beside it). */
const layoutSettled = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export interface DetailsHost extends ReactiveControllerHost, HTMLElement {
  readonly grid: DamAssetGrid | null;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the panel shows besides the asset: the selection and alt text around it. */
export interface DetailsView {
  narrow: boolean;
  altText: AltTextMode;
  /** The alt entry of a selected image, when alt text is asked for. */
  alt: (asset: DamAsset) => AltEntry | undefined;
  /** Why Insert cannot be used for this asset now; empty: it can. */
  insertBlockedReason: (asset: DamAsset) => string;
  /** Why this asset cannot be selected or inserted at all (`restricted-assets="block"`); empty: it can. */
  blockedReason: (asset: DamAsset) => string;
  onToggle: (asset: DamAsset) => void;
  onInsert: (asset: DamAsset) => void;
  onAlt: (detail: AltChangeDetail) => void;
}

export class DetailsPanel {
  readonly #host: DetailsHost;
  readonly #state: PickerState;
  readonly #results: ResultsController;
  /** A step past the loaded results: the index to show once the next page is in. */
  #pending: number | undefined;
  /** The DAM and query cache of the session, to name an asset's folder. */
  readonly #dam: () => DamSource | undefined;
  #sized: { asset: DamAsset; provider: DamProvider; at: (side: number) => string | undefined } | undefined;

  constructor(host: DetailsHost, state: PickerState, results: ResultsController, dam: () => DamSource | undefined) {
    this.#host = host;
    this.#state = state;
    this.#results = results;
    this.#dam = dam;
  }

  /** Opens the details of `asset` and moves focus to its heading. */
  async open(asset: DamAsset): Promise<void> {
    this.#pending = undefined;
    this.#state.inspect(asset);
    await this.#host.updateComplete;
    const panel = this.#host.renderRoot.querySelector('dam-asset-details');
    await panel?.updateComplete;
    panel?.focus();
    await this.#reveal(asset);
  }

  /** Closes the panel; focus goes back to the inspected asset's tile (scrolled into view when it was stepped away from). */
  async close(): Promise<void> {
    const asset = this.#state.inspected;
    if (!asset) return;
    this.#pending = undefined;
    this.#state.inspect(undefined);
    await this.#host.updateComplete;
    await layoutSettled();
    const index = this.#index(asset);
    const grid = this.#host.grid;
    if (index < 0) {
      grid?.focus();
      return;
    }
    await grid?.focusAsset(index);
    // The grid widens again over a few frames: keep the tile in view once that has settled.
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (!this.#state.inspected) grid?.scrollToIndex(index, 'nearest');
  }

  /** The previous or next asset of the results; past the last loaded one, the next page is loaded first. */
  step(direction: DetailsStepDetail['direction']): void {
    const asset = this.#state.inspected;
    if (!asset) return;
    const assets = this.#results.assets;
    const target = this.#index(asset) + direction;
    if (target < 0) return;
    const next = assets[target];
    if (next) {
      this.#state.inspect(next);
      void this.#reveal(next);
      return;
    }
    if (direction === 1 && this.#results.result?.hasNextPage) {
      this.#pending = target;
      this.#results.loadMore();
      this.#host.requestUpdate();
    }
  }

  /** New results arrived: a step waiting for the next page lands (or is given up when the page failed). */
  resultsChanged(): void {
    if (this.#pending === undefined) return;
    const next = this.#results.assets[this.#pending];
    const result = this.#results.result;
    if (next) {
      this.#pending = undefined;
      this.#state.inspect(next);
      void this.#reveal(next);
    } else if (!result?.isFetchingNextPage && !result?.hasNextPage) {
      this.#pending = undefined;
    } else if (result.isFetchNextPageError) {
      this.#pending = undefined;
    }
  }

  render(view: DetailsView): TemplateResult | typeof nothing {
    const asset = this.#state.inspected;
    if (!asset) return nothing;
    const index = this.#index(asset);
    const result = this.#results.result;
    const total = Math.max(result?.data?.pages.at(-1)?.total ?? 0, this.#results.assets.length);
    const selection = this.#state.selection;
    const folder = this.#folderOf(asset, index);
    return html`<dam-asset-details
      exportparts="details, details-heading, details-preview, details-metadata, details-status, details-previous, details-next, details-close, details-select, details-insert, details-blocked-reason, alt-field, alt-input, alt-decorative"
      .asset=${asset}
      .position=${Math.max(index, 0)}
      .total=${index >= 0 ? total : 0}
      .hasPrevious=${index > 0}
      .hasNext=${index >= 0 && (index < this.#results.assets.length - 1 || (result?.hasNextPage ?? false))}
      .loadingNext=${this.#pending !== undefined}
      .selected=${selection.has(asset.id)}
      .selectionFull=${selection.full}
      .single=${selection.mode === 'single'}
      .insertBlockedReason=${view.insertBlockedReason(asset)}
      .blockedReason=${view.blockedReason(asset)}
      .altText=${view.altText}
      .alt=${view.alt(asset)}
      .folder=${folder}
      .previewAt=${this.#previewAt(asset)}
      ?overlay=${view.narrow}
      @details-close=${() => void this.close()}
      @details-step=${(event: CustomEvent<DetailsStepDetail>) => this.step(event.detail.direction)}
      @details-toggle=${(event: CustomEvent<{ asset: DamAsset }>) => view.onToggle(event.detail.asset)}
      @details-insert=${(event: CustomEvent<{ asset: DamAsset }>) => view.onInsert(event.detail.asset)}
      @alt-change=${(event: CustomEvent<AltChangeDetail>) => view.onAlt(event.detail)}
    ></dam-asset-details>`;
  }

  /**
   * Keeps the inspected asset's tile in view as the grid narrows beside the panel, or follows a step. The grid
   * measures and lays out again over a few frames after its width changed: the tile is brought into view after
   * the first and once more when that has settled.
   */
  async #reveal(asset: DamAsset): Promise<void> {
    for (const wait of [layoutSettled, () => new Promise<void>((resolve) => setTimeout(resolve, 250))]) {
      await wait();
      const index = this.#index(asset);
      if (index < 0 || this.#state.inspected !== asset) return;
      this.#host.grid?.scrollToIndex(index, 'nearest');
    }
  }

  /**
   * Where the asset is kept. An asset that names its folder (Brandworkz): that folder, from the breadcrumb when it
   * is on it, else looked up once through the query cache. An asset that does not (Bynder's media items list no
   * collections): the collection being browsed, when the asset is one of its results.
   */
  #folderOf(asset: DamAsset, index: number): DamFolder | undefined {
    const path = this.#state.path;
    const folderId = asset.folderId;
    if (!folderId) {
      const current = this.#state.folder;
      // The virtual root of all collections is no collection; a `root-folder` collection is.
      const inCollection = current?.kind === 'collection' && (path.length > 1 || Boolean(this.#state.restrictions.rootFolder));
      return !this.#state.recents && index >= 0 && inCollection ? current : undefined;
    }
    const onPath = path.find((folder) => folder.id === folderId);
    const dam = this.#dam();
    if (onPath || !dam) return onPath;
    const options = folderPathQueryOptions(dam.provider, dam.scope, folderId);
    const cached = dam.queryClient.getQueryCache().find<DamFolder[]>({ queryKey: options.queryKey, exact: true });
    // Asked for once per session (the cache is the session's): a failed lookup leaves the row out.
    if (!cached)
      void dam.queryClient.fetchQuery(options).then(
        () => this.#host.requestUpdate(),
        () => undefined,
      );
    return cached?.state.data?.at(-1);
  }

  /** The provider's previews made to size for this asset (one function per asset, so the panel is not updated for nothing). */
  #previewAt(asset: DamAsset): ((side: number) => string | undefined) | undefined {
    const provider = this.#dam()?.provider;
    if (!provider?.previewAt) return undefined;
    if (this.#sized?.asset !== asset || this.#sized.provider !== provider) {
      this.#sized = { asset, provider, at: (side) => provider.previewAt?.(asset, side) };
    }
    return this.#sized.at;
  }

  #index(asset: DamAsset): number {
    return this.#results.assets.findIndex((candidate) => candidate.id === asset.id);
  }
}
