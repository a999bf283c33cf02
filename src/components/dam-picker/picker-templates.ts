// Templates of <dam-picker>, kept out of the element: the status panels (not configured, connecting,
// signed out), the sidebar (folder tree and facets), the bar above the results (breadcrumb and folder
// scope), the error banner and the footer with the selection list.
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ResultsResult } from './results-controller.js';
import type {
  DamAsset,
  DamFolder,
  FacetResult,
  FolderScope,
  RenditionChoice,
  RenditionOptions,
  RenditionSize,
  FolderNoun,
  UploadDestinationNoun,
} from '../../api/types.js';
import type { GridActivateEvent, GridAssetDetail, GridRangeDetail, GridToggleEvent } from '../dam-asset-grid/dam-asset-grid.types.js';
import type { FacetChangeEvent } from '../dam-facet-list/dam-facet-list.types.js';
import { RECENTS_ID, type FolderSelectEvent } from '../dam-folder-tree/dam-folder-tree.types.js';
import { renderAltField } from '../dam-asset-details/alt-field.js';
import type { AltEntry, AltTextMode } from '../dam-asset-details/dam-asset-details.types.js';
import type { UploadEngine } from '../../api/upload/upload-engine.js';
import type { UploadDestination } from '../../api/upload/types.js';
import type { UploadCompleteDetail, UploadFailedDetail } from '../dam-upload-dropzone/dam-upload-dropzone.types.js';
import { errorText } from '../error-text.js';
import { lazy } from '../../internal/lazy-elements.js';
import type { DamSource } from '../../internal/dam-source.js';
import { formatCount } from '../../internal/numbers.js';
import type { Selection } from './selection.js';

export function renderStatusPanel(
  status: string,
  providerName: string,
  error: Error | undefined,
  actions: { retry: () => void; signIn: () => void },
): TemplateResult {
  switch (status) {
    case 'connecting':
      return html`<p class="panel" role="status">${msg(str`Connecting to ${providerName}…`)}</p>`;
    case 'failed':
      return renderErrorBanner(error, actions.retry);
    case 'signed-out':
    case 'signing-in':
      return html`<section class="panel sign-in" part="sign-in">
        ${error ? html`<p class="error" role="alert">${errorText(error)}</p>` : nothing}
        <button class="primary" type="button" ?disabled=${status === 'signing-in'} @click=${actions.signIn}>
          ${status === 'signing-in' ? msg('Signing in…') : msg(str`Sign in to ${providerName}`)}
        </button>
        <p class="hint">${msg('A window opens where you sign in. Your password is never shared with this page.')}</p>
      </section>`;
    default:
      return html`<p class="panel" part="error" role="alert">
        ${msg('The picker is not configured: set provider, site and client-id.')}
      </p>`;
  }
}

function renderErrorBanner(error: Error | undefined | null, retry: () => void): TemplateResult {
  return html`<div class="banner" part="error" role="alert">
    <span>${errorText(error)}</span>
    <button type="button" @click=${retry}>${msg('Try again')}</button>
  </div>`;
}

export interface SidebarState {
  open: boolean;
  /** What the provider's browse nodes are, for the heading. */
  folderNoun: FolderNoun;
  dam: DamSource | undefined;
  root: DamFolder | undefined;
  rootError: Error | undefined;
  currentId: string;
  /** Offer "Recently used" above the root. */
  recents: boolean;
  /** "Recently used" is what the results show. */
  showingRecents: boolean;
  onRecents: () => void;
  facets: FacetResult | undefined;
  facetsLoading: boolean;
  filters: Record<string, string[]>;
  droppedFilters: boolean;
  locale: string;
  onFolder: (event: FolderSelectEvent) => void;
  onFilters: (event: FacetChangeEvent) => void;
  onRetryRoot: () => void;
  onKeydown: (event: KeyboardEvent) => void;
  /** Moves focus past the tree and the filters to the results. */
  onSkip: () => void;
  /** The pointer entered the sidebar or focus went into it (the editor reaches for it before its code has come). */
  onReach: () => void;
  /** Narrow widths: the sidebar is a sheet over the picker, with a close button, a scrim and swipe to close. */
  sheet?: SidebarSheetView | undefined;
  /**
   * Load the tree's and the facets' code. Off until the first results are shown with their thumbnails (their code
   * and render are not on the way to the first tiles), or the editor reaches for the sidebar: meanwhile their tags,
   * not defined yet, show the stand-in rows inside them.
   */
  load: boolean;
}

/** Stand-in rows inside a sidebar element until its code has arrived. */
const skeleton = (tag: string, rows: number) =>
  customElements.get(tag) ? nothing : html`<div class="sidebar-skeleton" aria-hidden="true">${Array.from({ length: rows }, () => html`<span></span>`)}</div>`;

/** The sheet's handlers; all but `onClose` arrive with the sheet's code (sidebar-sheet.ts), soon after it first opens. */
export interface SidebarSheetView {
  onClose: () => void;
  onWrapToStart?: () => void;
  onWrapToEnd?: () => void;
  onPointerDown?: (event: PointerEvent) => void;
  onPointerMove?: (event: PointerEvent) => void;
  onPointerUp?: (event: PointerEvent) => void;
}

export function renderSidebar(state: SidebarState): TemplateResult {
  const sheet = state.open ? state.sheet : undefined;
  // The scrim is for pointers only: keyboards close the sheet with Escape or its close button.
  // eslint-disable-next-line lit-a11y/click-events-have-key-events
  return html`${sheet ? html`<div class="scrim" part="sheet-scrim" @click=${sheet.onClose}></div>` : nothing}<aside id="sidebar"
    class="sidebar ${sheet ? 'sheet' : ''}" part="sidebar" aria-label=${msg('Browse and filter')} ?hidden=${!state.open} @keydown=${state.onKeydown}
    @pointerenter=${state.onReach} @focusin=${state.onReach}
    @pointerdown=${sheet?.onPointerDown} @pointermove=${sheet?.onPointerMove} @pointerup=${sheet?.onPointerUp} @pointercancel=${sheet?.onPointerUp}>
    ${
      sheet
        ? html`<span class="trap" tabindex="0" @focus=${sheet.onWrapToEnd}></span><div class="sheet-header">
          <h2 class="sheet-title">${msg('Folders and filters')}</h2>
          <button type="button" class="sheet-close" part="sheet-close" aria-label=${msg('Close')} @click=${sheet.onClose}>×</button>
        </div>`
        : html`<button type="button" class="link skip-link" @click=${state.onSkip}>${msg('Skip to results')}</button>`
    }
    <section class="sidebar-section sidebar-tree" aria-labelledby="folders-heading">
      <h3 id="folders-heading" class="sidebar-heading">${state.folderNoun === 'collection' ? msg('Collections') : msg('Folders')}</h3>
      ${
        state.rootError
          ? html`<p class="error" role="alert">${msg('Could not load the folders.')}
            <button type="button" class="link" @click=${state.onRetryRoot}>${msg('Try again')}</button></p>`
          : html`${state.load ? lazy('dam-folder-tree', nothing) : nothing}<dam-folder-tree part="folder-tree"
            exportparts="item: tree-item, item-label: tree-item-label" .dam=${state.dam} .root=${state.root} ?recents=${state.recents}
            selected-id=${state.showingRecents ? RECENTS_ID : state.currentId} @folder-select=${state.onFolder}
            @recents-select=${state.onRecents}>${skeleton('dam-folder-tree', 5)}</dam-folder-tree>`
      }
    </section>
    <section class="sidebar-section sidebar-facets" aria-labelledby="filters-heading">
      <h3 id="filters-heading" class="sidebar-heading">${msg('Filters')}</h3>
      ${
        state.droppedFilters
          ? html`<p class="notice" role="status">${msg('Some filters were removed: they need the facet service, which is unavailable.')}</p>`
          : nothing
      }
      ${state.load ? lazy('dam-facet-list', nothing) : nothing}<dam-facet-list part="facet-list" exportparts="chip: facet-chip, clear-all: facet-clear-all, option: facet-option, count: facet-count"
        .groups=${state.facets?.groups ?? []}
        .filters=${state.filters}
        counts=${state.facets?.counts ?? 'query'}
        ?degraded=${state.facets?.degraded ?? false}
        ?loading=${state.facetsLoading}
        locale=${state.locale}
        @facet-change=${state.onFilters}
      >${skeleton('dam-facet-list', 4)}</dam-facet-list>
    </section>
    ${sheet ? html`<span class="trap" tabindex="0" @focus=${sheet.onWrapToStart}></span>` : nothing}
  </aside>`;
}

export interface BrowseBarState {
  path: DamFolder[];
  scopes: readonly FolderScope[];
  scope: FolderScope;
  onFolder: (event: FolderSelectEvent) => void;
  onScope: (scope: FolderScope) => void;
}

/** The breadcrumb and the "this folder" / "this folder and below" choice. */
export function renderBrowseBar(state: BrowseBarState): TemplateResult {
  const labels: Record<FolderScope, string> = {
    descendants: msg('This folder and below'),
    children: msg('This folder only'),
  };
  return html`<div class="browse-bar" part="browse-bar">
    <dam-breadcrumb part="breadcrumb" .path=${state.path} @folder-select=${state.onFolder}></dam-breadcrumb>
    ${
      state.scopes.length > 1
        ? html`<fieldset class="scope" part="scope">
          <legend class="visually-hidden">${msg('Show assets from')}</legend>
          ${state.scopes.map(
            (scope) => html`<label class="scope-option">
            <input type="radio" name="folder-scope" value=${scope} .checked=${state.scope === scope} @change=${() => state.onScope(scope)} />
            <span>${labels[scope]}</span>
          </label>`,
          )}
        </fieldset>`
        : nothing
    }
  </div>`;
}

export interface GridState {
  result: ResultsResult | undefined;
  assets: DamAsset[];
  offset: number;
  randomAccess: boolean;
  listId: string;
  total: number;
  loading: boolean;
  selection: Selection;
  /** `restricted-assets="block"`: restricted assets are not selectable. */
  blockRestricted: boolean;
  onToggle: (event: GridToggleEvent) => void;
  /** An unselected tile was toggled while the selection is full, or a blocked one. */
  onBlocked: (event: CustomEvent<GridAssetDetail>) => void;
  onActivate: (event: GridActivateEvent) => void;
  onDetails: (event: GridActivateEvent) => void;
  onLoadMore: () => void;
  onRange: (first: number, last: number) => void;
  onRetry: () => void;
  /** The empty state's text instead of the grid's own ("Recently used" with nothing inserted yet). */
  empty?: { title: string; hint: string } | undefined;
}

/** The results grid, with the error banner (and no grid) when the first page failed. */
export function renderResultGrid(state: GridState): TemplateResult {
  const { result, selection } = state;
  const failedFirstPage = result?.isError && !result.isFetchNextPageError && !result.isFetchPreviousPageError;
  return html`${result?.isError ? renderErrorBanner(result.error, state.onRetry) : nothing}
    ${
      failedFirstPage
        ? nothing
        : html`<dam-asset-grid
          .assets=${state.assets}
          .offset=${state.offset}
          .randomAccess=${state.randomAccess}
          .listId=${state.listId}
          .total=${state.total}
          .loading=${state.loading}
          .loadingMore=${result?.isFetchingNextPage ?? false}
          .hasMore=${(result?.hasNextPage ?? false) && !result?.isFetchNextPageError}
          .selectedIds=${selection.ids}
          .multiple=${selection.mode === 'multiple'}
          .selectionFull=${selection.full}
          .blockRestricted=${state.blockRestricted}
          @grid-toggle=${state.onToggle}
          @grid-toggle-blocked=${state.onBlocked}
          @grid-activate=${state.onActivate}
          @grid-details=${state.onDetails}
          @grid-load-more=${state.onLoadMore}
          exportparts="tile-details-button"
          @grid-range=${(event: CustomEvent<GridRangeDetail>) => state.onRange(event.detail.first, event.detail.last)}
        >${state.empty ? html`<div slot="empty" class="empty"><p class="empty-title">${state.empty.title}</p><p class="hint">${state.empty.hint}</p></div>` : nothing}</dam-asset-grid>`
    }`;
}

export interface FooterState {
  selection: Selection;
  /** BCP 47 tag for the counts. */
  locale: string;
  notice: string;
  onRemove: (asset: DamAsset) => void;
  onCancel: () => void;
  onConfirm: () => void;
  /** Alt text per selected image (`alt-text` not `off`), and why Insert waits for it. */
  alt: FooterAlt;
  /** The rendition chooser (Bynder images): shown when a selected asset has renditions. */
  renditions?: { options: RenditionOptions; choice: RenditionChoice; onChange: (change: Partial<RenditionChoice>) => void } | undefined;
  /** Covered by the open sidebar sheet. */
  inert?: boolean;
}

interface FooterAlt {
  mode: AltTextMode;
  /** The entry for a selected asset, when alt text is asked for it (images). */
  entry: (asset: DamAsset) => AltEntry | undefined;
  onChange: (asset: DamAsset, entry: AltEntry) => void;
  /** Why Insert is disabled; empty: it is not (for that reason). */
  reason: string;
}

/** Size and format of the renditions inserted for images that have them (the provider's options). */
function renderRenditions(view: NonNullable<FooterState['renditions']>): TemplateResult {
  const { options, choice, onChange } = view;
  const sizeLabel = (size: RenditionSize): string =>
    size.kind === 'original' ? msg('Original size') : size.kind === 'width' ? msg(str`${size.width} px wide`) : msg('Square (focus point)');
  return html`<span class="renditions" part="renditions" role="group" aria-label=${msg('Image rendition')}>
    <select part="rendition-preset" aria-label=${msg('Image size')}
      @change=${(event: Event) => onChange({ preset: (event.target as HTMLSelectElement).value })}>
      ${options.sizes.map((size) => html`<option value=${size.id} ?selected=${size.id === choice.preset}>${sizeLabel(size)}</option>`)}
    </select>
    <select part="rendition-format" aria-label=${msg('Image format')}
      @change=${(event: Event) => onChange({ format: (event.target as HTMLSelectElement).value })}>
      ${options.formats.map((format) => html`<option value=${format.id} ?selected=${format.id === choice.format}>${format.label}</option>`)}
    </select>
  </span>`;
}

/** The selected count, the selection list, and Cancel / Insert. */
export function renderFooter(state: FooterState): TemplateResult {
  const { selection } = state;
  const count = selection.size;
  const max = selection.mode === 'multiple' && Number.isFinite(selection.maxItems) ? selection.maxItems : undefined;
  const number = (value: number) => formatCount(value, state.locale);
  const label = max === undefined ? msg(str`${number(count)} selected`) : msg(str`${number(count)} of ${number(max)} selected`);
  return html`<div class="footer" part="footer" ?inert=${state.inert ?? false}>
    <span class="selected" aria-live="polite">${label}</span>
    ${renderSelection(selection.assets(), selection.missing().length, state.onRemove, number, state.alt)}
    <span class="notice" role="status">${state.notice}</span>
    <span class="spacer"></span>
    ${state.renditions ? renderRenditions(state.renditions) : nothing}
    <button type="button" part="cancel-button" @click=${state.onCancel}>${msg('Cancel')}</button>
    <span class="insert-reason" part="insert-reason" id="insert-reason" role="status">${state.alt.reason}</span>
    <button type="button" class="primary" part="confirm-button" ?disabled=${count === 0 || Boolean(state.alt.reason)}
      aria-describedby=${state.alt.reason ? 'insert-reason' : nothing} @click=${state.onConfirm}>
      ${count > 1 ? msg(str`Insert ${number(count)} assets`) : msg('Insert')}
    </button>
  </div>`;
}

/** The selected assets as a compact list of chips with remove buttons. */
function renderSelection(
  assets: DamAsset[],
  unresolved: number,
  onRemove: (asset: DamAsset) => void,
  number: (value: number) => string,
  alt: FooterAlt,
): TemplateResult | typeof nothing {
  if (assets.length === 0 && unresolved === 0) return nothing;
  const altMode = alt.mode === 'off' ? undefined : alt.mode;
  return html`<ul class="selection" part="selection" aria-label=${msg('Selected assets')}>
    ${assets.map((asset) => {
      const entry = altMode && alt.entry(asset);
      return html`<li class="selection-item ${entry ? 'with-alt' : ''}" part="selection-item" title=${asset.title}>
      <span><bdi>${asset.title || msg('Untitled asset')}</bdi></span>
      ${
        entry && altMode
          ? renderAltField({ title: asset.title, entry, mode: altMode, named: true, onChange: (change) => alt.onChange(asset, change) })
          : nothing
      }
      <button type="button" part="selection-remove" data-id=${asset.id} aria-label=${msg(str`Remove ${asset.title} from the selection`)}
        @click=${() => onRemove(asset)}>×</button>
    </li>`;
    })}
    ${unresolved > 0 ? html`<li class="selection-more">${msg(str`${number(unresolved)} more`)}</li>` : nothing}
  </ul>`;
}

export interface UploadView {
  engine: UploadEngine | undefined;
  /** The engine's code is on its way (files dropped meanwhile wait for it). */
  loading: boolean;
  folder: DamFolder | undefined;
  fileTypes: string;
  maxFileSize: number;
  dragging: boolean;
  /** Narrow widths: the dropzone shrinks to its buttons (the whole picker stays a drop target). */
  compact?: boolean;
  onComplete: (event: CustomEvent<UploadCompleteDetail>) => void;
  onRenamed: (event: CustomEvent<UploadCompleteDetail>) => void;
  onFailed: (event: CustomEvent<UploadFailedDetail>) => void;
  /** Where files go when that is not the folder being browsed (Bynder brands); the editor picks one when there are several. */
  destinations?: readonly UploadDestination[] | undefined;
  destinationId?: string | undefined;
  /** What a destination is (the provider's word), for the chooser's label. */
  destinationNoun?: UploadDestinationNoun | undefined;
  onDestination?: (id: string) => void;
}

/** The brand `<select>` (Bynder): shown when uploads can go to more than one place. */
function renderDestinations(view: UploadView): TemplateResult | typeof nothing {
  const destinations = view.destinations ?? [];
  if (destinations.length < 2) return nothing;
  return html`<label class="upload-destination" part="upload-destination">
    <span>${{ brand: () => msg('Upload to brand') }[view.destinationNoun ?? 'brand']()}</span>
    <select @change=${(event: Event) => view.onDestination?.((event.target as HTMLSelectElement).value)}>
      ${destinations.map((d) => html`<option value=${d.id} ?selected=${d.id === view.destinationId}>${d.title}</option>`)}
    </select>
  </label>`;
}

/** The upload dropzone above the results: files go into the folder being browsed (or the chosen brand). */
export function renderUpload(view: UploadView): TemplateResult {
  const destination = view.destinations?.find((d) => d.id === view.destinationId);
  const target = view.destinations ? (destination ? { id: destination.id, title: destination.title } : undefined) : view.folder;
  return html`${renderDestinations(view)}${lazy('dam-upload-dropzone', nothing)}<dam-upload-dropzone
    part="upload"
    exportparts="base: upload-base"
    .engine=${view.engine}
    .loading=${view.loading}
    folder-id=${target?.id ?? ''}
    folder-name=${target?.title ?? ''}
    file-types=${view.fileTypes}
    max-file-size=${view.maxFileSize}
    ?dragging=${view.dragging}
    ?compact=${view.compact ?? false}
    @upload-complete=${view.onComplete}
    @upload-renamed=${view.onRenamed}
    @upload-failed=${view.onFailed}
  ></dam-upload-dropzone>`;
}
