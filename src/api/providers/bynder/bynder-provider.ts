// Bynder API v4 adapter: OAuth endpoints from the portal origin, /api/v4/media/ paged by page
// number, collections as a flat browse structure under a virtual root, facets from metaproperties
// (portal-wide counts), media mapped to DamAsset. The only module that knows Bynder field names.
import { DamError } from '../../errors.js';
import { FACET_ASSET_TYPE, metadataFilters } from '../../filters.js';
import type { HttpClient } from '../../http.js';
import { allowedAsset, searchable } from '../../restrictions.js';
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
  RenditionOptions,
  SearchPage,
  SearchQuery,
  StoredMetadata,
} from '../../types.js';
import type { DamUploader, DamUploaderOptions } from '../../upload/types.js';
import { safeHttpUrl, safeImageUrl } from '../../url.js';
import { cachedUntilFailure } from '../kit/cached.js';
import { facetsOrFallback } from '../kit/facets.js';
import { apiClient, clampPageSize, type ProviderHttpOptions } from '../kit/http.js';
import { siteOrigin } from '../kit/site.js';
import { uploaderApi } from '../kit/upload.js';
import { finiteNumber, parseResponse, withDefined } from '../kit/validate.js';
import { BynderUploader } from './bynder-upload.js';
import { BYNDER_RENDITIONS, hasRenditions, withRendition } from './bynder-renditions.js';
import { describeBynderError } from './bynder-errors.js';

import {
  CollectionListSchema,
  CollectionSchema,
  flag,
  MediaListSchema,
  MediaSchema,
  MetapropertiesSchema,
  type BynderMediaItem,
  type BynderMetaproperty,
} from './schema.js';

/** Bynder media ids: 8-4-4-16 hex digits. */
const MEDIA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{16}$/i;

/** The product name, for headings. */
export const BYNDER_LABEL = 'Bynder';
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

/** A media item as DamAsset (the contract's Bynder column). */
export function toDamAsset(item: BynderMediaItem): DamAsset {
  const asset: DamAsset = {
    id: item.id,
    provider: 'bynder',
    title: item.name ?? '',
    type: KIND_OF_TYPE[item.type ?? ''] ?? 'other',
    source: item,
  };
  return withDefined(asset, {
    description: item.description || undefined,
    fileType: item.extension?.[0]?.toLowerCase().replace(/^\./, '') || undefined,
    thumbnailUrl: safeImageUrl(item.thumbnails?.['thul']),
    width: finiteNumber(item.width),
    height: finiteNumber(item.height),
    fileSize: finiteNumber(item.fileSize),
    // Only public media have a public original.
    url: flag(item.isPublic) ? safeHttpUrl(item.original) : undefined,
    rendition: flag(item.isPublic) && safeHttpUrl(item.original) ? 'original' : undefined,
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

  /** `/api/v4/media/` with `page` (the cursor), `limit`, `total=1`, keyword, type, collection and option filters. */
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
    if (kinds) params.set('type', kinds.map((kind) => TYPE_OF_KIND[kind]).join(','));
    if (query.folderId && query.folderId !== BYNDER_ROOT_ID) params.set('collectionId', query.folderId);
    const options = Object.values(metadataFilters(query)).flat();
    if (options.length) params.set('propertyOptionId', options.join(','));
    const body = await this.#http.json({ url: `${this.origin}/api/v4/media/?${params}`, signal });
    const list = parseResponse(MediaListSchema, body, '/api/v4/media/');
    const media = Array.isArray(list) ? list : list.media;
    const total = Array.isArray(list) ? (page - 1) * this.pageSize + media.length + (media.length === this.pageSize ? 1 : 0) : list.total.count;
    // Bynder cannot filter by file suffix: `file-types` is applied to each page here.
    const assets = media.map(toDamAsset).filter((asset) => allowedAsset(asset, { ...query, fileTypes: fileTypes ?? [] }));
    const more = media.length > 0 && page * this.pageSize < total;
    return { assets, total, nextCursor: more ? page + 1 : null };
  }

  /** `/api/v4/media/` pages by number (`page`, from 1). */
  pageCursor(index: number): PageCursor | null {
    return index > 0 ? index + 1 : null;
  }

  async getAssets(ids: readonly string[], signal?: AbortSignal): Promise<DamAsset[]> {
    const found = await Promise.all(
      ids.map(async (id) => {
        try {
          const body = await this.#http.json({ url: `${this.origin}/api/v4/media/${encodeURIComponent(id)}/`, signal });
          return toDamAsset(parseResponse(MediaSchema, body, '/api/v4/media/{id}/'));
        } catch (error) {
          if (error instanceof DamError && error.code === 'not-found') return undefined;
          throw error;
        }
      }),
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

  /** Images with a `transformBaseUrl` (Dynamic Asset Transformation enabled). */
  hasRenditions(asset: DamAsset): boolean {
    return hasRenditions(asset);
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
    return new BynderUploader({ ...uploaderApi(this, this.#options), origin: this.origin }, options);
  }
}
