// Facet filters and the integrator's restrictions, provider-neutral: the well-known facet ids, and
// what a query may return once the user's filters are intersected with the restrictions (filters
// narrow, never widen). Providers build their requests from these.
import type { AssetKind, DamAsset, SearchQuery } from './types.js';

/** Facet group of asset kinds; values are `AssetKind`s. */
export const FACET_ASSET_TYPE = 'asset-type';
/** Facet group of file formats; values are lower-case suffixes without a dot. */
export const FACET_FILE_TYPE = 'file-type';

export const ASSET_KINDS: readonly AssetKind[] = ['image', 'video', 'audio', 'document', 'other'];

export const isAssetKind = (value: string): value is AssetKind => (ASSET_KINDS as readonly string[]).includes(value);

/** `.PNG ` → `png`. */
export const normaliseFileType = (value: string): string => value.trim().toLowerCase().replace(/^\.+/, '');

/**
 * A filter record from entries, without a prototype: group ids are the DAM's, and with one named
 * `__proto__` a plain object's assignment would set its prototype instead of adding the group.
 */
export function filterRecord(entries: Iterable<readonly [string, string[]]> = []): Record<string, string[]> {
  const record = Object.create(null) as Record<string, string[]>;
  for (const [id, values] of entries) record[id] = values;
  return record;
}

/**
 * The values chosen in a group, or `undefined`. Own keys only: `filters.constructor` on a plain
 * object is `Object`, not a choice.
 */
export function filterValues(filters: Readonly<Record<string, readonly string[]>> | undefined, id: string): readonly string[] | undefined {
  return filters && Object.hasOwn(filters, id) ? filters[id] : undefined;
}

/** Filters with empty groups dropped, values unique and sorted, groups in key order: equal choices, equal keys. */
export function normaliseFilters(filters: Readonly<Record<string, readonly string[]>> | undefined): Record<string, string[]> | undefined {
  if (!filters) return undefined;
  const result = filterRecord(Object.keys(filters).sort().flatMap((id): Array<[string, string[]]> => {
    const values = [...new Set(filterValues(filters, id))].filter((value) => value !== '').sort();
    return values.length ? [[id, values]] : [];
  }));
  return Object.keys(result).length ? result : undefined;
}

/**
 * The asset kinds the query may return: the restriction narrowed by the asset-type filter.
 * `undefined`: any kind; `[]`: none (the filter and the restriction do not overlap).
 */
export function allowedKinds(query: SearchQuery): AssetKind[] | undefined {
  const restriction = query.assetTypes?.length ? query.assetTypes : undefined;
  const chosen = filterValues(query.filters, FACET_ASSET_TYPE);
  if (!chosen?.length) return restriction;
  const kinds = chosen.filter(isAssetKind);
  return restriction ? kinds.filter((kind) => restriction.includes(kind)) : kinds;
}

/** The file types the query may return, like `allowedKinds`. */
export function allowedFileTypes(query: SearchQuery): string[] | undefined {
  const restriction = query.fileTypes?.length ? query.fileTypes.map(normaliseFileType) : undefined;
  const chosen = filterValues(query.filters, FACET_FILE_TYPE)?.map(normaliseFileType);
  if (!chosen?.length) return restriction;
  return restriction ? chosen.filter((type) => restriction.includes(type)) : chosen;
}

/** The user's filters other than asset type and file type (the DAM's metadata fields). */
export function metadataFilters(query: SearchQuery): Record<string, string[]> {
  return filterRecord(Object.entries(query.filters ?? {}).filter(([id, values]) => id !== FACET_ASSET_TYPE && id !== FACET_FILE_TYPE && values.length));
}

/** Whether an asset lies inside the integrator's restrictions on kind and file type (not folder). */
export function withinRestrictions(asset: DamAsset, query: Pick<SearchQuery, 'assetTypes' | 'fileTypes'>): boolean {
  if (query.assetTypes?.length && !query.assetTypes.includes(asset.type)) return false;
  if (query.fileTypes?.length && !query.fileTypes.map(normaliseFileType).includes(asset.fileType ?? '')) return false;
  return true;
}
