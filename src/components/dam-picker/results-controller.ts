// The picker's results: the infinite search query watched through the one query controller, every asset
// loaded across its pages (a page boundary may repeat one), the total, and the editor's "load more" and
// "try again".
import { InfiniteQueryObserver, type InfiniteQueryObserverResult, type QueryClient } from '@tanstack/query-core';
import type { ReactiveControllerHost } from 'lit';
import type { searchQueryOptions, SearchData } from '../../api/query.js';
import type { DamAsset } from '../../api/types.js';
import type { recentsQueryOptions } from './recents.js';
import { QueryController } from '../../internal/query-controller.js';

export type ResultsResult = InfiniteQueryObserverResult<SearchData, Error>;
/** A search, or any other list shown as results ("Recently used"). */
type ResultsOptions = ReturnType<typeof searchQueryOptions> | ReturnType<typeof recentsQueryOptions>;

export class ResultsController extends QueryController<ResultsResult, ResultsOptions> {
  #assets: DamAsset[] = [];
  #assetsOf: SearchData | undefined;

  constructor(host: ReactiveControllerHost, client: QueryClient, onResult: (result: ResultsResult) => void) {
    // One observer for both kinds of list: they differ only in the type of their key.
    super(host, (options) => new InfiniteQueryObserver(client, options as ReturnType<typeof searchQueryOptions>), onResult);
  }

  /** Every asset loaded for the current query, across pages, each once. */
  get assets(): DamAsset[] {
    const data = this.result?.data;
    if (data !== this.#assetsOf) {
      const seen = new Set<string>();
      this.#assets = (data?.pages.flatMap((page) => page.assets) ?? []).filter((asset) => !seen.has(asset.id) && (seen.add(asset.id), true));
      this.#assetsOf = data;
    }
    return this.#assets;
  }

  loadMore(): void {
    const result = this.result;
    if (result?.hasNextPage && !result.isFetchingNextPage && !result.isFetching) void result.fetchNextPage();
  }

  /** Tries the failed request again: the next page when that failed, else the whole query. */
  retry(): void {
    const result = this.result;
    if (result?.isFetchNextPageError) void result.fetchNextPage();
    else void result?.refetch();
  }
}
