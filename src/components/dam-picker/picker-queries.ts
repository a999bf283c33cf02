// The picker's side of query-core: one query client per picker, and the queries the picker state
// describes — results, facets and the browse root — each watched through the one query controller.
// A new session (or none) clears everything fetched for the previous one.
import { keepPreviousData, QueryObserver, type QueryObserverResult } from '@tanstack/query-core';
import type { ReactiveControllerHost } from 'lit';
import { asQueryClient, createQueryClient, facetsQueryOptions, rootQueryOptions, searchQueryOptions } from '../../api/query.js';
import { restrictFacets, type Restrictions } from '../../api/restrictions.js';
import type { DamFolder, DamProvider, FacetResult, SearchPage } from '../../api/types.js';
import type { DamSource } from '../../internal/dam-source.js';
import { QueryController } from '../../internal/query-controller.js';
import type { PickerState } from './picker-state.js';
import { ResultsController, type ResultsResult } from './results-controller.js';
import { recentsQueryOptions } from './recents.js';

type FacetsOptions = ReturnType<typeof facetsQueryOptions> & { placeholderData: typeof keepPreviousData };

export class PickerQueries {
  readonly client = createQueryClient();
  readonly results: ResultsController;
  readonly #root: QueryController<QueryObserverResult<DamFolder, Error>, ReturnType<typeof rootQueryOptions>>;
  readonly #facets: QueryController<QueryObserverResult<FacetResult, Error>, FacetsOptions>;
  readonly #state: PickerState;
  /** What the folder tree reads the DAM through (it loads its levels itself); undefined while signed out. */
  dam: DamSource | undefined;
  /** The ids "Recently used" shows (while the state shows it). */
  recentIds: () => readonly string[] = () => [];

  constructor(host: ReactiveControllerHost, state: PickerState, onResults: (result: ResultsResult) => void, onFirstPage: (page: SearchPage) => void) {
    this.#state = state;
    this.results = new ResultsController(host, this.client, onResults, onFirstPage);
    this.#root = new QueryController(
      host,
      (options) => new QueryObserver(asQueryClient(this.client), options),
      (result) => state.rootLoaded(result.data),
    );
    // Without the facet service only the basic filters work: the others are dropped (and that is said).
    this.#facets = new QueryController(
      host,
      (options) => new QueryObserver(asQueryClient(this.client), options),
      (result) => {
        if (result.data?.degraded && !result.isPlaceholderData) state.keepOnlyFilters(new Set(result.data.groups.map((group) => group.id)));
      },
    );
  }

  /**
   * The session the queries are for (`undefined`: none). A new one starts over: nothing fetched for the previous
   * session may be shown to the next. The same one again changes nothing.
   */
  connect(provider: DamProvider | undefined, scope: string): void {
    if (provider === this.dam?.provider && (!provider || scope === this.dam?.scope)) return;
    if (this.dam) this.client.clear();
    this.dam = provider ? { provider, queryClient: this.client, scope } : undefined;
    this.#state.connect(provider?.capabilities.folderScopes ?? []);
  }

  /** The state changed: watch the queries it now describes (those seen before come from the cache). */
  watch(): void {
    const { provider, scope } = this.dam ?? {};
    const query = this.#state.query();
    this.#root.watch(provider && rootQueryOptions(provider, scope!, this.#state.restrictions.rootFolder || null));
    // The search starts beside the root, not after it: before the root is known the query is the whole DAM's
    // (or the root folder's), which is the same query once the root arrives.
    const state = this.#state;
    this.results.watchSearch(
      provider,
      provider && (state.recents ? recentsQueryOptions(provider, scope!, this.recentIds(), state.restrictions) : searchQueryOptions(provider, scope!, query)),
    );
    this.#facets.watch(provider && { ...facetsQueryOptions(provider, scope!, query), placeholderData: keepPreviousData });
  }

  /** The browse root failed to load: try again. */
  retryRoot(): void {
    void this.#root.result?.refetch();
  }

  get rootError(): Error | undefined {
    return this.#root.result?.error ?? undefined;
  }

  /**
   * Facets of the current query, inside the restrictions (the previous ones while new ones load). Made again only
   * when the DAM's answer or the restrictions change, so a render hands the facet list the same object.
   */
  get facets(): FacetResult | undefined {
    const data = this.#facets.result?.data;
    const restrictions = this.#state.restrictions;
    let memo = this.#facetsOf;
    if (!memo || memo.data !== data || memo.restrictions !== restrictions) {
      memo = { data, restrictions, facets: data ? restrictFacets(data, restrictions) : undefined };
      this.#facetsOf = memo;
    }
    return memo.facets;
  }
  #facetsOf: { data: FacetResult | undefined; restrictions: Restrictions; facets: FacetResult | undefined } | undefined;

  get facetsLoading(): boolean {
    return this.#facets.result?.isFetching ?? false;
  }
}
