// The signed-in picker's main area, assembled from the picker state and the query results: the search box
// and count, the sidebar, the browse bar, the dropzone and the grid (their templates are in picker-templates.ts).
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { DamAsset, DamFolder, FacetResult, FolderNoun, SortOrder } from '../../api/types.js';
import type { DamSource } from '../../internal/dam-source.js';
import { formatCount } from '../../internal/numbers.js';
import type { FolderSelectEvent } from '../dam-folder-tree/dam-folder-tree.types.js';
import type { PickerState } from './picker-state.js';
import type { ResultsResult } from './results-controller.js';
import { renderBrowseBar, renderResultGrid, renderSidebar, renderUpload, type SidebarSheetView, type UploadView } from './picker-templates.js';
import { renderSort } from './sort-control.js';

export interface ResultsView {
  locale: string;
  result: ResultsResult | undefined;
  /** The loaded window of the results, from position `offset`. */
  assets: DamAsset[];
  offset: number;
  total: number;
  /** Results are laid out at their positions (see ResultsController.randomAccess). */
  randomAccess: boolean;
  /** Identifies the result list: a new one starts at the top. */
  listId: string;
  narrow: boolean;
  sidebarOpen: boolean;
  /**
   * Load the sidebar's code (tree, facets): once the first results are shown with their thumbnails, or the editor
   * opens the sidebar or reaches for it.
   */
  sidebarLoad: boolean;
  upload: boolean;
  state: PickerState;
  dam: DamSource | undefined;
  folderNoun: FolderNoun;
  rootError: Error | undefined;
  facets: FacetResult | undefined;
  facetsLoading: boolean;
  uploadView: UploadView;
  onSearch: (event: CustomEvent<{ value: string }>) => void;
  onToggleSidebar: (open: boolean) => void;
  onSidebarKeydown: (event: KeyboardEvent) => void;
  /** The sidebar's behaviour as a sheet (used on narrow widths). */
  sheet: SidebarSheetView;
  onSkip: () => void;
  /** The pointer entered the sidebar or focus went into it: its code is wanted now. */
  onSidebarReach: () => void;
  onFolder: (path: DamFolder[]) => void;
  onRetryRoot: () => void;
  /** The orders the DAM gives (the sort control). */
  sortOrders: readonly SortOrder[] | undefined;
  onSort: (sort: SortOrder) => void;
  onToggle: (asset: DamAsset) => void;
  /** An unselected asset could not be picked (the selection is full, or it is restricted and blocked). */
  onBlocked: (asset: DamAsset) => void;
  onActivate: (asset: DamAsset) => void;
  onDetails: (asset: DamAsset) => void;
  onRecents: () => void;
  /** Offer "Recently used" in the browse tree. */
  recents: boolean;
  /** The details panel (beside the results, or over the picker when narrow). */
  details: TemplateResult | typeof nothing;
  onLoadMore: () => void;
  onRange: (first: number, last: number) => void;
  onRetry: () => void;
}

/** The signed-in picker: search box and count, the sidebar, the browse bar, the dropzone and the grid. */
export function renderResults(view: ResultsView): TemplateResult {
  const { result, state, locale } = view;
  const number = (value: number) => formatCount(value, locale);
  const total = view.total;
  const loading = !result || (result.isPending && !result.isError);
  const failedFirstPage = result?.isError && !result.isFetchNextPageError;
  // Restricted assets left out in the browser (`restricted-assets="hide"` where the DAM cannot filter): the DAM's total counts them.
  const approximate = result?.data?.pages.some((page) => page.totalIsApproximate) ?? false;
  const results = approximate ? msg(str`About ${number(total)} results`) : msg(str`${number(total)} results`);
  const count = loading ? msg('Searching…') : failedFirstPage ? '' : results;
  const filterCount = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
  const onFolder = (event: FolderSelectEvent) => view.onFolder(event.detail.path);
  // The open sheet is modal within the picker: what it covers is inert.
  const covered = view.narrow && view.sidebarOpen;
  return html`<div class="toolbar" part="toolbar" ?inert=${covered}>
      <button type="button" class="sidebar-toggle" part="sidebar-toggle" aria-expanded=${String(view.sidebarOpen)} aria-controls="sidebar"
        @click=${() => view.onToggleSidebar(!view.sidebarOpen)}>
        ${filterCount ? msg(str`Folders and filters (${number(filterCount)})`) : msg('Folders and filters')}
      </button>
      <dam-search-box .value=${state.keyword} @search-change=${view.onSearch}></dam-search-box>
      ${renderSort({ orders: view.sortOrders, sort: state.sort, keyword: state.keyword.trim() !== '', onSort: view.onSort })}
      <span class="count" part="count" role="status" aria-live="polite">${count}</span>
    </div>
    <div class="content ${view.narrow ? 'narrow' : ''} ${covered ? 'sheet-open' : ''}">
      ${renderSidebar({
        open: view.sidebarOpen,
        folderNoun: view.folderNoun,
        dam: view.dam,
        root: state.root,
        rootError: view.rootError,
        currentId: state.folder?.id ?? '',
        recents: view.recents,
        showingRecents: state.recents,
        onRecents: view.onRecents,
        facets: view.facets,
        facetsLoading: view.facetsLoading,
        filters: state.filters,
        droppedFilters: state.droppedFilters,
        locale,
        onFolder,
        onFilters: (event) => state.setFilters(event.detail.filters),
        onRetryRoot: view.onRetryRoot,
        onKeydown: view.onSidebarKeydown,
        onSkip: view.onSkip,
        onReach: view.onSidebarReach,
        sheet: view.narrow ? view.sheet : undefined,
        load: view.sidebarLoad,
      })}
      <div class="results" ?inert=${covered}>
        ${
          state.recents
            ? html`<div class="browse-bar" part="browse-bar"><h3 class="recents-heading">${msg('Recently used')}</h3></div>`
            : renderBrowseBar({ path: state.path, scopes: state.scopes, scope: state.folderScope, onFolder, onScope: (scope) => state.setScope(scope) })
        }
        ${view.upload ? renderUpload(view.uploadView) : nothing}
        ${renderResultGrid({
          result,
          assets: view.assets,
          offset: view.offset,
          randomAccess: view.randomAccess,
          listId: view.listId,
          total,
          loading,
          selection: state.selection,
          blockRestricted: state.restrictions.restrictedAssets === 'block',
          onToggle: (event) => view.onToggle(event.detail.asset),
          onBlocked: (event) => view.onBlocked(event.detail.asset),
          onActivate: (event) => view.onActivate(event.detail.asset),
          onDetails: (event) => view.onDetails(event.detail.asset),
          empty: state.recents ? { title: msg('Nothing inserted yet'), hint: msg('Assets you insert appear here.') } : undefined,
          onLoadMore: view.onLoadMore,
          onRange: view.onRange,
          onRetry: view.onRetry,
        })}
      </div>
      ${view.details}
    </div>`;
}
