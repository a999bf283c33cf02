// TanStack query-core wiring: one query client per picker, query keys from one
// factory, and the infinite search query. Retries are the HTTP layer's job, so
// the query client never retries; results stay fresh for five minutes, so going
// back to an earlier query is served from the cache without a request.
import { QueryClient, type InfiniteData, type InfiniteQueryObserverOptions } from '@tanstack/query-core';
import type { DamProvider, PageCursor, SearchPage, SearchQuery } from './types.js';

export const FRESH_FOR_MS = 5 * 60_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: FRESH_FOR_MS, gcTime: 15 * 60_000, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}

/** Normalises a query so equal searches share one cache entry. */
export function normaliseQuery(query: SearchQuery): SearchQuery {
  return {
    keyword: query.keyword.trim().replace(/\s+/g, ' '),
    ...(query.folderId ? { folderId: query.folderId, folderScope: query.folderScope ?? 'descendants' } : {}),
    ...(query.assetTypes?.length ? { assetTypes: [...query.assetTypes].sort() } : {}),
    ...(query.fileTypes?.length ? { fileTypes: query.fileTypes.map((type) => type.toLowerCase()).sort() } : {}),
  };
}

/** Every query key the picker uses. `scope` identifies the DAM (provider + site + page size). */
export const queryKeys = {
  all: (scope: string) => ['dam', scope] as const,
  search: (scope: string, query: SearchQuery) => ['dam', scope, 'search', normaliseQuery(query)] as const,
};

export type SearchQueryKey = ReturnType<typeof queryKeys.search>;
export type SearchData = InfiniteData<SearchPage, PageCursor | null>;

export function searchQueryOptions(
  provider: DamProvider,
  scope: string,
  query: SearchQuery,
): InfiniteQueryObserverOptions<SearchPage, Error, SearchData, SearchQueryKey, PageCursor | null> {
  const normalised = normaliseQuery(query);
  return {
    queryKey: queryKeys.search(scope, normalised),
    queryFn: ({ pageParam, signal }) => provider.search(normalised, pageParam, signal),
    initialPageParam: null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  };
}
