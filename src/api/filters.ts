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

/** Filters with empty groups dropped, values unique and sorted, groups in key order: equal choices, equal keys. */
export function normaliseFilters(filters: Record<string, readonly string[]> | undefined): Record<string, string[]> | undefined {
  if (!filters) return undefined;
  const result: Record<string, string[]> = {};
  for (const id of Object.keys(filters).sort()) {
    const values = [...new Set(filters[id] ?? [])].filter((value) => value !== '').sort();
    if (values.length) result[id] = values;
  }
  return Object.keys(result).length ? result : undefined;
}

/**
 * The asset kinds the query may return: the restriction narrowed by the asset-type filter.
 * `undefined`: any kind; `[]`: none (the filter and the restriction do not overlap).
 */
export function allowedKinds(query: SearchQuery): AssetKind[] | undefined {
  const restriction = query.assetTypes?.length ? query.assetTypes : undefined;
  const chosen = query.filters?.[FACET_ASSET_TYPE];
  if (!chosen?.length) return restriction;
  const kinds = chosen.filter(isAssetKind);
  return restriction ? kinds.filter((kind) => restriction.includes(kind)) : kinds;
}

/** The file types the query may return, like `allowedKinds`. */
export function allowedFileTypes(query: SearchQuery): string[] | undefined {
  const restriction = query.fileTypes?.length ? query.fileTypes.map(normaliseFileType) : undefined;
  const chosen = query.filters?.[FACET_FILE_TYPE]?.map(normaliseFileType);
  if (!chosen?.length) return restriction;
  return restriction ? chosen.filter((type) => restriction.includes(type)) : chosen;
}

/** The user's filters other than asset type and file type (the DAM's metadata fields). */
export function metadataFilters(query: SearchQuery): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [id, values] of Object.entries(query.filters ?? {})) {
    if (id !== FACET_ASSET_TYPE && id !== FACET_FILE_TYPE && values.length) result[id] = values;
  }
  return result;
}

/** Whether an asset lies inside the integrator's restrictions on kind and file type (not folder). */
export function withinRestrictions(asset: DamAsset, query: Pick<SearchQuery, 'assetTypes' | 'fileTypes'>): boolean {
  if (query.assetTypes?.length && !query.assetTypes.includes(asset.type)) return false;
  if (query.fileTypes?.length && !query.fileTypes.map(normaliseFileType).includes(asset.fileType ?? '')) return false;
  return true;
}
