// "Recently used": the ids of the last assets this browser inserted, per DAM site and user, kept in
// localStorage (ids only, never tokens or asset data), and the query that fetches them fresh from the DAM
// (deleted assets, or ones now outside the picker's restrictions, drop out).
import type { InfiniteQueryObserverOptions } from '@tanstack/query-core';
import type { SearchData } from '../../api/query.js';
import { allowedAsset, findWithinRestrictions, type Restrictions } from '../../api/restrictions.js';
import type { DamProvider, PageCursor, SearchPage } from '../../api/types.js';

/** How many inserted assets are remembered. */
const RECENTS_LIMIT = 50;
const PREFIX = 'dam-picker.recents:';

/** Who the list belongs to: the DAM (provider and site) and the signed-in user, as far as the session knows them. */
export interface RecentsOwner {
  provider: string;
  site: string;
  user: string;
}

/** localStorage, or nothing where it is unavailable (privacy modes, sandboxed frames). */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export class RecentsStore {
  readonly #key: string;

  constructor(owner: RecentsOwner) {
    this.#key = PREFIX + JSON.stringify([owner.provider, owner.site.toLowerCase(), owner.user]);
  }

  /** The remembered ids, the most recent first. */
  ids(): string[] {
    try {
      const value: unknown = JSON.parse(storage()?.getItem(this.#key) ?? '[]');
      return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string').slice(0, RECENTS_LIMIT) : [];
    } catch {
      return [];
    }
  }

  /** Puts inserted ids first (each once), keeping the newest `RECENTS_LIMIT`. */
  add(inserted: readonly string[]): void {
    const ids = [...new Set([...inserted, ...this.ids()])].slice(0, RECENTS_LIMIT);
    try {
      storage()?.setItem(this.#key, JSON.stringify(ids));
    } catch {
      // Storage full or refused: the list is a convenience, inserting goes on.
    }
  }
}

type RecentsKey = readonly ['dam', string, 'recents', readonly string[], string];

/**
 * The recent assets as one page of results, asked of the DAM every time they are shown (never served stale).
 * Within a `root-folder` the lookup searches there, so an asset outside it never shows.
 */
export function recentsQueryOptions(
  provider: DamProvider,
  scope: string,
  ids: readonly string[],
  restrictions: Restrictions,
): InfiniteQueryObserverOptions<SearchPage, Error, SearchData, RecentsKey, PageCursor | null> {
  return {
    queryKey: ['dam', scope, 'recents', ids, JSON.stringify(restrictions)],
    queryFn: async ({ signal }) => {
      const found = restrictions.rootFolder ? await findWithinRestrictions(provider, ids, restrictions) : await provider.getAssets(ids, signal);
      const byId = new Map(found.filter((asset) => allowedAsset(asset, restrictions)).map((asset) => [asset.id, asset]));
      const assets = ids.flatMap((id) => byId.get(id) ?? []);
      return { assets, total: assets.length, nextCursor: null };
    },
    initialPageParam: null,
    getNextPageParam: () => null,
    staleTime: 0,
    gcTime: 0,
  };
}
