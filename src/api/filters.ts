// Facet filters, provider-neutral: the well-known facet ids, the asset kinds and file-type spelling
// they use, filter records, and the integrator's `facet-fields`. What the integrator's restrictions
// allow is `restrictions.ts`. Providers build their requests from these.
import type { AssetKind, SearchQuery } from './types.js';

/** Facet group of asset kinds; values are `AssetKind`s. */
export const FACET_ASSET_TYPE = 'asset-type';
/** Facet group of file formats; values are lower-case suffixes without a dot. */
export const FACET_FILE_TYPE = 'file-type';

const ASSET_KINDS: readonly AssetKind[] = ['image', 'video', 'audio', 'document', 'other'];

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
  const result = filterRecord(
    Object.keys(filters)
      .sort()
      .flatMap((id): Array<[string, string[]]> => {
        const values = [...new Set(filterValues(filters, id))].filter((value) => value !== '').sort();
        return values.length ? [[id, values]] : [];
      }),
  );
  return Object.keys(result).length ? result : undefined;
}

/** The user's filters other than asset type and file type (the DAM's metadata fields). */
export function metadataFilters(query: SearchQuery): Record<string, string[]> {
  return filterRecord(Object.entries(query.filters ?? {}).filter(([id, values]) => id !== FACET_ASSET_TYPE && id !== FACET_FILE_TYPE && values.length));
}

/** `brand:Brand, usageRights:Usage rights` → fields with labels (the label defaults to the field); empty → `undefined`. */
export function parseFacetFields(value: string | null | undefined): Array<{ field: string; label: string }> | undefined {
  const fields = (value ?? '').split(',').flatMap((entry) => {
    const [field = '', ...label] = entry.split(':');
    return field.trim() ? [{ field: field.trim(), label: label.join(':').trim() || field.trim() }] : [];
  });
  return fields.length ? fields : undefined;
}
