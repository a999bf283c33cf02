// The picker's browse state: the root (the DAM's, or `root-folder`), the path to the current
// folder, the folder scope and the facet filters. Together with the keyword they form one
// SearchQuery; the facets of that query are watched here (cached under the same normalised query).
import { keepPreviousData, QueryObserver, type QueryClient, type QueryObserverResult } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DamError } from '../../api/errors.js';
import { facetsQueryOptions, rootQueryOptions } from '../../api/query.js';
import type { DamFolder, DamProvider, FacetResult, FolderScope, SearchQuery } from '../../api/types.js';
import { restrictFacets, restrictionQuery, type Restrictions } from './restrictions.js';
import type { BrowseBarState, SidebarState } from './picker-templates.js';

interface Connection {
  provider: DamProvider;
  scope: string;
  restrictions: Restrictions;
}

export class BrowseController implements ReactiveController {
  root: DamFolder | undefined;
  rootError: Error | undefined;
  /** From the root down to the current folder; empty until the root is known. */
  path: DamFolder[] = [];
  folderScope: FolderScope = 'descendants';
  filters: Record<string, string[]> = {};
  /** Facets of the current query, inside the restrictions (the previous ones while new ones load). */
  facets: FacetResult | undefined;
  facetsLoading = false;
  /** Metadata filters were dropped because the DAM's facet service failed. */
  droppedFilters = false;

  readonly #host: ReactiveControllerHost;
  readonly #client: QueryClient;
  #connection: Connection | undefined;
  #rootObserver: QueryObserver<DamFolder, Error, DamFolder, DamFolder, readonly unknown[]> | undefined;
  #facetsObserver: QueryObserver<FacetResult, Error, FacetResult, FacetResult, readonly unknown[]> | undefined;
  #unsubscribeRoot: (() => void) | undefined;
  #unsubscribeFacets: (() => void) | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, client: QueryClient) {
    this.#host = host;
    this.#client = client;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe();
  }

  /** Starts browsing a DAM within these restrictions; a different DAM or root starts over. */
  connect(provider: DamProvider, scope: string, restrictions: Restrictions): void {
    const previous = this.#connection;
    this.#connection = { provider, scope, restrictions };
    if (previous?.provider === provider && previous.scope === scope && previous.restrictions.rootFolder === restrictions.rootFolder) return;
    this.#reset();
    if (!provider.capabilities.folderScopes.includes(this.folderScope)) this.folderScope = provider.capabilities.folderScopes[0] ?? 'descendants';
    const observer = new QueryObserver<DamFolder, Error, DamFolder, DamFolder, readonly unknown[]>(
      this.#client,
      rootQueryOptions(provider, scope, restrictions.rootFolder || null),
    );
    this.#rootObserver = observer;
    this.#subscribe();
    this.#onRoot(observer.getCurrentResult());
  }

  /** Stops browsing (signed out, unconfigured). */
  disconnect(): void {
    this.#connection = undefined;
    this.#reset();
  }

  /** Tries loading the root again after a failure. */
  retryRoot(): void {
    void this.#rootObserver?.refetch();
  }

  get folder(): DamFolder | undefined {
    return this.path.at(-1);
  }

  get scopes(): readonly FolderScope[] {
    return this.#connection?.provider.capabilities.folderScopes ?? [];
  }

  /** Goes to a folder; `path` runs from the root to it. */
  openFolder(path: DamFolder[]): void {
    if (path.length === 0 || path[0]?.id !== this.root?.id) return; // never above the root
    this.path = path;
    this.#host.requestUpdate();
  }

  setScope(scope: FolderScope): void {
    this.folderScope = scope;
    this.#host.requestUpdate();
  }

  setFilters(filters: Record<string, string[]>): void {
    this.filters = filters;
    this.droppedFilters = false;
    this.#host.requestUpdate();
  }

  /** What the sidebar shows of the browse state, with its handlers. */
  sidebarView(): Pick<SidebarState, 'root' | 'rootError' | 'currentId' | 'facets' | 'facetsLoading' | 'filters' | 'droppedFilters' | 'onFolder' | 'onFilters' | 'onRetryRoot'> {
    return {
      root: this.root,
      rootError: this.rootError,
      currentId: this.folder?.id ?? '',
      facets: this.facets,
      facetsLoading: this.facetsLoading,
      filters: this.filters,
      droppedFilters: this.droppedFilters,
      onFolder: (event) => this.openFolder(event.detail.path),
      onFilters: (event) => this.setFilters(event.detail.filters),
      onRetryRoot: () => this.retryRoot(),
    };
  }

  /** The breadcrumb and folder-scope bar above the results. */
  barView(): BrowseBarState {
    return {
      path: this.path,
      scopes: this.scopes,
      scope: this.folderScope,
      onFolder: (event) => this.openFolder(event.detail.path),
      onScope: (scope) => this.setScope(scope),
    };
  }

  /** Keyword, folder, scope, filters and restrictions: one query, one cache key. */
  query(keyword: string): SearchQuery {
    const restrictions = this.#connection?.restrictions;
    const rootFolder = restrictions?.rootFolder || undefined;
    const current = this.folder?.id ?? rootFolder;
    // The whole DAM needs no folder parameter; any other folder (or "this folder only") does.
    const wholeDam = !rootFolder && current === this.root?.id && this.folderScope === 'descendants';
    const folderId = current && !wholeDam ? current : rootFolder;
    return {
      keyword,
      ...(folderId ? { folderId, folderScope: folderId === current ? this.folderScope : 'descendants' } : {}),
      ...(restrictions ? restrictionQuery(restrictions) : {}),
      ...(Object.keys(this.filters).length ? { filters: this.filters } : {}),
    };
  }

  /** Watches the facets of this query. */
  watchFacets(query: SearchQuery): void {
    const connection = this.#connection;
    if (!connection) return;
    const options = { ...facetsQueryOptions(connection.provider, connection.scope, query), placeholderData: keepPreviousData };
    let observer = this.#facetsObserver;
    if (observer) observer.setOptions(options);
    else {
      observer = new QueryObserver<FacetResult, Error, FacetResult, FacetResult, readonly unknown[]>(this.#client, options);
      this.#facetsObserver = observer;
      this.#subscribe();
    }
    this.#onFacets(observer.getCurrentResult());
  }

  #onRoot(result: QueryObserverResult<DamFolder>): void {
    this.rootError = result.error ?? undefined;
    if (result.data && result.data.id !== this.root?.id) {
      this.root = result.data;
      this.path = [result.data];
    }
    this.#host.requestUpdate();
  }

  #onFacets(result: QueryObserverResult<FacetResult>): void {
    const restrictions = this.#connection?.restrictions;
    this.facetsLoading = result.isFetching;
    if (result.data && restrictions) this.facets = restrictFacets(result.data, restrictions);
    else if (result.error && !(result.error instanceof DamError && result.error.code === 'unauthorized')) this.facets = undefined;
    // Without the facet service only the basic filters work: drop the others (and say so).
    if (result.data?.degraded && !result.isPlaceholderData) {
      const offered = new Set(result.data.groups.map((group) => group.id));
      const kept = Object.fromEntries(Object.entries(this.filters).filter(([id]) => offered.has(id)));
      if (Object.keys(kept).length !== Object.keys(this.filters).length) {
        this.filters = kept;
        this.droppedFilters = true;
      }
    }
    this.#host.requestUpdate();
  }

  #subscribe(): void {
    if (!this.#connected) return;
    this.#unsubscribeRoot ??= this.#rootObserver?.subscribe((result) => this.#onRoot(result));
    this.#unsubscribeFacets ??= this.#facetsObserver?.subscribe((result) => this.#onFacets(result));
  }

  #unsubscribe(): void {
    this.#unsubscribeRoot?.();
    this.#unsubscribeFacets?.();
    this.#unsubscribeRoot = undefined;
    this.#unsubscribeFacets = undefined;
  }

  #reset(): void {
    this.#unsubscribe();
    this.#rootObserver = undefined;
    this.#facetsObserver = undefined;
    this.root = undefined;
    this.rootError = undefined;
    this.path = [];
    this.filters = {};
    this.facets = undefined;
    this.facetsLoading = false;
    this.droppedFilters = false;
  }
}
