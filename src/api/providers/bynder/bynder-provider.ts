// Bynder API v4 adapter: OAuth endpoints from the portal origin, /api/v4/media/ paged by page
// number, collections as a flat browse structure under a virtual root, facets from metaproperties
// (portal-wide counts), media mapped to DamAsset. The only module that knows Bynder field names.
import { DamError } from '../../errors.js';
import { FACET_ASSET_TYPE, metadataFilters } from '../../filters.js';
import type { HttpClient } from '../../http.js';
import { allowedAsset, assetStatusOf, isoDateOf, LOOKUP_CONCURRENCY, searchable, withoutRestricted } from '../../restrictions.js';
import type {
  AssetKind,
  AssetMetadataUpdate,
  AuthEndpoints,
  DamAsset,
  DamFolder,
  DamProvider,
  FacetGroup,
  FacetResult,
  FolderPage,
  PageCursor,
  ProviderCapabilities,
  ProviderVocabulary,
  RenditionChoice,
  FocalPoint,
  RenditionOptions,
  SearchPage,
  SearchQuery,
  SortOrder,
  StoredMetadata,
} from '../../types.js';
import type { DamUploader, DamUploaderOptions } from '../../upload/types.js';
import { Limiter } from '../../upload/limiter.js';
import { safeHttpUrl, safeImageUrl } from '../../url.js';
import { cachedUntilFailure } from '../kit/cached.js';
import { facetsOrFallback } from '../kit/facets.js';
import { apiClient, clampPageSize, type ProviderHttpOptions } from '../kit/http.js';
import { siteOrigin } from '../kit/site.js';
import { lazyUploader, uploaderApi } from '../kit/upload.js';
import { finiteNumber, parseResponse, withDefined } from '../kit/validate.js';
import { BYNDER_RENDITIONS, hasRenditions, previewAt, withRendition } from './bynder-renditions.js';
import { describeBynderError } from './bynder-errors.js';

import {
  CollectionListSchema,
  CollectionSchema,
  DownloadSchema,
  flag,
  MediaListSchema,
  MediaSchema,
  MetapropertiesSchema,
  type BynderMediaItem,
  type BynderMetaproperty,
} from './schema.js';
import { BYNDER_LABEL } from '../labels.js';
import { loadedProviders } from '../registry.js';

/** Bynder media ids: 8-4-4-16 hex digits. */
const MEDIA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{16}$/i;

/** Bynder caps `limit` at 1000. */
const BYNDER_MAX_PAGE_SIZE = 1000;
/** Collections per request while browsing. */
const COLLECTION_PAGE_SIZE = 200;
/** The virtual top of the browse structure: "all collections" (Bynder has no folders). */
export const BYNDER_ROOT_ID = 'bynder:collections';
/** Read access plus `asset:write` for uploads; `offline` for a refresh token. */
const BYNDER_SCOPE = 'offline asset:read asset:write collection:read meta.assetbank:read';

export interface BynderProviderOptions extends ProviderHttpOptions {
  /** The portal origin, e.g. `https://acme.getbynder.com` (a bare host name means https). */
  site: string;
  pageSize?: number | undefined;
  /** OAuth scope; default `BYNDER_SCOPE`. */
  scope?: string | undefined;
}

const KIND_OF_TYPE: Record<string, AssetKind> = { image: 'image', video: 'video', audio: 'audio', document: 'document', '3d': 'other' };
const TYPE_OF_KIND: Record<AssetKind, string> = { image: 'image', video: 'video', audio: 'audio', document: 'document', other: '3d' };
const KIND_ORDER: readonly AssetKind[] = ['image', 'video', 'audio', 'document', 'other'];

/** The portal as an origin: a bare host name means https. */
function portalOrigin(site: string): string {
  const origin = siteOrigin(site);
  if (!origin) throw new DamError('invalid-config', `The Bynder site "${site}" is not a portal URL.`);
  return origin;
}

/** `orderBy` per sort; `relevance` sends none (Bynder's own order for a keyword). Values as the SDKs' `AssetOrderBy`. */
const ORDER_BY: Record<Exclude<SortOrder, 'relevance'>, string> = {
  newest: 'dateCreated desc',
  oldest: 'dateCreated asc',
  title: 'name asc',
  'title-desc': 'name desc',
};

/** Media types by suffix: Bynder's media list has no MIME type, the extension implies it. */
const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  psd: 'image/vnd.adobe.photoshop',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  glb: 'model/gltf-binary',
  obj: 'model/obj',
};

/** Side of `previewUrl` through Dynamic Asset Transformation (the details panel asks `previewAt` for its own size). */
const PREVIEW_SIDE = 1200;

/** `activeOriginalFocusPoint` is in pixels of the original: as fractions of its size (0–1). */
function focalPointOf(item: BynderMediaItem, width: number | undefined, height: number | undefined): FocalPoint | undefined {
  const point = item.activeOriginalFocusPoint;
  if (!point || !Number.isFinite(point.x) || !Number.isFinite(point.y) || !width || !height) return undefined;
  const fraction = (value: number, size: number): number => Math.min(1, Math.max(0, Math.round((value / size) * 1000) / 1000));
  return { x: fraction(point.x, width), y: fraction(point.y, height) };
}

/** The largest still preview: DAT at `PREVIEW_SIDE` for images with it, else the `webimage` derivative. */
function previewOf(item: BynderMediaItem): string | undefined {
  const thumbnails = item.thumbnails ?? {};
  const base = item.type === 'image' ? safeHttpUrl(thumbnails['transformBaseUrl']) : undefined;
  if (base && !new URL(base).search) return `${base}?io=transform:fit,width:${PREVIEW_SIDE},height:${PREVIEW_SIDE}`;
  return safeImageUrl(thumbnails['webimage']) ?? safeImageUrl(thumbnails['thul']);
}

/** A media item as DamAsset (the contract's Bynder column). */
export function toDamAsset(item: BynderMediaItem): DamAsset {
  const asset: DamAsset = {
    id: item.id,
    provider: 'bynder',
    title: item.name ?? '',
    type: KIND_OF_TYPE[item.type ?? ''] ?? 'other',
    source: item,
  };
  const fileType = item.extension?.[0]?.toLowerCase().replace(/^\./, '') || undefined;
  const width = finiteNumber(item.width);
  const height = finiteNumber(item.height);
  // `datePublished` in the future: not published yet. `limitedDate` (inferred) past: the rights ran out.
  const validFrom = isoDateOf(item.datePublished);
  const expiresAt = isoDateOf(item.limitedDate);
  const tags = (item.tags ?? []).map((tag) => tag.trim()).filter(Boolean);
  return withDefined(asset, {
    description: item.description || undefined,
    fileType,
    thumbnailUrl: safeImageUrl(item.thumbnails?.['thul']),
    width,
    height,
    fileSize: finiteNumber(item.fileSize),
    // Only public media have a public original.
    url: flag(item.isPublic) ? safeHttpUrl(item.original) : undefined,
    rendition: flag(item.isPublic) && safeHttpUrl(item.original) ? 'original' : undefined,
    mimeType: fileType ? MIME_TYPES[fileType] : undefined,
    createdAt: isoDateOf(item.dateCreated),
    modifiedAt: isoDateOf(item.dateModified),
    tags: tags.length ? tags : undefined,
    focalPoint: focalPointOf(item, width, height),
    validFrom,
    expiresAt,
    status: assetStatusOf({ validFrom, expiresAt, viewOnly: flag(item.limited), archived: flag(item.archive) }),
    copyright: item.copyright?.trim() || undefined,
    previewUrl: previewOf(item),
    mediaPreviewUrl: item.type === 'video' || item.type === 'audio' ? (item.videoPreviewURLs ?? []).map((url) => safeHttpUrl(url)).find(Boolean) : undefined,
  });
}

export class BynderProvider implements DamProvider {
  readonly name = 'bynder' as const;
  readonly label = BYNDER_LABEL;
  /** Collections (flat); uploads are saved to a brand the editor chooses. */
  readonly vocabulary: ProviderVocabulary = { folder: 'collection', uploadDestination: 'brand' };
  /** Dynamic Asset Transformation presets (`bynder-renditions.ts`). */
  readonly renditionOptions: RenditionOptions = BYNDER_RENDITIONS;
  readonly capabilities: ProviderCapabilities = { folderScopes: ['children'] };
  /** `orderBy`: `dateCreated` and `name`, both directions; no `orderBy` for relevance. */
  readonly sortOrders: readonly SortOrder[] = ['relevance', 'newest', 'oldest', 'title', 'title-desc'];
  readonly pageSize: number;
  readonly origin: string;
  readonly #options: BynderProviderOptions;
  readonly #http: HttpClient;

  constructor(options: BynderProviderOptions) {
    if (!options.site) throw new DamError('invalid-config', 'The Bynder provider needs a `site` (the portal URL).');
    this.#options = options;
    this.origin = portalOrigin(options.site);
    this.pageSize = clampPageSize(options.pageSize, BYNDER_MAX_PAGE_SIZE);
    this.#http = apiClient(options, describeBynderError);
  }

  /** No discovery document: the endpoints are fixed paths on the portal. */
  async connect(): Promise<AuthEndpoints> {
    return {
      issuer: this.origin,
      authorizationEndpoint: `${this.origin}/v6/authentication/oauth2/auth`,
      tokenEndpoint: `${this.origin}/v6/authentication/oauth2/token`,
      // RFC 7009 revocation beside the token endpoint, as the emulator serves it. Bynder's public pages
      // found so far describe revoking refresh tokens only in the portal's OAuth app settings; a portal
      // without this endpoint answers 404, which sign-out ignores.
      revocationEndpoint: `${this.origin}/v6/authentication/oauth2/revoke`,
      scope: this.#options.scope ?? BYNDER_SCOPE,
    };
  }

  /**
   * `/api/v4/media/` with `page` (the cursor), `limit`, `total=1`, keyword, type, collection and option filters.
   * Bynder takes one `type` per request (the C# and Java SDKs send a single enum value): one kind is sent
   * as `type`; several are asked for with `count=1`, counted from its per-type counts and filtered here.
   */
  async search(query: SearchQuery, cursor: PageCursor | null | undefined, signal?: AbortSignal): Promise<SearchPage> {
    const scope = searchable(query);
    if (!scope) return { assets: [], total: 0, nextCursor: null };
    const { kinds, fileTypes } = scope;
    const page = cursor ?? 1;
    const params = new URLSearchParams({ page: String(page), limit: String(this.pageSize), total: '1' });
    const keyword = query.keyword.trim();
    // A media id as the search term finds that item (as Brandworkz does for a GUID): `ids` does it.
    if (MEDIA_ID.test(keyword)) params.set('ids', keyword);
    else if (keyword) params.set('keyword', keyword);
    const types = kinds?.map((kind) => TYPE_OF_KIND[kind]);
    if (types?.length === 1) params.set('type', types[0]!);
    else if (types) {
      params.delete('total');
      params.set('count', '1');
    }
    if (query.folderId && query.folderId !== BYNDER_ROOT_ID) params.set('collectionId', query.folderId);
    const options = Object.values(metadataFilters(query)).flat();
    if (options.length) params.set('propertyOptionId', options.join(','));
    if (query.sort && query.sort !== 'relevance') params.set('orderBy', ORDER_BY[query.sort]);
    const body = await this.#http.json({ url: `${this.origin}/api/v4/media/?${params}`, signal });
    const list = parseResponse(MediaListSchema, body, '/api/v4/media/');
    const media = Array.isArray(list) ? list : list.media;
    const guess = (page - 1) * this.pageSize + media.length + (media.length === this.pageSize ? 1 : 0);
    // Every kind on the page (before filtering), for paging; the kinds asked for, for the count shown.
    const totals = Array.isArray(list) ? undefined : (list as { total?: { count: number }; count?: { total: number; type?: Record<string, number> | null } });
    const all = totals?.count?.total ?? totals?.total?.count ?? guess;
    const byType = totals?.count?.type ?? undefined;
    const total = types && types.length > 1 && byType ? types.reduce((sum, type) => sum + (byType[type] ?? 0), 0) : all;
    // Bynder cannot filter by file suffix, nor by several types at once: those are applied to each page here.
    const assets = media.map(toDamAsset).filter((asset) => allowedAsset(asset, { ...query, assetTypes: kinds ?? [], fileTypes: fileTypes ?? [] }));
    const more = media.length > 0 && page * this.pageSize < all;
    // Nor by rights (`limited`, `archive`, dates): `activeOnly` is applied here too, and the total marked approximate.
    return withoutRestricted({ assets, total, nextCursor: more ? page + 1 : null }, query);
  }

  /** `/api/v4/media/` pages by number (`page`, from 1). */
  pageCursor(index: number): PageCursor | null {
    return index > 0 ? index + 1 : null;
  }

  /** `/api/v4/media/{id}/` for each id, `LOOKUP_CONCURRENCY` at a time ("Recently used" asks for up to 50). */
  async getAssets(ids: readonly string[], signal?: AbortSignal): Promise<DamAsset[]> {
    const limiter = new Limiter(LOOKUP_CONCURRENCY);
    const found = await Promise.all(
      ids.map((id) =>
        limiter.run(async () => {
          try {
            const body = await this.#http.json({ url: `${this.origin}/api/v4/media/${encodeURIComponent(id)}/`, signal });
            return toDamAsset(parseResponse(MediaSchema, body, '/api/v4/media/{id}/'));
          } catch (error) {
            if (error instanceof DamError && error.code === 'not-found') return undefined;
            throw error;
          }
        }, signal),
      ),
    );
    return found.filter((asset): asset is DamAsset => asset !== undefined);
  }

  async rootFolder(): Promise<DamFolder> {
    return { id: BYNDER_ROOT_ID, title: '', kind: 'collection' };
  }

  /** The collections (one level: they do not nest), by name, `COLLECTION_PAGE_SIZE` per page. */
  async listFolders(parentId: string, cursor: PageCursor | null | undefined, signal?: AbortSignal): Promise<FolderPage> {
    if (parentId !== BYNDER_ROOT_ID) return { folders: [], total: 0, nextCursor: null };
    const page = cursor ?? 1;
    const params = new URLSearchParams({ page: String(page), limit: String(COLLECTION_PAGE_SIZE), count: '1' });
    const body = await this.#http.json({ url: `${this.origin}/api/v4/collections/?${params}`, signal });
    const list = parseResponse(CollectionListSchema, body, '/api/v4/collections/');
    const collections = Array.isArray(list) ? list : list.collections;
    const total = Array.isArray(list) ? (page - 1) * COLLECTION_PAGE_SIZE + collections.length : list.count;
    const folders = collections.map((c): DamFolder => ({ id: c.id, title: c.name ?? '', kind: 'collection', parentId: BYNDER_ROOT_ID, hasChildren: false }));
    return { folders, total, nextCursor: collections.length > 0 && page * COLLECTION_PAGE_SIZE < total ? page + 1 : null };
  }

  async folderPath(id: string, signal?: AbortSignal): Promise<DamFolder[]> {
    const root = await this.rootFolder();
    if (id === BYNDER_ROOT_ID) return [root];
    const body = await this.#http.json({ url: `${this.origin}/api/v4/collections/${encodeURIComponent(id)}/`, signal });
    const collection = parseResponse(CollectionSchema, body, '/api/v4/collections/{id}/');
    return [root, { id: collection.id, title: collection.name ?? '', kind: 'collection', parentId: BYNDER_ROOT_ID, hasChildren: false }];
  }

  /**
   * Type (no counts: Bynder has no per-type totals) and the filterable metaproperties with their
   * options' `mediaCount`, which are portal-wide (`counts: 'portal'`). Loaded once per provider.
   */
  facets(query: SearchQuery, signal?: AbortSignal): Promise<FacetResult> {
    const kinds = query.assetTypes?.length ? KIND_ORDER.filter((kind) => query.assetTypes!.includes(kind)) : KIND_ORDER;
    const typeGroup: FacetGroup = { id: FACET_ASSET_TYPE, label: 'Type', options: kinds.map((value) => ({ value })) };
    return facetsOrFallback(
      async () => {
        const properties = await this.#loadMetaproperties();
        signal?.throwIfAborted();
        const groups = properties
          .filter((p) => (p.isFilterable === undefined || p.isFilterable === null || flag(p.isFilterable)) && (p.options?.length ?? 0) > 0)
          .sort((a, b) => (a.zindex ?? 0) - (b.zindex ?? 0))
          .map((p): FacetGroup => ({
            id: p.id,
            label: p.label || p.name || p.id,
            options: (p.options ?? []).map((o) => ({
              value: o.id,
              label: o.displayLabel || o.label || o.name || o.id,
              ...(typeof o.mediaCount === 'number' ? { count: o.mediaCount } : {}),
            })),
          }));
        return { groups: [typeGroup, ...groups], counts: 'portal', degraded: false };
      },
      () => [typeGroup],
      signal,
    );
  }

  /** Shared by every facets query, so never tied to one query's abort signal. */
  readonly #loadMetaproperties = cachedUntilFailure(async (): Promise<BynderMetaproperty[]> => {
    const body = await this.#http.json({ url: `${this.origin}/api/v4/metaproperties/?options=1&count=1` });
    return parseResponse(MetapropertiesSchema, body, '/api/v4/metaproperties/');
  });

  /**
   * A file the host can publish for an asset without one (private assets, non-images): the download
   * operation's `s3_file`, a signed URL that expires (the emulator's after 15 minutes; Bynder documents
   * no lifetime), so hosts copy the file rather than store the URL. Unchanged when the asset has a `url`.
   */
  async resolveFileUrl(asset: DamAsset, signal?: AbortSignal): Promise<DamAsset> {
    if (asset.url || asset.provider !== 'bynder') return asset;
    const body = await this.#http.json({ url: `${this.origin}/api/v4/media/${encodeURIComponent(asset.id)}/download/`, signal });
    const url = safeHttpUrl(parseResponse(DownloadSchema, body, '/api/v4/media/{id}/download/').s3_file);
    if (!url) throw new DamError('malformed-response', 'Bynder answered the download operation without an http(s) URL.');
    return { ...asset, url, rendition: 'original' };
  }

  /** Images with a `transformBaseUrl` (Dynamic Asset Transformation enabled). */
  hasRenditions(asset: DamAsset): boolean {
    return hasRenditions(asset);
  }

  /** An image with DAT at the size asked for; others have none (their `previewUrl` is `webimage`). */
  previewAt(asset: DamAsset, side: number): string | undefined {
    return previewAt(asset, side);
  }

  /** The DAT URL of the chosen preset and format in `url`, its name in `rendition` (`bynder-renditions.ts`). */
  withRendition(asset: DamAsset, choice: RenditionChoice): DamAsset {
    return withRendition(asset, choice);
  }

  /**
   * Modify media: `POST /api/v4/media/{id}/` with `name`. Bynder answers 202 without the record, so the
   * stored title is the one sent. Custom fields are refused: Bynder sets metaproperties by id and option id.
   */
  async updateMetadata(assetId: string, update: AssetMetadataUpdate, signal?: AbortSignal): Promise<StoredMetadata> {
    if (update.fields !== undefined && Object.keys(update.fields).length > 0) {
      throw new DamError('invalid-argument', 'Bynder metadata fields can not be set here, only the title.');
    }
    if (update.title === undefined) return {};
    const response = await this.#http.send({
      url: `${this.origin}/api/v4/media/${encodeURIComponent(assetId)}/`,
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: update.title }).toString(),
      ...(signal ? { signal } : {}),
    });
    await response.body?.cancel();
    return { title: update.title };
  }

  /** Bynder's upload flow (`bynder-upload.ts`): S3 chunks, registration, finalise, poll, save to a brand. */
  createUploader(options?: DamUploaderOptions): DamUploader {
    const api = { ...uploaderApi(this, this.#options), origin: this.origin };
    return lazyUploader(
      async () => new (await import('./bynder-upload.js')).BynderUploader(api, options),
      (assetId, update, signal) => this.updateMetadata(assetId, update, signal),
      true,
    );
  }
}

loadedProviders.set('bynder', BynderProvider);
