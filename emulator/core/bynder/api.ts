// The read endpoints of Bynder API v4: media (list and item), metaproperties, collections, brands,
// plus the image routes (derivatives and Dynamic Asset Transformation).

import { json } from '../http.js';
import type { Route } from '../pipeline.js';
import { BYNDER_MEDIA_TYPES, type BynderData, type BynderMedia, type BynderMediaType } from './data.js';
import { mediaItems } from './downloads.js';
import { PNG_HEADERS, thumbnailPng } from '../png.js';
import { applyTransform, DERIVATIVE_SIZES, fitInside, mediaSvg, naturalSize, svgResponse } from './images.js';
import { previewVideoResponse } from '../preview-media.js';

const BYNDER_MAX_LIMIT = 1000;
const BYNDER_DEFAULT_LIMIT = 50;

/** Bynder's error body: `{ message, statuscode }`. */
export function bynderError(status: number, message: string, headers: Record<string, string> = {}): Response {
  return json({ message, statuscode: status }, status, headers);
}

class BadRequest extends Error {}

function positiveInt(params: URLSearchParams, name: string, fallback: number, max?: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new BadRequest(`Parameter "${name}" must be a positive integer.`);
  if (max !== undefined && value > max) throw new BadRequest(`Parameter "${name}" must not be greater than ${max}.`);
  return value;
}

/** A boolean parameter: Bynder's SDKs send `1` (PHP, Python), `true` (JS, query-string) or `True` (C#'s `ToString`). */
export function truthy(params: URLSearchParams, name: string, fallback = false): boolean {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  const value = raw.toLowerCase();
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new BadRequest(`Parameter "${name}" must be a boolean (1, 0, true or false).`);
}

function csv(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Lower-case words (letters and digits), for keyword matching. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const ORDER_FIELDS = new Set(['dateCreated', 'dateModified', 'datePublished', 'name']);

/** A sort key: the order fields hold dates (ISO strings) and names. */
const sortText = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

function comparator(orderBy: string | null): (a: BynderMedia, b: BynderMedia) => number {
  const [field = 'dateCreated', direction = field === 'name' ? 'asc' : 'desc'] = (orderBy ?? 'dateCreated desc').trim().split(/\s+/);
  if (!ORDER_FIELDS.has(field) || (direction !== 'asc' && direction !== 'desc')) {
    throw new BadRequest(`Parameter "orderBy" must be one of ${[...ORDER_FIELDS].join(', ')} followed by asc or desc.`);
  }
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const x = sortText(a[field]);
    const y = sortText(b[field]);
    const order = field === 'name' ? x.localeCompare(y, 'en', { sensitivity: 'base' }) : x < y ? -1 : x > y ? 1 : 0;
    return order * sign || (a.id < b.id ? -1 : 1);
  };
}

/** The media matching a `/api/v4/media/` query, in the requested order. */
function queryMedia(data: BynderData, params: URLSearchParams): BynderMedia[] {
  // One type per request: the C# and Java SDKs send a single enum value (`AssetType`, `MediaType`).
  const type = params.get('type') ?? '';
  if (type && !BYNDER_MEDIA_TYPES.includes(type as BynderMediaType)) throw new BadRequest(`Unknown type "${type}".`);
  const types = type ? [type] : [];
  const keywordWords = words(params.get('keyword') ?? '');
  const collectionId = params.get('collectionId');
  const brandId = params.get('brandId');
  const ids = csv(params, 'ids').map((id) => id.toUpperCase());
  // Options of one metaproperty are alternatives (OR); different metaproperties all apply (AND).
  const optionGroups = new Map<string, Set<string>>();
  for (const optionId of csv(params, 'propertyOptionId')) {
    const found = data.optionById(optionId);
    const key = found?.property.id ?? `unknown:${optionId}`;
    const group = optionGroups.get(key) ?? new Set<string>();
    group.add(optionId);
    optionGroups.set(key, group);
  }
  const members = collectionId ? data.collectionMembers(collectionId) : undefined;
  const order = comparator(params.get('orderBy'));
  const result = data.media.filter((item) => {
    if (types.length > 0 && !types.includes(item.type)) return false;
    if (brandId && item.brandId !== brandId) return false;
    if (members && !members.has(item.id)) return false;
    if (ids.length > 0 && !ids.includes(item.id)) return false;
    for (const group of optionGroups.values()) {
      if (!item.propertyOptions.some((id) => group.has(id))) return false;
    }
    if (keywordWords.length > 0) {
      const haystack = words(`${item.name} ${item.description} ${item.tags.join(' ')} ${item.extension.join(' ')}`);
      if (!keywordWords.every((word) => haystack.some((w) => w.startsWith(word)))) return false;
    }
    return true;
  });
  return result.sort(order);
}

function mediaList(data: BynderData, url: URL): Response {
  const params = url.searchParams;
  const page = positiveInt(params, 'page', 1);
  const limit = positiveInt(params, 'limit', BYNDER_DEFAULT_LIMIT, BYNDER_MAX_LIMIT);
  const all = queryMedia(data, params);
  const media = all.slice((page - 1) * limit, page * limit);
  // `count` overrides `total` (vendor documentation, List Assets); the JS SDK's getMediaTotal reads `count.total`.
  if (truthy(params, 'count')) {
    const type = Object.fromEntries(BYNDER_MEDIA_TYPES.map((t) => [t, all.filter((item) => item.type === t).length]));
    return json({ count: { total: all.length, type }, media });
  }
  return json(truthy(params, 'total') ? { total: { count: all.length }, media } : media);
}

function collectionJson(data: BynderData, id: string): Record<string, unknown> | undefined {
  const collection = data.collectionById(id);
  if (!collection) return undefined;
  const { mediaIds, ...rest } = collection;
  const first = mediaIds.map((m) => data.mediaById(m)).find((m) => m !== undefined);
  const thumbnails = first?.thumbnails as Record<string, string> | undefined;
  return {
    ...rest,
    collectionCount: mediaIds.length,
    cover: thumbnails ? { thumbnail: thumbnails.thul, large: thumbnails.webimage, icon: thumbnails.mini } : {},
  };
}

function collections(data: BynderData, url: URL): Response {
  const params = url.searchParams;
  const page = positiveInt(params, 'page', 1);
  const limit = positiveInt(params, 'limit', BYNDER_DEFAULT_LIMIT, BYNDER_MAX_LIMIT);
  const keywordWords = words(params.get('keyword') ?? '');
  const matching = data.collections
    .filter((c) => keywordWords.every((word) => words(`${c.name} ${c.description}`).some((w) => w.startsWith(word))))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  const list = matching.slice((page - 1) * limit, page * limit).map((c) => collectionJson(data, c.id)!);
  return json(truthy(params, 'count') ? { count: matching.length, collections: list } : list);
}

/** A metaproperty as the API sends it: options unless `options=0|false`, option counts with `count=1|true`. */
function metapropertyJson(property: BynderData['metaproperties'][number], params: URLSearchParams): Record<string, unknown> {
  // Options by default: the Java SDK's MetapropertyQuery has no `options` field and its model reads options;
  // the C# SDK's MetapropertiesQuery defaults `Options` to true.
  const withOptions = truthy(params, 'options', true);
  const withCount = truthy(params, 'count');
  const { options, ...rest } = property;
  return withOptions ? { ...rest, options: options.map(({ mediaCount, ...option }) => (withCount ? { ...option, mediaCount } : option)) } : rest;
}

function metaproperties(data: BynderData, url: URL): Response {
  const ids = csv(url.searchParams, 'ids');
  const body: Record<string, unknown> = {};
  for (const property of data.metaproperties) {
    if (ids.length > 0 && !ids.includes(property.id)) continue;
    body[property.name] = metapropertyJson(property, url.searchParams);
  }
  return json(body);
}

/** `GET /api/v4/media/{id}/`: with `versions=1|true`, the record's `mediaItems` (the original and its versions). */
function mediaInfo(item: BynderMedia, url: URL): Response {
  return json(truthy(url.searchParams, 'versions') ? { ...item, mediaItems: mediaItems(item) } : item);
}

/** Wraps a handler so a `BadRequest` becomes a 400 `{ message, statuscode }`. */
function guarded(handle: Route['handle']): Route['handle'] {
  return async (request, url, match) => {
    try {
      return await handle(request, url, match);
    } catch (error) {
      if (error instanceof BadRequest) return bynderError(400, error.message);
      throw error;
    }
  };
}

export function readRoutes(data: BynderData): Route[] {
  return [
    { endpoint: 'media', pattern: /^\/api\/v4\/media\/?$/, methods: ['GET'], kind: 'api', handle: guarded((_r, url) => mediaList(data, url)) },
    {
      endpoint: 'media-item',
      pattern: /^\/api\/v4\/media\/([^/]+)\/?$/,
      methods: ['GET', 'POST'],
      kind: 'api',
      handle: guarded(async (request, url, m) => {
        const item = data.mediaById(decodeURIComponent(m[1] ?? ''));
        if (!item) return bynderError(404, 'Not Found');
        if (request.method === 'GET') return mediaInfo(item, url);
        // Modify media: `name`, `description` (form fields); answers 202 with an empty body.
        const form = new URLSearchParams(await request.text());
        if (form.has('name')) item.name = form.get('name') ?? '';
        if (form.has('description')) item.description = form.get('description') ?? '';
        item.dateModified = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
        return new Response(null, { status: 202 });
      }),
    },
    {
      endpoint: 'metaproperties',
      pattern: /^\/api\/v4\/metaproperties\/?$/,
      methods: ['GET'],
      kind: 'api',
      handle: guarded((_r, url) => metaproperties(data, url)),
    },
    {
      endpoint: 'metaproperty',
      pattern: /^\/api\/v4\/metaproperties\/([^/]+)\/?$/,
      methods: ['GET'],
      kind: 'api',
      handle: guarded((_r, url, m) => {
        const property = data.metaproperties.find((p) => p.id === decodeURIComponent(m[1] ?? ''));
        return property ? json(metapropertyJson(property, url.searchParams)) : bynderError(404, 'Not Found');
      }),
    },
    { endpoint: 'collections', pattern: /^\/api\/v4\/collections\/?$/, methods: ['GET'], kind: 'api', handle: guarded((_r, url) => collections(data, url)) },
    {
      endpoint: 'collection',
      pattern: /^\/api\/v4\/collections\/([^/]+)\/?$/,
      methods: ['GET'],
      kind: 'api',
      handle: (_r, _u, m) => {
        const body = collectionJson(data, decodeURIComponent(m[1] ?? ''));
        return body ? json(body) : bynderError(404, 'Not Found');
      },
    },
    { endpoint: 'brands', pattern: /^\/api\/v4\/brands\/?$/, methods: ['GET'], kind: 'api', handle: () => json(data.brands) },
    {
      endpoint: 'derivative',
      pattern: /^\/m\/([^/]+)\/(mini|thul|webimage)-[^/]*\.png$/,
      methods: ['GET', 'HEAD'],
      kind: 'public',
      handle: async (_r, _u, m) => {
        const item = data.mediaById(m[1] ?? '');
        if (!item) return bynderError(404, 'Not Found');
        const [w, h] = fitInside(naturalSize(item), DERIVATIVE_SIZES[m[2] ?? 'thul'] ?? 250);
        return new Response(await thumbnailPng(item.id, w, h), { headers: PNG_HEADERS });
      },
    },
    {
      endpoint: 'video-preview',
      pattern: /^\/m\/([^/]+)\/preview\/[^/]*\.webm$/,
      methods: ['GET', 'HEAD'],
      kind: 'public',
      handle: (request, _u, m) => {
        const item = data.mediaById(m[1] ?? '');
        return item?.type === 'video' ? previewVideoResponse(request) : bynderError(404, 'Not Found');
      },
    },
    {
      endpoint: 'original',
      pattern: /^\/m\/([^/]+)\/original\/[^/]*$/,
      methods: ['GET', 'HEAD'],
      kind: 'public',
      handle: (_r, _u, m) => {
        const item = data.mediaById(m[1] ?? '');
        if (!item) return bynderError(404, 'Not Found');
        const [w, h] = naturalSize(item);
        return svgResponse(mediaSvg(item, w, h));
      },
    },
    {
      endpoint: 'transform',
      pattern: /^\/transform\/([^/]+)\/[^/]*$/,
      methods: ['GET', 'HEAD'],
      kind: 'public',
      handle: (_r, url, m) => {
        const item = data.mediaById(m[1] ?? '');
        if (!item || item.type !== 'image') return bynderError(404, 'Not Found');
        try {
          const result = applyTransform(item, url.searchParams);
          return svgResponse(mediaSvg(item, result.width, result.height, `${result.operations.join('+') || 'original'} ${result.format}`), {
            'X-Emulator-Transform': `${result.width}x${result.height};format=${result.format}`,
          });
        } catch (error) {
          return bynderError(400, (error as Error).message);
        }
      },
    },
  ];
}
