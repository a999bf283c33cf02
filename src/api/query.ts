// TanStack query-core wiring: one query client per picker, query keys from one
// factory, the infinite search query and the browse queries (root, folders,
// facets). Retries are the HTTP layer's job, so the query client never retries;
// results stay fresh for five minutes, so going back to an earlier query is
// served from the cache without a request.
import { hashKey, QueryCache, skipToken, type InfiniteData, type InfiniteQueryObserverOptions, type QueryClient } from '@tanstack/query-core';
import { normaliseFilters } from './filters.js';
import type { DamFolder, DamProvider, FacetResult, FolderPage, PageCursor, SearchPage, SearchQuery } from './types.js';

const FRESH_FOR_MS = 5 * 60_000;

/** What the picker uses of a query client: its cache, the defaulted options the observers ask for, fetchQuery, clear. */
export type DamQueryClient = Pick<QueryClient, 'getQueryCache' | 'defaultQueryOptions' | 'getQueryDefaults' | 'fetchQuery' | 'clear'>;

const DEFAULT_QUERY_OPTIONS = { retry: false, staleTime: FRESH_FOR_MS, gcTime: 15 * 60_000, refetchOnWindowFocus: false, refetchOnReconnect: false };

/**
 * query-core's `QueryClient` reduced to what the picker's queries use (`DamQueryClient`), with the same
 * defaulting of options: `QueryClient` also creates a `MutationCache`, which brings mutations along (2 KB gzip on
 * the way to the first results) that the picker never uses. It is never mounted (no refetch on focus or
 * reconnect), as the full client was not. Observers take it through `asQueryClient`.
 */
class PickerQueryClient implements DamQueryClient {
  readonly #cache = new QueryCache();

  getQueryCache(): QueryCache {
    return this.#cache;
  }

  getQueryDefaults(): object {
    return {};
  }

  defaultQueryOptions = ((options: { _defaulted?: boolean; queryKey: readonly unknown[]; queryHash?: string; queryFn?: unknown }) => {
    if (options._defaulted) return options;
    const defaulted = { ...DEFAULT_QUERY_OPTIONS, throwOnError: false, ...options, _defaulted: true };
    defaulted.queryHash ??= hashKey(defaulted.queryKey);
    return defaulted.queryFn === skipToken ? { ...defaulted, enabled: false } : defaulted;
  }) as unknown as QueryClient['defaultQueryOptions'];

  fetchQuery = ((options: Parameters<QueryClient['fetchQuery']>[0]) => {
    const defaulted = this.defaultQueryOptions(options);
    const query = this.#cache.build(asQueryClient(this), defaulted);
    const staleTime = defaulted.staleTime;
    return query.isStaleByTime(typeof staleTime === 'function' ? staleTime(query) : staleTime) ? query.fetch(defaulted) : Promise.resolve(query.state.data);
  }) as QueryClient['fetchQuery'];

  clear(): void {
    this.#cache.clear();
  }
}

export function createQueryClient(): DamQueryClient {
  return new PickerQueryClient();
}

/** The client as query-core's observers take it: they call only what `DamQueryClient` has. */
export function asQueryClient(client: DamQueryClient): QueryClient {
  return client as QueryClient;
}

/**
 * Normalises a query so equal searches share one cache entry. The sort is part of it (each order is
 * its own entry); `relevance` without a keyword is the DAM's default order, as is no sort.
 */
function normaliseQuery(query: SearchQuery): SearchQuery {
  const filters = normaliseFilters(query.filters);
  const keyword = query.keyword.trim().replace(/\s+/g, ' ');
  const sort = query.sort === 'relevance' && !keyword ? undefined : query.sort;
  return {
    keyword,
    ...(query.folderId ? { folderId: query.folderId, folderScope: query.folderScope ?? 'descendants' } : {}),
    ...(query.assetTypes?.length ? { assetTypes: [...query.assetTypes].sort() } : {}),
    ...(query.fileTypes?.length ? { fileTypes: query.fileTypes.map((type) => type.toLowerCase()).sort() } : {}),
    ...(filters ? { filters } : {}),
    ...(sort ? { sort } : {}),
    ...(query.activeOnly ? { activeOnly: true } : {}),
  };
}

/**
 * The normalised query as a key, its filters as `[group, values]` pairs: the query client hashes a
 * key's objects by copying their keys into `{}`, which turns a group named `__proto__` into a
 * prototype and drops it from the hash (two different searches would share one cache entry).
 */
function queryKeyPart(query: SearchQuery) {
  const { filters, ...rest } = normaliseQuery(query);
  return filters ? { ...rest, filters: Object.entries(filters) } : rest;
}

/** Every query key the picker uses. `scope` identifies the DAM (provider + site + page size). */
const queryKeys = {
  all: (scope: string) => ['dam', scope] as const,
  search: (scope: string, query: SearchQuery) => ['dam', scope, 'search', queryKeyPart(query)] as const,
  /** Facets of the same normalised query as `search`: one combination, one key. */
  facets: (scope: string, query: SearchQuery) => ['dam', scope, 'facets', queryKeyPart(query)] as const,
  /** The browse root: the DAM's, or the `root-folder` restriction's folder. */
  root: (scope: string, rootFolderId: string | null) => ['dam', scope, 'root', rootFolderId] as const,
  /** One page of a folder's sub-folders. */
  folders: (scope: string, parentId: string, cursor: PageCursor | null) => ['dam', scope, 'folders', parentId, cursor] as const,
  /** A folder with its ancestors (the root first). */
  folderPath: (scope: string, folderId: string) => ['dam', scope, 'folder-path', folderId] as const,
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

export function facetsQueryOptions(provider: DamProvider, scope: string, query: SearchQuery) {
  // The order of the results does not change their counts: one facets entry for every sort.
  const { sort: _sort, ...normalised } = normaliseQuery(query);
  return {
    queryKey: queryKeys.facets(scope, normalised),
    queryFn: ({ signal }: { signal: AbortSignal }): Promise<FacetResult> => provider.facets(normalised, signal),
  };
}

/** The browse root: the DAM's root, or the restricting folder itself (its ancestors are never shown). */
export function rootQueryOptions(provider: DamProvider, scope: string, rootFolderId: string | null) {
  return {
    queryKey: queryKeys.root(scope, rootFolderId),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<DamFolder> => {
      if (!rootFolderId) return provider.rootFolder(signal);
      const path = await provider.folderPath(rootFolderId, signal);
      const folder = path.at(-1);
      return folder ? { id: folder.id, title: folder.title, kind: folder.kind } : { id: rootFolderId, title: '', kind: 'folder' };
    },
  };
}

export function foldersQueryOptions(provider: DamProvider, scope: string, parentId: string, cursor: PageCursor | null) {
  return {
    queryKey: queryKeys.folders(scope, parentId, cursor),
    queryFn: ({ signal }: { signal: AbortSignal }): Promise<FolderPage> => provider.listFolders(parentId, cursor, signal),
  };
}

/** A folder and its ancestors (the details panel names an asset's folder by it): one request per folder, cached. */
export function folderPathQueryOptions(provider: DamProvider, scope: string, folderId: string) {
  return {
    queryKey: queryKeys.folderPath(scope, folderId),
    queryFn: ({ signal }: { signal: AbortSignal }): Promise<DamFolder[]> => provider.folderPath(folderId, signal),
  };
}
