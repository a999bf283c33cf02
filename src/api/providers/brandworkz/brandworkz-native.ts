// Request bodies for Brandworkz's /search (native Elastic query with aggregations) and the facet
// groups read back from its aggregations. Field names are the search index's (see the emulator's
// README): the vendor does not publish them, so the metadata fields are configurable.
import { FACET_ASSET_TYPE, FACET_FILE_TYPE, filterValues, metadataFilters, normaliseFileType } from '../../filters.js';
import { allowedFileTypes, allowedKinds } from '../../restrictions.js';
import type { AssetKind, FacetGroup, FacetOption, SearchQuery, SortOrder } from '../../types.js';

/** A metadata field offered as a facet: its index field name and the group's display name. */
export interface BrandworkzFacetField {
  field: string;
  label: string;
}

/** The metaset fields of a typical Brandworkz site (and of the emulator's seeded data). */
export const DEFAULT_FACET_FIELDS: readonly BrandworkzFacetField[] = [
  { field: 'brand', label: 'Brand' },
  { field: 'campaign', label: 'Campaign' },
  { field: 'region', label: 'Region' },
  { field: 'usageRights', label: 'Usage rights' },
  { field: 'colour', label: 'Colour' },
];

const KIND_TO_ASSET_TYPES: Record<AssetKind, readonly string[]> = {
  image: ['Image'],
  video: ['Video'],
  audio: ['Audio'],
  document: ['Document'],
  // The documented asset types without a kind of their own.
  other: ['Editable template', 'User artwork'],
};
/** Every asset kind but `other`: what the picker shows when not restricted. */
const DEFAULT_ASSET_TYPES: readonly string[] = ['Image', 'Video', 'Audio', 'Document'];

const ASSET_TYPE_TO_KIND = new Map<string, AssetKind>(
  Object.entries(KIND_TO_ASSET_TYPES).flatMap(([kind, types]) => types.map((type) => [type.toLowerCase(), kind as AssetKind])),
);

export function kindOfAssetType(assetType: string | undefined): AssetKind | undefined {
  return assetType === undefined ? undefined : ASSET_TYPE_TO_KIND.get(assetType.toLowerCase());
}

/** Brandworkz asset types for these kinds (all but `other` when `undefined`). */
export function assetTypesFor(kinds: readonly AssetKind[] | undefined): string[] {
  return kinds ? kinds.flatMap((kind) => KIND_TO_ASSET_TYPES[kind]) : [...DEFAULT_ASSET_TYPES];
}

/** Where /simpleSearch searches; also the keyword fields of /search. */
const KEYWORD_FIELDS = ['title', 'extendedKeywords', 'description', 'fileType', 'serialNumber'];

type Clause = Record<string, unknown>;

/** Keyword, folder and restrictions: what every request of this query shares. */
function baseQuery(query: SearchQuery): { must: Clause[]; filter: Clause[] } {
  const must: Clause[] = [];
  const filter: Clause[] = [];
  const keyword = query.keyword.trim();
  if (keyword) must.push({ multi_match: { query: keyword, type: 'cross_fields', operator: 'and', fields: KEYWORD_FIELDS } });
  if (query.folderId) {
    const field = query.folderScope === 'children' ? 'categoryGUID' : 'ancestorCategoryGUIDs';
    filter.push({ term: { [field]: query.folderId.toLowerCase() } });
  }
  filter.push({ terms: { assetType: assetTypesFor(query.assetTypes?.length ? query.assetTypes : undefined) } });
  if (query.fileTypes?.length) filter.push({ terms: { fileType: query.fileTypes.map(normaliseFileType) } });
  return { must, filter };
}

/** The user's filter on one facet group as a clause (already intersected with the restrictions). */
function groupClause(query: SearchQuery, group: string): Clause | undefined {
  if (group === FACET_ASSET_TYPE) {
    const chosen = filterValues(query.filters, FACET_ASSET_TYPE);
    return chosen?.length ? { terms: { assetType: assetTypesFor(allowedKinds(query) ?? []) } } : undefined;
  }
  if (group === FACET_FILE_TYPE) {
    const chosen = filterValues(query.filters, FACET_FILE_TYPE);
    return chosen?.length ? { terms: { fileType: allowedFileTypes(query) ?? [] } } : undefined;
  }
  const values = filterValues(metadataFilters(query), group);
  return values?.length ? { terms: { [group]: values } } : undefined;
}

function filterGroups(query: SearchQuery): string[] {
  return Object.keys(query.filters ?? {}).filter((id) => (filterValues(query.filters, id)?.length ?? 0) > 0);
}

/**
 * Elastic `sort` per order (index field names inferred: `dateCreated`, and `title.keyword`, the usual
 * keyword sub-field of a text field); `relevance` sorts by score. Ties by `serialNumber`, so pages do not overlap.
 */
const SORTS: Record<SortOrder, Clause[]> = {
  relevance: [{ _score: 'desc' }],
  newest: [{ dateCreated: 'desc' }, { serialNumber: 'desc' }],
  oldest: [{ dateCreated: 'asc' }, { serialNumber: 'asc' }],
  title: [{ 'title.keyword': 'asc' }, { serialNumber: 'asc' }],
  'title-desc': [{ 'title.keyword': 'desc' }, { serialNumber: 'desc' }],
};

/**
 * `activeOnly`: leaves out view-only assets (`assetStatus` 2), expired ones (`assetExpiryDate` before
 * today) and ones not yet published (`assetPublishDate` after today). The names are /saveMetadata's
 * (documented); that the index holds them under those names is inferred.
 */
function restrictedClauses(today: string): Clause[] {
  return [{ term: { assetStatus: 2 } }, { range: { assetExpiryDate: { lt: today } } }, { range: { assetPublishDate: { gt: today } } }];
}

/** A page of hits for the query with every filter applied, in the query's order. */
export function searchRequest(
  query: SearchQuery,
  from: number,
  size: number,
  sourceFields: readonly string[],
  today = new Date().toISOString().slice(0, 10),
): Clause {
  const { must, filter } = baseQuery(query);
  for (const group of filterGroups(query)) {
    const clause = groupClause(query, group);
    if (clause) filter.push(clause);
  }
  const bool: Clause = { must, filter, ...(query.activeOnly ? { must_not: restrictedClauses(today) } : {}) };
  return { from, size, _source: sourceFields, query: { bool }, ...(query.sort ? { sort: SORTS[query.sort] } : {}) };
}

/**
 * Counts for every group in one request: each group's buckets are computed with the other groups'
 * filters only, so ticking a value shows what ticking another in the same group would add (OR
 * within a group, AND across groups).
 */
export function facetsRequest(query: SearchQuery, fields: readonly BrandworkzFacetField[]): Clause {
  const groups: Array<[string, string, number]> = [
    [FACET_ASSET_TYPE, 'assetType', 20],
    [FACET_FILE_TYPE, 'fileType', 200],
    ...fields.map(({ field }): [string, string, number] => [field, field, 100]),
  ];
  const active = filterGroups(query);
  // Keyed by facet field, which the integrator names: no prototype, so `__proto__` is a field like any other.
  const aggs = Object.create(null) as Record<string, unknown>;
  for (const [id, field, size] of groups) {
    const others = active.filter((group) => group !== id).flatMap((group) => groupClause(query, group) ?? []);
    aggs[id] = { filter: { bool: { filter: others } }, aggs: { values: { terms: { field, size } } } };
  }
  return { size: 0, query: { bool: baseQuery(query) }, aggs };
}

interface Bucket {
  key: string;
  count: number;
}

function bucketsOf(aggregations: Record<string, unknown>, id: string): Bucket[] {
  const group = (Object.hasOwn(aggregations, id) ? aggregations[id] : undefined) as { values?: { buckets?: unknown }; buckets?: unknown } | undefined;
  const buckets = group?.values?.buckets ?? group?.buckets;
  if (!Array.isArray(buckets)) return [];
  return buckets.flatMap((bucket: unknown) => {
    const { key, doc_count: count } = (bucket ?? {}) as { key?: unknown; doc_count?: unknown };
    return (typeof key === 'string' || typeof key === 'number') && typeof count === 'number' ? [{ key: String(key), count }] : [];
  });
}

/** Adds counts of keys that map to the same value (e.g. `JPG` and `jpg`). */
function merge(options: FacetOption[]): FacetOption[] {
  const byValue = new Map<string, FacetOption>();
  for (const option of options) {
    const seen = byValue.get(option.value);
    if (seen) seen.count = (seen.count ?? 0) + (option.count ?? 0);
    else byValue.set(option.value, { ...option });
  }
  return [...byValue.values()];
}

/** Facet groups from /search aggregations; options outside the restrictions are never offered. */
export function facetsFromAggregations(aggregations: Record<string, unknown>, query: SearchQuery, fields: readonly BrandworkzFacetField[]): FacetGroup[] {
  const restrictedKinds = query.assetTypes?.length ? query.assetTypes : undefined;
  const restrictedTypes = query.fileTypes?.length ? query.fileTypes.map(normaliseFileType) : undefined;
  const kindOrder: readonly AssetKind[] = ['image', 'video', 'audio', 'document', 'other'];
  const kinds = merge(
    bucketsOf(aggregations, FACET_ASSET_TYPE).flatMap(({ key, count }) => {
      const kind = kindOfAssetType(key);
      return kind && (!restrictedKinds || restrictedKinds.includes(kind)) ? [{ value: kind, count }] : [];
    }),
  ).sort((a, b) => kindOrder.indexOf(a.value as AssetKind) - kindOrder.indexOf(b.value as AssetKind));
  const fileTypes = merge(
    bucketsOf(aggregations, FACET_FILE_TYPE).flatMap(({ key, count }) => {
      const type = normaliseFileType(key);
      return type && (!restrictedTypes || restrictedTypes.includes(type)) ? [{ value: type, count }] : [];
    }),
  ).sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.value.localeCompare(b.value));
  return [
    { id: FACET_ASSET_TYPE, label: 'Type', options: kinds },
    { id: FACET_FILE_TYPE, label: 'Format', options: fileTypes },
    ...fields.map(({ field, label }) => ({
      id: field,
      label,
      options: bucketsOf(aggregations, field).map(({ key, count }) => ({ value: key, label: key, count })),
    })),
  ];
}

/** Common suffixes per kind: the format filter offered when /search is unavailable (no counts then). */
const COMMON_FILE_TYPES: Record<AssetKind, readonly string[]> = {
  image: ['jpg', 'png', 'gif', 'svg', 'tif', 'psd', 'ai', 'eps'],
  video: ['mp4', 'mov'],
  audio: ['mp3', 'wav'],
  document: ['pdf', 'docx', 'pptx', 'xlsx'],
  other: [],
};

/** What /simpleSearch can filter on (asset type, file type), without counts. */
export function basicFacets(query: SearchQuery): FacetGroup[] {
  const order: readonly AssetKind[] = ['image', 'video', 'audio', 'document', 'other'];
  const kinds = query.assetTypes?.length ? order.filter((kind) => query.assetTypes!.includes(kind)) : order.slice(0, 4);
  const fileTypes = query.fileTypes?.length ? [...new Set(query.fileTypes.map(normaliseFileType))] : kinds.flatMap((kind) => COMMON_FILE_TYPES[kind]);
  return [
    { id: FACET_ASSET_TYPE, label: 'Type', options: kinds.map((value) => ({ value })) },
    { id: FACET_FILE_TYPE, label: 'Format', options: fileTypes.map((value) => ({ value })) },
  ];
}
