// /search: "native Elastic json query format" (the vendor does not publish the format). The emulator
// answers a documented subset (see elastic.ts and the README) over the same records as /simpleSearch,
// with Elasticsearch 6 shaped `hits` and `aggregations` inside the Brandworkz envelope.

import type { BrandworkzData, EmulatedAsset, EmulatedFolder } from './data.js';
import { compileAggs, compileQuery, ElasticSyntaxError, runAggs, type ElasticDoc, type Matcher } from './elastic.js';
import { documentedError, envelope, SUCCESS } from './http.js';
import type { EmulatorModule, RouteRequest } from './routes.js';
import {
  ALL_ASSET_SOURCE_FIELDS,
  ALL_FOLDER_SOURCE_FIELDS,
  countWords,
  DEFAULT_ASSET_SOURCE_FIELDS,
  DEFAULT_FOLDER_SOURCE_FIELDS,
  DEFAULT_SIZE,
  MAX_SIZE,
  sourceFor,
  type Item,
} from './search.js';

/** Elastic's default `index.max_result_window`. */
const MAX_RESULT_WINDOW = 10_000;
const TOP_LEVEL_KEYS = ['query', 'aggs', 'aggregations', 'from', 'size', '_source', 'track_total_hits', 'sort'];

const folderChains = new WeakMap<BrandworkzData, Map<string, string[]>>();
const cachedDocs = new WeakMap<object, ElasticDoc<Item>>();
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** A folder's chain: itself and every ancestor, lower-case (for `ancestorCategoryGUIDs`). */
function chainOf(data: BrandworkzData, folder: EmulatedFolder): string[] {
  let chains = folderChains.get(data);
  if (!chains) folderChains.set(data, (chains = new Map<string, string[]>()));
  let chain = chains.get(folder.guid);
  if (!chain) {
    const parent = folder.parentGuid ? data.folderByGuid(folder.parentGuid) : undefined;
    chain = [folder.guid.toLowerCase(), ...(parent ? chainOf(data, parent) : [])];
    chains.set(folder.guid, chain);
  }
  return chain;
}

const present = (...values: Array<string | undefined>): string[] => values.filter((v): v is string => !!v);

function folderDoc(data: BrandworkzData, folder: EmulatedFolder & { parentGuid: string }): ElasticDoc<Item> {
  let doc = cachedDocs.get(folder);
  if (!doc) {
    const parent = data.folderByGuid(folder.parentGuid);
    doc = {
      id: folder.guid,
      type: 'folder',
      title: folder.title,
      titleWords: countWords(folder.title.toLowerCase()),
      keywords: new Map<string, readonly string[]>([
        ['assetType', [folder.assetType]],
        ['createdBy', [folder.createdBy]],
        ['categoryGUID', [folder.parentGuid.toLowerCase()]],
        ['ancestorCategoryGUIDs', parent ? chainOf(data, parent) : []],
      ]),
      texts: new Map([
        ['title', folder.title.toLowerCase()],
        ['description', folder.description.toLowerCase()],
      ]),
      record: { kind: 'folder', folder },
    };
    cachedDocs.set(folder, doc);
  }
  return doc;
}

/**
 * What the index holds of an asset that may change: `/saveMetadata` edits records in place (it replaces a
 * multi-value field's array, and a reset puts the original values back), so a document is rebuilt when any of
 * these differs from what it was built from. Compared field by field, written out (~3 ms a request at 12,000
 * assets; a loop over the field names took ~10 ms, and joining them into one string per asset 15–30 ms, which the
 * facet counts' /search paid on the emulator's one thread while the result search waited behind it).
 */
const unchanged = (asset: EmulatedAsset, before: EmulatedAsset): boolean =>
  before.title === asset.title &&
  before.description === asset.description &&
  before.extendedKeywords === asset.extendedKeywords &&
  before.keywords === asset.keywords &&
  before.brand === asset.brand &&
  before.campaign === asset.campaign &&
  before.usageRights === asset.usageRights &&
  before.region === asset.region &&
  before.colour === asset.colour &&
  before.categoryGUID === asset.categoryGUID &&
  before.fileType === asset.fileType &&
  before.assetStatus === asset.assetStatus &&
  before.assetPublishDate === asset.assetPublishDate &&
  before.assetExpiryDate === asset.assetExpiryDate;
/** A copy of each asset as its document was built from it. */
const builtFrom = new WeakMap<EmulatedAsset, EmulatedAsset>();

function assetDoc(data: BrandworkzData, asset: EmulatedAsset): ElasticDoc<Item> {
  let doc = cachedDocs.get(asset);
  const before = builtFrom.get(asset);
  if (!doc || !before || !unchanged(asset, before)) {
    builtFrom.set(asset, { ...asset });
    const container = data.folderByGuid(asset.categoryGUID);
    doc = {
      id: asset.guid,
      type: 'asset',
      title: asset.title,
      titleWords: countWords(asset.title.toLowerCase()),
      keywords: new Map<string, readonly string[]>([
        ['assetType', [asset.assetType]],
        ['fileType', [asset.fileType]],
        ['mimetype', [asset.mimetype]],
        ['brand', present(asset.brand)],
        ['campaign', present(asset.campaign)],
        ['region', asset.region],
        ['usageRights', present(asset.usageRights)],
        ['colour', asset.colour],
        ['createdBy', [asset.createdBy]],
        ['categoryGUID', [asset.categoryGUID.toLowerCase()]],
        ['ancestorCategoryGUIDs', container ? chainOf(data, container) : []],
        ['serialNumber', [String(asset.serialNumber)]],
        ['assetStatus', [String(asset.assetStatus ?? 1)]],
        ['assetPublishDate', present(asset.assetPublishDate)],
        ['assetExpiryDate', present(asset.assetExpiryDate)],
        ['dateCreated', [asset.dateCreated]],
        ['dateModified', [asset.dateModified]],
      ]),
      texts: new Map([
        ['title', asset.title.toLowerCase()],
        ['description', asset.description.toLowerCase()],
        ['extendedKeywords', asset.extendedKeywords.toLowerCase()],
        ['keywords', asset.keywords.toLowerCase()],
      ]),
      record: { kind: 'asset', asset },
    };
    cachedDocs.set(asset, doc);
  }
  return doc;
}

/**
 * Every record but the root folder, in index order (folders in tree order, then assets by serial
 * number), with its keyword and text fields. Built per request from cached records, so assets added
 * later (imported uploads) are searchable too.
 */
function searchDocuments(data: BrandworkzData): ElasticDoc<Item>[] {
  const list: ElasticDoc<Item>[] = [];
  for (const folder of data.folders) {
    if (folder.parentGuid) list.push(folderDoc(data, folder as EmulatedFolder & { parentGuid: string }));
  }
  for (const asset of data.assets) list.push(assetDoc(data, asset));
  return list;
}

/** The documents as of one refresh: a new one whenever a record was added, removed or edited. */
interface Index {
  readonly docs: readonly ElasticDoc<Item>[];
  /** Answers of `size: 0` requests (counts and aggregations only) against these documents, by request. */
  readonly requestCache: Map<string, unknown>;
}
const indexes = new WeakMap<BrandworkzData, Index>();
/** At most this many answers, the oldest dropped first (Elasticsearch bounds its request cache by memory instead). */
const REQUEST_CACHE_SIZE = 100;

function searchIndex(data: BrandworkzData): Index {
  const docs = searchDocuments(data);
  const previous = indexes.get(data);
  if (previous && previous.docs.length === docs.length && previous.docs.every((doc, at) => doc === docs[at])) return previous;
  const index: Index = { docs, requestCache: new Map() };
  indexes.set(data, index);
  return index;
}

function integer(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new ElasticSyntaxError(`${name} must be an integer from 0 to ${max}`);
  }
  return value;
}

/** `_source`: absent or true → the /simpleSearch defaults; false → none; names (or `*`) → those fields. */
function sourceFields(value: unknown, type: 'asset' | 'folder'): readonly string[] | null {
  const all = type === 'asset' ? ALL_ASSET_SOURCE_FIELDS : ALL_FOLDER_SOURCE_FIELDS;
  if (value === undefined || value === true) return type === 'asset' ? DEFAULT_ASSET_SOURCE_FIELDS : DEFAULT_FOLDER_SOURCE_FIELDS;
  if (value === false) return null;
  const names = typeof value === 'string' ? [value] : (value as string[]);
  return names.includes('*') ? all : names;
}

function validSource(value: unknown): boolean {
  return (
    value === undefined || typeof value === 'boolean' || typeof value === 'string' || (Array.isArray(value) && value.every((name) => typeof name === 'string'))
  );
}

/** One `sort` key: a field (or `_score`) and a direction. */
interface SortKey {
  field: string;
  descending: boolean;
}

/** Fields `sort` accepts: the keyword sub-field of the title, the dates, the serial number, `_score`. */
const SORT_FIELDS: readonly string[] = ['_score', 'title.keyword', 'dateCreated', 'dateModified', 'serialNumber'];

/** Elastic's `sort`: a field name, `{ field: 'asc' | 'desc' }`, `{ field: { order } }`, or an array of them. */
function parseSort(value: unknown): SortKey[] {
  const entries = Array.isArray(value) ? value : [value];
  if (entries.length === 0) throw new ElasticSyntaxError('sort must not be empty');
  return entries.map((entry: unknown): SortKey => {
    let field: string;
    let direction: unknown;
    if (typeof entry === 'string') {
      field = entry;
      direction = entry === '_score' ? 'desc' : 'asc';
    } else if (typeof entry === 'object' && entry !== null && !Array.isArray(entry) && Object.keys(entry).length === 1) {
      const [name, spec] = Object.entries(entry as Record<string, unknown>)[0]!;
      field = name;
      direction = typeof spec === 'object' && spec !== null ? (spec as Record<string, unknown>).order : spec;
    } else {
      throw new ElasticSyntaxError('sort entries must be a field name or { field: order }');
    }
    if (!SORT_FIELDS.includes(field)) throw new ElasticSyntaxError(`sort on '${field}' is not supported (${SORT_FIELDS.join(', ')})`);
    if (direction !== 'asc' && direction !== 'desc') throw new ElasticSyntaxError(`sort order of '${field}' must be asc or desc`);
    return { field, descending: direction === 'desc' };
  });
}

function sortValue(doc: ElasticDoc<Item>, field: string, scores: ReadonlyMap<ElasticDoc<Item>, number>): string | number {
  if (field === '_score') return scores.get(doc) ?? 0;
  if (field === 'title.keyword') return doc.title;
  if (field === 'serialNumber') return Number(doc.keywords.get('serialNumber')?.[0] ?? 0);
  const record = doc.record;
  return record.kind === 'asset'
    ? String(record.asset[field as 'dateCreated' | 'dateModified'])
    : String(record.folder[field as 'dateCreated' | 'dateModified']);
}

function compareBy(keys: readonly SortKey[], a: ElasticDoc<Item>, b: ElasticDoc<Item>, scores: ReadonlyMap<ElasticDoc<Item>, number>): number {
  for (const { field, descending } of keys) {
    const x = sortValue(a, field, scores);
    const y = sortValue(b, field, scores);
    // Titles compare as keywords do in Elastic: by code point (no collation), so "B" sorts before "a".
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : x < y ? -1 : x > y ? 1 : 0;
    if (order !== 0) return descending ? -order : order;
  }
  return 0;
}

async function nativeSearch(req: RouteRequest): Promise<Response> {
  const argumentError = (rootCause: string) => documentedError('argument', { rootCause, endpointName: 'search', method: req.request.method.toLowerCase() });
  let body: unknown;
  try {
    const text = await req.request.text();
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return argumentError('The request body must be a JSON object (an Elastic search request)');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return argumentError('The request body must be a JSON object');
  const request = body as Record<string, unknown>;
  let matcher: Matcher;
  let aggs: ReturnType<typeof compileAggs> | undefined;
  let from: number;
  let size: number;
  let order: SortKey[] | undefined;
  try {
    const unknown = Object.keys(request).find((key) => !TOP_LEVEL_KEYS.includes(key));
    if (unknown) throw new ElasticSyntaxError(`Unsupported key '${unknown}' (supported: ${TOP_LEVEL_KEYS.join(', ')})`);
    if (request.aggs !== undefined && request.aggregations !== undefined) throw new ElasticSyntaxError('Use aggs or aggregations, not both');
    matcher = request.query === undefined ? () => 1 : compileQuery(request.query);
    const aggSpec = request.aggs ?? request.aggregations;
    aggs = aggSpec === undefined ? undefined : compileAggs(aggSpec);
    from = integer(request.from, 'from', 0, MAX_RESULT_WINDOW);
    size = integer(request.size, 'size', DEFAULT_SIZE, MAX_SIZE);
    if (from + size > MAX_RESULT_WINDOW) throw new ElasticSyntaxError(`from + size must not exceed ${MAX_RESULT_WINDOW}`);
    if (!validSource(request._source)) throw new ElasticSyntaxError('_source must be a boolean, a field name or an array of field names');
    if (request.track_total_hits !== undefined && typeof request.track_total_hits !== 'boolean') {
      throw new ElasticSyntaxError('track_total_hits must be a boolean');
    }
    order = request.sort === undefined ? undefined : parseSort(request.sort);
  } catch (error) {
    if (error instanceof ElasticSyntaxError) return argumentError(error.message);
    throw error;
  }

  const index = searchIndex(req.ctx.data);
  // Like Elasticsearch's shard request cache: a `size: 0` request's answer is kept until the next refresh (a record
  // added, removed or edited), and the same request is answered from it. The facet counts ask this on every query
  // change: without it, counting 12,000 records on the emulator's one thread (tens of ms) delayed the result search
  // queued behind it, which a real DAM answers in parallel.
  const cacheKey = size === 0 ? JSON.stringify(request) : undefined;
  const cached = cacheKey === undefined ? undefined : index.requestCache.get(cacheKey);
  if (cached) return envelope({ result: SUCCESS, searchResult: cached });

  // A `size: 0` request wants counts only: no scores kept, nothing ranked (ranking 12,000 matches by score and
  // title took tens of ms of a typed query's facet counts).
  const ranked = size > 0;
  const scores = new Map<ElasticDoc<Item>, number>();
  const matched: ElasticDoc<Item>[] = [];
  for (const doc of index.docs) {
    const score = matcher(doc);
    if (score === null) continue;
    if (ranked) scores.set(doc, score);
    matched.push(doc);
  }
  // Ties: by title when keywords were matched (as /simpleSearch ranks), else in index order.
  const textual = /"(?:multi_)?match"\s*:/.test(JSON.stringify(request.query ?? {}));
  const scored = ranked && matched.some((doc) => (scores.get(doc) ?? 0) > 0);
  const keys = order;
  const ordered = !ranked
    ? matched
    : keys
      ? [...matched].sort((a, b) => compareBy(keys, a, b, scores))
      : scored
        ? // Array#sort is stable: equal records stay in index order.
          [...matched].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || (textual ? collator.compare(a.title, b.title) : 0))
        : matched;
  const hits = ordered.slice(from, from + size).map((doc) => {
    const fields = sourceFields(request._source, doc.type);
    return {
      _type: doc.type,
      _id: doc.id,
      _score: scores.get(doc) ?? 0,
      ...(fields ? { _source: sourceFor(doc.record, fields) } : {}),
    };
  });
  const maxScore = hits.length > 0 && scored && ordered[0] ? (scores.get(ordered[0]) ?? null) : null;
  const searchResult = {
    took: 1,
    timed_out: false,
    hits: { total: matched.length, max_score: maxScore, hits },
    ...(aggs ? { aggregations: runAggs(aggs, matched) } : {}),
  };
  if (cacheKey !== undefined) {
    if (index.requestCache.size >= REQUEST_CACHE_SIZE) index.requestCache.delete(index.requestCache.keys().next().value!);
    index.requestCache.set(cacheKey, searchResult);
  }
  return envelope({ result: SUCCESS, searchResult });
}

export const nativeSearchModule: EmulatorModule = {
  apiEndpoints: [{ name: 'search', methods: ['POST'], handle: nativeSearch }],
};
