// Subscribes the picker to the infinite search query for the current
// keyword and restrictions: query-core caches pages, dedupes requests and
// aborts the request of a search nobody watches any more.
import { InfiniteQueryObserver, type InfiniteQueryObserverResult, type QueryClient } from '@tanstack/query-core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { searchQueryOptions, type SearchData } from '../../api/query.js';
import type { DamAsset, DamProvider, PageCursor, SearchPage, SearchQuery } from '../../api/types.js';

type Observer = InfiniteQueryObserver<SearchPage, Error, SearchData, ReturnType<typeof searchQueryOptions>['queryKey'], PageCursor | null>;

export class SearchController implements ReactiveController {
  result: InfiniteQueryObserverResult<SearchData, Error> | undefined;
  /** Every asset loaded for the current query, across pages. */
  assets: DamAsset[] = [];

  readonly #host: ReactiveControllerHost;
  readonly #client: QueryClient;
  readonly #onResult: (result: InfiniteQueryObserverResult<SearchData, Error>) => void;
  #observer: Observer | undefined;
  #unsubscribe: (() => void) | undefined;
  #connected = false;

  constructor(host: ReactiveControllerHost, client: QueryClient, onResult: (result: InfiniteQueryObserverResult<SearchData, Error>) => void) {
    this.#host = host;
    this.#client = client;
    this.#onResult = onResult;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Shows the results of this query (from the cache when seen before). */
  setQuery(provider: DamProvider, scope: string, query: SearchQuery): void {
    const options = searchQueryOptions(provider, scope, query);
    if (this.#observer) this.#observer.setOptions(options);
    else this.#observer = new InfiniteQueryObserver(this.#client, options);
    this.#subscribe();
    this.#update(this.#observer.getCurrentResult());
  }

  /** Stops showing results (signed out, unconfigured). */
  clear(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#observer = undefined;
    this.result = undefined;
    this.assets = [];
  }

  loadMore(): void {
    const result = this.result;
    if (result?.hasNextPage && !result.isFetchingNextPage && !result.isFetching) void result.fetchNextPage();
  }

  /** Tries the failed request again: the next page when that failed, else the whole query. */
  retry(): void {
    const result = this.result;
    if (!result) return;
    if (result.isFetchNextPageError) void result.fetchNextPage();
    else void result.refetch();
  }

  #subscribe(): void {
    if (!this.#connected || !this.#observer || this.#unsubscribe) return;
    this.#unsubscribe = this.#observer.subscribe((result) => this.#update(result));
  }

  #update(result: InfiniteQueryObserverResult<SearchData, Error>): void {
    if (result.data !== this.result?.data) this.assets = uniqueById(result.data?.pages.flatMap((page) => page.assets) ?? []);
    this.result = result;
    this.#onResult(result);
    this.#host.requestUpdate();
  }
}

/** A page boundary may repeat an asset when the index changes between requests. */
function uniqueById(assets: DamAsset[]): DamAsset[] {
  const seen = new Set<string>();
  return assets.filter((asset) => !seen.has(asset.id) && (seen.add(asset.id), true));
}
