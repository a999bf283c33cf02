// /simpleSearch: keyword search and folder browsing over the seeded data, as documented.

import { folderInterval, type BrandworkzData, type EmulatedAsset, type EmulatedFolder } from './data.js';
import { documentedError, envelope, GUID_PATTERN, SUCCESS } from './http.js';
import type { EmulatorModule, RouteRequest } from './routes.js';

/** Every value the documentation lists for `assetType` (case-sensitive). */
const ASSET_TYPE_VALUES: readonly string[] = ['Image', 'Video', 'Audio', 'Document', 'Folder', 'Webpage', 'Editable template', 'User artwork'];

export const DEFAULT_ASSET_SOURCE_FIELDS: readonly string[] = [
  'extendedKeywords',
  'serialNumber',
  'description',
  'version',
  'thumbnailUrlCdn',
  'title',
  'objectURL',
];
export const DEFAULT_FOLDER_SOURCE_FIELDS: readonly string[] = ['extendedKeywords', 'description', 'title', 'objectURL'];

export const ALL_ASSET_SOURCE_FIELDS: readonly string[] = [
  ...DEFAULT_ASSET_SOURCE_FIELDS,
  'assetType',
  'fileType',
  'mimetype',
  'embed_link',
  'fileSize',
  'pixelWidth',
  'pixelHeight',
  'duration',
  'pageCount',
  'originalFilename',
  'categoryGUID',
  'categoryID',
  'dateCreated',
  'dateModified',
  'createdBy',
  'brand',
  'campaign',
  'region',
  'usageRights',
  'colour',
  'keywords',
  'copyright',
  'assetStatus',
  'assetPublishDate',
  'assetExpiryDate',
  'fulltext',
];
export const ALL_FOLDER_SOURCE_FIELDS: readonly string[] = [
  ...DEFAULT_FOLDER_SOURCE_FIELDS,
  'assetType',
  'categoryID',
  'categoryGUID',
  'parentCategoryGUID',
  'dateCreated',
  'dateModified',
  'createdBy',
];

export const MAX_SIZE = 500;
export const DEFAULT_SIZE = 50;

export type Item = { kind: 'asset'; asset: EmulatedAsset } | { kind: 'folder'; folder: EmulatedFolder };

/** Each field lower-cased. */
interface IndexedText {
  title: string;
  keywords: string;
  description: string;
  exact: string;
  titleWords: number;
}

interface SearchIndex {
  /** Built when an asset is first searched (imports join later), rebuilt when /saveMetadata changes its text. */
  assets: Map<EmulatedAsset, { source: string; text: IndexedText }>;
  folders: Map<EmulatedFolder, IndexedText>;
  /** Tree-order position of each folder. */
  folderOrder: Map<EmulatedFolder, number>;
}

const indexes = new WeakMap<BrandworkzData, SearchIndex>();
// Letters a–z, Latin letters with diacritics, digits; anything else separates words.
const SEPARATORS = /[^a-z0-9\u00c0-\u024f]+/;

/** Lower-case words: letters and digits, everything else separates. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().split(SEPARATORS).filter(Boolean);
}

/** Whether a UTF-16 code unit belongs to a word (see SEPARATORS). */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x24f);
}

export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = isWordChar(text.charCodeAt(i));
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

function indexed(title: string, keywords: string, description: string, exact: string): IndexedText {
  const lowerTitle = title.toLowerCase();
  return {
    title: lowerTitle,
    keywords: keywords.toLowerCase(),
    description: description.toLowerCase(),
    exact,
    titleWords: countWords(lowerTitle),
  };
}

function indexFor(data: BrandworkzData): SearchIndex {
  let index = indexes.get(data);
  if (!index) {
    const built: SearchIndex = { assets: new Map(), folders: new Map(), folderOrder: new Map() };
    for (const asset of data.assets) assetText(built, asset);
    data.folders.forEach((folder, i) => {
      built.folderOrder.set(folder, i);
      built.folders.set(folder, indexed(folder.title, '', folder.description, String(folder.categoryID)));
    });
    indexes.set(data, built);
    index = built;
  }
  return index;
}

/** The asset's indexed text: new uploads become searchable by title once indexed, and renames are searchable at once. */
function assetText(index: SearchIndex, asset: EmulatedAsset): IndexedText {
  const source = `${asset.title}\u0000${asset.extendedKeywords}\u0000${asset.description}`;
  const cached = index.assets.get(asset);
  if (cached?.source === source) return cached.text;
  const text = indexed(asset.title, asset.extendedKeywords, asset.description, `${asset.fileType} ${asset.serialNumber}`);
  index.assets.set(asset, { source, text });
  return text;
}

/** Points for a word in one field: `exact` when a whole word matches, `prefix` when a word starts with it. */
export function fieldScore(field: string, word: string, exact: number, prefix: number): number {
  let best = 0;
  for (let at = field.indexOf(word); at >= 0; at = field.indexOf(word, at + 1)) {
    if (at > 0 && isWordChar(field.charCodeAt(at - 1))) continue;
    const end = at + word.length;
    if (end === field.length || !isWordChar(field.charCodeAt(end))) return exact;
    best = prefix;
  }
  return best;
}

/** Score of one record for every query word, or 0 when a word matches nothing (all words must match). */
function scoreText(text: IndexedText, words: readonly string[]): number {
  let total = 0;
  for (const word of words) {
    const wordScore =
      fieldScore(text.title, word, 3, 2) +
      fieldScore(text.keywords, word, 1.5, 1) +
      fieldScore(text.description, word, 1, 0.5) +
      fieldScore(text.exact, word, 1, 0);
    if (wordScore === 0) return 0;
    total += wordScore;
  }
  return Math.round(total * (1 + 1 / (1 + text.titleWords)) * 100_000) / 100_000;
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });
const titleOf = (item: Item): string => (item.kind === 'asset' ? item.asset.title : item.folder.title);
const isFolder = (item: Item): boolean => item.kind === 'folder';

export function sourceFor(item: Item, fields: readonly string[]): Record<string, unknown> {
  const record = (item.kind === 'asset' ? item.asset : folderRecord(item.folder)) as unknown as Record<string, unknown>;
  const source: Record<string, unknown> = {};
  for (const field of fields) {
    const value = record[field];
    if (value !== undefined) source[field] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  return source;
}

function folderRecord(folder: EmulatedFolder): Record<string, unknown> {
  return {
    title: folder.title,
    description: folder.description,
    extendedKeywords: '',
    objectURL: folder.objectURL,
    assetType: folder.assetType,
    categoryID: folder.categoryID,
    categoryGUID: folder.parentGuid ?? undefined,
    parentCategoryGUID: folder.parentGuid ?? undefined,
    dateCreated: folder.dateCreated,
    dateModified: folder.dateModified,
    createdBy: folder.createdBy,
  };
}

function argumentError(req: RouteRequest, rootCause: string): Response {
  return documentedError('argument', { rootCause, endpointName: 'simpleSearch', method: req.request.method.toLowerCase() });
}

function parseNonNegativeInt(value: string | null): number | undefined | 'invalid' {
  if (value === null || value.trim() === '') return undefined;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : 'invalid';
}

function splitList(value: string | null): string[] | undefined {
  if (value === null) return undefined;
  const items = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

function simpleSearch(req: RouteRequest): Response {
  const { data } = req.ctx;
  const params = req.url.searchParams;

  const size = parseNonNegativeInt(params.get('size'));
  if (size === 'invalid' || (size !== undefined && size > MAX_SIZE)) {
    return argumentError(req, `size must be an integer from 0 to ${MAX_SIZE}`);
  }
  const from = parseNonNegativeInt(params.get('from'));
  if (from === 'invalid') return argumentError(req, 'from must be a non-negative integer');

  const assetTypes = splitList(params.get('assetType'));
  const unknownType = assetTypes?.find((t) => !ASSET_TYPE_VALUES.includes(t));
  if (unknownType !== undefined) {
    return argumentError(req, `Unknown assetType '${unknownType}'; valid values: ${ASSET_TYPE_VALUES.join(', ')}`);
  }
  const fileTypes = splitList(params.get('fileType'))?.map((t) => t.replace(/^\.+/, '').toLowerCase());

  const scopeGuids: Array<['categoryGUID' | 'parentCategoryGUID', string | undefined]> = [
    ['categoryGUID', params.get('categoryGUID')?.trim() || undefined],
    ['parentCategoryGUID', params.get('parentCategoryGUID')?.trim() || undefined],
  ];
  for (const [name, value] of scopeGuids) {
    if (value !== undefined && !GUID_PATTERN.test(value)) return argumentError(req, `${name} must be a GUID`);
  }
  const categoryGuid = scopeGuids[0]?.[1];
  const parentGuid = scopeGuids[1]?.[1];
  const category = categoryGuid ? data.folderByGuid(categoryGuid) : undefined;
  const parent = parentGuid ? data.folderByGuid(parentGuid) : undefined;
  const unknownScope = (categoryGuid && !category) || (parentGuid && !parent);

  const searchterm = (params.get('searchterm') ?? params.get('searchTerm') ?? '').trim();
  const sourceFieldsParam = splitList(params.get('sourceFields'));
  const allFields = sourceFieldsParam?.includes('all') ?? false;

  const index = indexFor(data);
  const wantAssetType = (t: string): boolean => !assetTypes || assetTypes.includes(t);
  const includeFolders = !fileTypes && (wantAssetType('Folder') || wantAssetType('Webpage'));

  // Candidates in the default (tree, then serial) order.
  let candidates: Item[] = [];
  if (!unknownScope) {
    const scope = category ? folderInterval(category) : undefined;
    const inScopeFolder = (folder: EmulatedFolder): boolean => {
      if (parent && folder.guid !== parent.guid) return false;
      if (scope) {
        const { pre } = folderInterval(folder);
        if (pre < scope.pre || pre > scope.last) return false;
      }
      return true;
    };
    if (includeFolders) {
      for (const folder of parent ? data.childFolders(parent.guid) : data.folders) {
        if (folder.parentGuid === null || !wantAssetType(folder.assetType)) continue;
        const container = data.folderByGuid(folder.parentGuid);
        if (!container || !inScopeFolder(container)) continue;
        if (category && folder.guid === category.guid) continue;
        candidates.push({ kind: 'folder', folder });
      }
    }
    for (const asset of parent ? data.childAssets(parent.guid) : data.assets) {
      if (!wantAssetType(asset.assetType)) continue;
      if (fileTypes && !fileTypes.includes(asset.fileType)) continue;
      if (scope) {
        const container = data.folderByGuid(asset.categoryGUID);
        if (!container || !inScopeFolder(container)) continue;
      }
      candidates.push({ kind: 'asset', asset });
    }
  }

  // Keyword (or GUID) matching.
  const scores = new Map<Item, number>();
  if (searchterm) {
    if (GUID_PATTERN.test(searchterm)) {
      const guid = searchterm.toLowerCase();
      candidates = candidates.filter((item) => (item.kind === 'asset' ? item.asset.guid : item.folder.guid) === guid);
      for (const item of candidates) scores.set(item, 20);
    } else {
      const words = tokenize(searchterm);
      const matched: Item[] = [];
      for (const item of candidates) {
        const text = item.kind === 'asset' ? assetText(index, item.asset) : index.folders.get(item.folder);
        const score = text && words.length > 0 ? scoreText(text, words) : 0;
        if (score > 0) {
          scores.set(item, score);
          matched.push(item);
        }
      }
      candidates = words.length > 0 ? matched : candidates;
    }
  }

  // Ordering.
  const tieBreak = (a: Item, b: Item): number => {
    if (a.kind === 'asset' && b.kind === 'asset') return a.asset.serialNumber - b.asset.serialNumber;
    if (a.kind === 'folder' && b.kind === 'folder') {
      return (index.folderOrder.get(a.folder) ?? 0) - (index.folderOrder.get(b.folder) ?? 0);
    }
    return a.kind === 'folder' ? -1 : 1;
  };
  if (parent) {
    candidates.sort((a, b) => {
      if (isFolder(a) !== isFolder(b)) return isFolder(a) ? -1 : 1;
      return collator.compare(titleOf(a), titleOf(b)) || tieBreak(a, b);
    });
  } else if (scores.size > 0) {
    candidates.sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || collator.compare(titleOf(a), titleOf(b)) || tieBreak(a, b));
  }
  // Otherwise candidates are already folders in tree order, then assets by serial number.

  const start = from ?? 0;
  const page = candidates.slice(start, start + (size ?? DEFAULT_SIZE));
  const hits = page.map((item) => {
    const fields =
      item.kind === 'asset'
        ? allFields
          ? ALL_ASSET_SOURCE_FIELDS
          : (sourceFieldsParam ?? DEFAULT_ASSET_SOURCE_FIELDS)
        : allFields
          ? ALL_FOLDER_SOURCE_FIELDS
          : (sourceFieldsParam ?? DEFAULT_FOLDER_SOURCE_FIELDS);
    return {
      _source: sourceFor(item, fields),
      _type: item.kind,
      _id: item.kind === 'asset' ? item.asset.guid : item.folder.guid,
      _score: scores.get(item) ?? 1,
    };
  });
  return envelope({ result: SUCCESS, searchResult: { total: candidates.length, hits, max_score: null } });
}

export const searchModule: EmulatorModule = {
  apiEndpoints: [{ name: 'simpleSearch', methods: ['GET'], handle: simpleSearch }],
};
