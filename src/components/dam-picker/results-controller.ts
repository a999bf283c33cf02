// The picker's results: one infinite search query per result list, watched through the one query controller,
// holding a window of at most WINDOW_PAGES pages (query-core's `maxPages`). Scrolling on fetches the next page
// and drops the farthest one; scrolling back fetches the previous one; a jump far away (the scrollbar dragged to
// the middle of 100,000 results) starts a window at that page (Brandworkz `from`, Bynder `page`), while the old
// window stays where it was and the new range shows stand-ins. Page params are page indices (0-based); the
// provider turns them into its cursors. So the DOM (virtualised) and the heap (a window) stay bounded.
import {
  hashKey,
  InfiniteQueryObserver,
  type InfiniteData,
  type InfiniteQueryObserverOptions,
  type InfiniteQueryObserverResult,
  type QueryFunctionContext,
  type QueryKey,
} from '@tanstack/query-core';
import type { ReactiveControllerHost } from 'lit';
import { asQueryClient, type DamQueryClient, type searchQueryOptions } from '../../api/query.js';
import type { DamAsset, DamProvider, SearchPage } from '../../api/types.js';
import type { recentsQueryOptions } from './recents.js';
import { QueryController } from '../../internal/query-controller.js';

/** Pages kept in memory for one result list. */
const WINDOW_PAGES = 8;
/** How long a window away from the top stays cached once the editor has left it. */
const JUMP_GC_MS = 30_000;

export type ResultsData = InfiniteData<SearchPage, number>;
export type ResultsResult = InfiniteQueryObserverResult<ResultsData, Error>;
type ResultsOptions = InfiniteQueryObserverOptions<SearchPage, Error, ResultsData, QueryKey, number>;
/** A search, or any other list shown as results ("Recently used": one page, never cached). */
type SearchOptions = ReturnType<typeof searchQueryOptions> | ReturnType<typeof recentsQueryOptions>;

export class ResultsController extends QueryController<ResultsResult, ResultsOptions> {
  #assets: DamAsset[] = [];
  #assetsOf: ResultsData | undefined;
  #search: { provider: DamProvider; options: SearchOptions; key: string } | undefined;
  /** The page the current window started at (0 until the editor jumps). */
  #anchor = 0;

  readonly #onFirstPage: (page: SearchPage) => void;

  /** `onFirstPage`: a window's first page has arrived, before query-core hands it to anyone (a task later). */
  constructor(host: ReactiveControllerHost, client: DamQueryClient, onResult: (result: ResultsResult) => void, onFirstPage: (page: SearchPage) => void) {
    super(host, (options) => new InfiniteQueryObserver(asQueryClient(client), options), onResult);
    this.#onFirstPage = onFirstPage;
  }

  /** Watches the results of this search (`undefined`: none). A new search starts at its first page. */
  watchSearch(provider: DamProvider | undefined, options: SearchOptions | undefined): void {
    if (!provider || !options) {
      this.#search = undefined;
      this.watch(undefined);
      return;
    }
    const key = hashKey(options.queryKey);
    if (key !== this.#search?.key) this.#anchor = 0;
    this.#search = { provider, options, key };
    this.watch(this.#options());
  }

  #options(): ResultsOptions {
    const { provider, options, key } = this.#search!;
    const anchor = this.#anchor;
    return {
      queryKey: [...options.queryKey, anchor],
      queryFn: async (context: QueryFunctionContext<QueryKey, number>) => {
        const page = await (options.queryFn as (context: unknown) => Promise<SearchPage>)({
          ...context,
          signal: context.signal,
          queryKey: options.queryKey,
          pageParam: provider.pageCursor(context.pageParam),
        });
        if (context.pageParam === anchor) this.#onFirstPage(page);
        return page;
      },
      initialPageParam: anchor,
      getNextPageParam: (last, _pages, index) => (last.nextCursor === null ? undefined : index + 1),
      getPreviousPageParam: (_first, _pages, index) => (index > 0 ? index - 1 : undefined),
      maxPages: WINDOW_PAGES,
      // A jump within the same list keeps the loaded window (drawn where it belongs) while the new page loads.
      placeholderData: (previous, previousQuery) =>
        previousQuery && hashKey(previousQuery.queryKey.slice(0, -1)) === key && previous?.pages.length ? previous : undefined,
      ...(anchor > 0 ? { gcTime: JUMP_GC_MS } : {}),
      // "Recently used" is fetched fresh on every visit (its options say so); a search keeps the client's defaults.
      ...(typeof options.staleTime === 'number' ? { staleTime: options.staleTime } : {}),
      ...(typeof options.gcTime === 'number' ? { gcTime: options.gcTime } : {}),
    };
  }

  /** The loaded window of assets, each once (a page boundary may repeat one). */
  get assets(): DamAsset[] {
    const data = this.result?.data;
    if (data !== this.#assetsOf) {
      const seen = new Set<string>();
      this.#assets = (data?.pages.flatMap((page) => page.assets) ?? []).filter((asset) => !seen.has(asset.id) && (seen.add(asset.id), true));
      this.#assetsOf = data;
    }
    return this.#assets;
  }

  /** Position of `assets[0]` in the whole result list. */
  get offset(): number {
    return (this.result?.data?.pageParams[0] ?? 0) * (this.#search?.provider.pageSize ?? 0);
  }

  /** Identifies the result list (the search, whichever window of it is loaded). */
  get listId(): string {
    return this.#search?.key ?? '';
  }

  /** Total hits of the query (0 until known). */
  get total(): number {
    return this.result?.data?.pages.at(-1)?.total ?? 0;
  }

  /** Whether results can be laid out at their positions (the total is exact, so every page is full). */
  get randomAccess(): boolean {
    const pages = this.result?.data?.pages;
    return !!pages?.length && !pages.some((page) => page.totalIsApproximate);
  }

  /**
   * The editor sees results `first`…`last` (positions in the whole list): fetch the page after or before the
   * window when the range reaches its edge, or start a window at the range when it is far from the loaded one.
   */
  showRange(first: number, last: number): void {
    const result = this.result;
    const pageSize = this.#search?.provider.pageSize ?? 0;
    const params = result?.data?.pageParams;
    if (!result || !params?.length || pageSize <= 0) return;
    const [firstPage, lastPage] = [Math.floor(first / pageSize), Math.floor(last / pageSize)];
    const [loadedFirst, loadedLast] = [params[0]!, params.at(-1)!];
    if (result.isPlaceholderData || lastPage < loadedFirst - 1 || firstPage > loadedLast + 1) {
      if (this.#anchor !== firstPage && !(firstPage >= loadedFirst && lastPage <= loadedLast && !result.isPlaceholderData)) {
        this.#anchor = firstPage;
        this.watch(this.#options());
      }
      return;
    }
    if (result.isFetching || result.isError) return;
    // Within a screen of the window's edge: the page beyond it.
    const [start, end, screen] = [this.offset, this.offset + this.assets.length, last - first + 1];
    if (last + screen >= end && result.hasNextPage) void result.fetchNextPage();
    else if (first - screen < start && result.hasPreviousPage) void result.fetchPreviousPage();
  }

  loadMore(): void {
    const result = this.result;
    if (result?.hasNextPage && !result.isFetchingNextPage && !result.isFetching) void result.fetchNextPage();
  }

  /** Tries the failed request again: the next (or previous) page when that failed, else the whole query. */
  retry(): void {
    const result = this.result;
    if (result?.isFetchNextPageError) void result.fetchNextPage();
    else if (result?.isFetchPreviousPageError) void result.fetchPreviousPage();
    else void result?.refetch();
  }
}
