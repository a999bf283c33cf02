// Brandworkz API v1.6 adapter: discovery through /getAPIURL, search and browse
// through /simpleSearch, facets (and metadata filters) through /search, hits
// mapped to DamAsset. The only module that knows Brandworkz field names.
import { DamError, type DamErrorCode } from '../../errors.js';
import { metadataFilters } from '../../filters.js';
import type { HttpClient } from '../../http.js';
import { allowedAsset, assetStatusOf, isoDateOf, LOOKUP_CONCURRENCY, searchable } from '../../restrictions.js';
import type {
  AssetMetadataUpdate,
  AuthEndpoints,
  DamAsset,
  DamFolder,
  DamProvider,
  FacetResult,
  FolderPage,
  PageCursor,
  ProviderCapabilities,
  ProviderVocabulary,
  SearchPage,
  SearchQuery,
  SortOrder,
  StoredMetadata,
} from '../../types.js';
import { safeHttpUrl, safeImageUrl } from '../../url.js';
import type { DamUploader, DamUploaderOptions } from '../../upload/types.js';
import { Limiter } from '../../upload/limiter.js';
import { cachedUntilFailure } from '../kit/cached.js';
import { facetsOrFallback } from '../kit/facets.js';
import { apiClient, clampPageSize, type ProviderHttpOptions } from '../kit/http.js';
import { siteUrl } from '../kit/site.js';
import { lazyUploader, uploaderApi } from '../kit/upload.js';
import { numeric, parseResponse, text, withDefined } from '../kit/validate.js';
import {
  assetTypesFor,
  basicFacets,
  DEFAULT_FACET_FIELDS,
  facetsFromAggregations,
  facetsRequest,
  kindOfAssetType,
  searchRequest,
  type BrandworkzFacetField,
} from './brandworkz-native.js';
import { ApiUrlResponseSchema, CategoryInfoResponseSchema, NativeSearchResponseSchema, SimpleSearchResponseSchema, type BrandworkzHit } from './schema.js';
import { BRANDWORKZ_LABEL } from '../labels.js';
import { loadedProviders } from '../registry.js';

const BRANDWORKZ_DISCOVERY_URL = 'https://api.brandworkz.com';

/**
 * Discovery answers on this page, by /getAPIURL URL: a picker opened again, or a second one for the same site,
 * starts with its search instead of a round trip (the documentation asks for the three values to come from
 * /getAPIURL and never be hard-coded: they do, once per page load). A failed discovery is not kept.
 */
const locations = new Map<string, (provider: BrandworkzProvider) => Promise<ApiLocation>>();

/** Forgets this page's discovery answers (tests start each against a fresh DAM at the same address). */
export function forgetApiLocations(): void {
  locations.clear();
}

/** Brandworkz caps `size` at 500. */
const BRANDWORKZ_MAX_PAGE_SIZE = 500;

export interface BrandworkzProviderOptions extends ProviderHttpOptions {
  /** The Brandworkz site, passed as `clientURL` to /getAPIURL (e.g. `acme.brandworkz.com`). */
  site: string;
  /** Where /getAPIURL lives. */
  discoveryUrl?: string | undefined;
  pageSize?: number | undefined;
  /** The OAuth scope to ask for. Default: `read` (the documented value), `read write` with `uploads`. */
  scope?: string | undefined;
  /** Whether uploads are offered: they (and title changes) need the `write` scope. */
  uploads?: boolean | undefined;
  /** Metadata fields offered as facets (index field names). Default: brand, campaign, region, usage rights, colour. */
  facetFields?: readonly BrandworkzFacetField[] | undefined;
}

/** Sub-folders per /simpleSearch request while browsing. */
export const FOLDER_PAGE_SIZE = 200;

interface ApiLocation {
  apiUrl: string;
  /** `{api_url}/v{version}/{client_id}` */
  base: string;
  clientDb: string;
}

/** `_source` fields the adapter reads; asked for explicitly because a list may replace the defaults. */
const SOURCE_FIELDS = [
  'title',
  'description',
  'extendedKeywords',
  'serialNumber',
  'version',
  'thumbnailUrlCdn',
  'objectURL',
  'assetType',
  'fileType',
  'fileSize',
  'pixelWidth',
  'pixelHeight',
  'mimetype',
  'embed_link',
  'categoryGUID',
  // Inferred names: /saveMetadata's fixed fields (documented there) and the index's dates.
  'dateCreated',
  'dateModified',
  'assetStatus',
  'assetPublishDate',
  'assetExpiryDate',
  // Custom metaset fields of a typical site (inferred): usage rights and copyright.
  'usageRights',
  'copyright',
];

const RESULT_CODE_ERRORS: Record<number, DamErrorCode> = {
  1: 'unauthorized',
  2: 'service-unavailable',
  3: 'invalid-argument',
  4: 'configuration',
};

/** Reads Brandworkz's `{ result: { code | status, message } }` envelope from an error body. */
function describeBrandworkzError(_status: number, body: unknown): { message?: string; damCode?: number } {
  if (typeof body === 'string') return { message: body.slice(0, 300) };
  if (typeof body !== 'object' || body === null) return {};
  const result = (body as { result?: unknown }).result;
  if (typeof result !== 'object' || result === null) return {};
  const { code, status, message } = result as Record<string, unknown>;
  const damCode = typeof code === 'number' ? code : typeof status === 'number' ? status : undefined;
  return {
    ...(typeof message === 'string' ? { message } : {}),
    ...(damCode !== undefined ? { damCode } : {}),
  };
}

/** A 200 answer whose envelope still reports a failure. */
function assertSuccess(result: { code?: number | undefined; status?: number | undefined; message?: string | undefined } | undefined, endpoint: string): void {
  const code = result?.code ?? result?.status ?? 0;
  if (code === 0) return;
  throw new DamError(RESULT_CODE_ERRORS[code] ?? 'http', result?.message || `${endpoint} failed (code ${code}).`, { damCode: code, detail: result?.message });
}

/**
 * Whether /simpleSearch gives the query's order by itself: relevance (or none), and A–Z among a
 * folder's children without a term (the documented browse order).
 */
function simpleSearchOrders(query: SearchQuery): boolean {
  if (!query.sort || query.sort === 'relevance') return true;
  return query.sort === 'title' && query.folderScope === 'children' && !!query.folderId && !query.keyword.trim();
}

/**
 * The URL without its trailing slashes. A loop, not `/\/+$/`: that regex backtracks quadratically on a
 * long run of slashes followed by anything else (about 18 s for 100,000 slashes in a DAM's `api_url`).
 */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

export class BrandworkzProvider implements DamProvider {
  readonly name = 'brandworkz' as const;
  readonly label = BRANDWORKZ_LABEL;
  /** Folders (and webpages); uploads go into the folder being browsed. */
  readonly vocabulary: ProviderVocabulary = { folder: 'folder' };
  readonly capabilities: ProviderCapabilities = { folderScopes: ['descendants', 'children'] };
  /**
   * /simpleSearch has no sort parameter (its order: relevance with a term, folders then assets A–Z in a
   * folder's children, else index order); the other orders go through /search's `sort`.
   */
  readonly sortOrders: readonly SortOrder[] = ['relevance', 'newest', 'oldest', 'title', 'title-desc'];
  readonly pageSize: number;
  readonly facetFields: readonly BrandworkzFacetField[];
  readonly #options: BrandworkzProviderOptions;
  readonly #http: HttpClient;
  /** The site's discovery request (/getAPIURL), the key of `locations`. */
  readonly #discoveryRequest: string;
  /** For /saveMetadata, which answers like the upload endpoints (made with the upload code, a chunk of its own). */
  #uploadHttp: HttpClient | undefined;

  constructor(options: BrandworkzProviderOptions) {
    if (!options.site) throw new DamError('invalid-config', 'The Brandworkz provider needs a `site`.');
    this.#options = options;
    this.pageSize = clampPageSize(options.pageSize, BRANDWORKZ_MAX_PAGE_SIZE);
    this.facetFields = options.facetFields ?? DEFAULT_FACET_FIELDS;
    this.#http = apiClient(options, describeBrandworkzError);
    const discovery = withoutTrailingSlashes(options.discoveryUrl ?? BRANDWORKZ_DISCOVERY_URL);
    this.#discoveryRequest = `${discovery}/getAPIURL?${new URLSearchParams({ clientURL: options.site })}`;
  }

  async connect(): Promise<AuthEndpoints> {
    const { apiUrl, clientDb } = await this.#locate();
    return {
      issuer: apiUrl,
      authorizationEndpoint: `${apiUrl}/oauth/authorize`,
      tokenEndpoint: `${apiUrl}/oauth/token`,
      // "scope - The scope of the authentication, this should be set to, "read"": enough to search and browse.
      // The emulator (like a token from the password grant, "read write") lets only `write` upload or save metadata.
      scope: this.#options.scope ?? (this.#options.uploads ? 'read write' : 'read'),
      extraAuthParams: { clientDb },
      extraTokenParams: { client_db: clientDb },
      // No revocationEndpoint: the Brandworkz API documentation (v1.6) describes /oauth/authorize and
      // /oauth/token only. Sign-out forgets the tokens in the browser; the DAM lets them expire.
    };
  }

  /**
   * /simpleSearch for keyword, folder, asset type and file type; /search (native Elastic) when
   * metadata filters, an order or `activeOnly` are asked for, which /simpleSearch cannot express.
   */
  async search(query: SearchQuery, cursor: PageCursor | null | undefined, signal?: AbortSignal): Promise<SearchPage> {
    const scope = searchable(query);
    if (!scope) return { assets: [], total: 0, nextCursor: null };
    const { kinds, fileTypes } = scope;
    const from = cursor ?? 0;
    let result: { hits: BrandworkzHit[]; total: number };
    if (Object.keys(metadataFilters(query)).length > 0 || query.activeOnly || !simpleSearchOrders(query)) {
      result = await this.#native(searchRequest(query, from, this.pageSize, SOURCE_FIELDS), signal);
    } else {
      const params = new URLSearchParams({ from: String(from), size: String(this.pageSize), sourceFields: SOURCE_FIELDS.join(',') });
      const keyword = query.keyword.trim();
      if (keyword) params.set('searchterm', keyword);
      if (query.folderId) params.set(query.folderScope === 'children' ? 'parentCategoryGUID' : 'categoryGUID', query.folderId);
      params.set('assetType', assetTypesFor(kinds).join(','));
      if (fileTypes) params.set('fileType', fileTypes.join(','));
      result = await this.#simpleSearch(params, signal);
    }
    const { hits, total } = result;
    const site = siteUrl(this.#options.site);
    // Belt and braces: a hit outside the restrictions never reaches the picker, whatever the DAM sent.
    const assets = hits
      .filter((hit) => hit._type !== 'folder')
      .map((hit) => this.#toAsset(hit, site))
      .filter((asset) => allowedAsset(asset, query));
    const next = from + hits.length;
    return { assets, total, nextCursor: hits.length > 0 && next < total ? next : null };
  }

  /** `/simpleSearch` pages by offset (`from`). */
  pageCursor(index: number): PageCursor | null {
    return index > 0 ? index * this.pageSize : null;
  }

  async rootFolder(signal?: AbortSignal): Promise<DamFolder> {
    const data = await this.#categoryInfo({ categoryID: '0' }, signal);
    return { id: data.categoryGuid, title: data.name ?? '', kind: data.assetType === 'Webpage' ? 'webpage' : 'folder' };
  }

  /**
   * Folders and webpages directly in a folder, as the documentation's browse UI asks for them
   * (`parentCategoryGUID`, `assetType=Folder,Webpage`). Never with `fileType`, which drops folders:
   * a restricted browse makes this call and a separate one for the files.
   */
  async listFolders(parentId: string, cursor: PageCursor | null | undefined, signal?: AbortSignal): Promise<FolderPage> {
    const from = cursor ?? 0;
    const params = new URLSearchParams({
      parentCategoryGUID: parentId,
      assetType: 'Folder,Webpage',
      from: String(from),
      size: String(FOLDER_PAGE_SIZE),
      sourceFields: 'title,assetType',
    });
    const { hits, total } = await this.#simpleSearch(params, signal);
    const folders = hits
      .filter((hit) => hit._type === 'folder' || hit._type === undefined)
      .map((hit): DamFolder => ({
        id: hit._id,
        title: text(hit._source, 'title') ?? '',
        kind: text(hit._source, 'assetType') === 'Webpage' ? 'webpage' : 'folder',
        parentId,
      }));
    const next = from + hits.length;
    return { folders, total, nextCursor: hits.length > 0 && next < total ? next : null };
  }

  /** `/getCategoryInfo?categoryGUID=…`: the folder and its `path` of ancestors (the root first). */
  async folderPath(id: string, signal?: AbortSignal): Promise<DamFolder[]> {
    const data = await this.#categoryInfo({ categoryGUID: id }, signal);
    const path: DamFolder[] = (data.path ?? []).map((entry, index, all) => ({
      id: entry.categoryGuid,
      title: entry.name ?? '',
      kind: entry.assetType === 'Webpage' ? 'webpage' : 'folder',
      ...(index > 0 ? { parentId: all[index - 1]!.categoryGuid } : {}),
    }));
    const parentId = data.path?.at(-1)?.categoryGuid;
    path.push({
      id: data.categoryGuid,
      title: data.name ?? '',
      kind: data.assetType === 'Webpage' ? 'webpage' : 'folder',
      ...(parentId ? { parentId } : {}),
    });
    return path;
  }

  /**
   * Counts from /search terms aggregations (asset type, file type, the metadata fields). When
   * /search fails, the filters /simpleSearch supports, without counts (`degraded`).
   */
  facets(query: SearchQuery, signal?: AbortSignal): Promise<FacetResult> {
    return facetsOrFallback(
      async () => {
        const { aggregations } = await this.#native(facetsRequest(query, this.facetFields), signal);
        if (!aggregations) throw new DamError('malformed-response', '/search returned no aggregations.');
        return { groups: facetsFromAggregations(aggregations, query, this.facetFields), counts: 'query', degraded: false };
      },
      () => basicFacets(query),
      signal,
    );
  }

  async #simpleSearch(params: URLSearchParams, signal?: AbortSignal): Promise<{ hits: BrandworkzHit[]; total: number }> {
    const { base } = await this.#locate();
    const body = await this.#http.json({ url: `${base}/simpleSearch?${params}`, signal });
    const response = parseResponse(SimpleSearchResponseSchema, body, '/simpleSearch');
    assertSuccess(response.result, '/simpleSearch');
    const { hits, total } = response.searchResult;
    return { hits, total: typeof total === 'number' ? total : total.value };
  }

  async #native(request: unknown, signal?: AbortSignal): Promise<{ hits: BrandworkzHit[]; total: number; aggregations?: Record<string, unknown> }> {
    const { base } = await this.#locate();
    const body = await this.#http.json({
      url: `${base}/search`,
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      signal,
    });
    const response = parseResponse(NativeSearchResponseSchema, body, '/search');
    assertSuccess(response.result, '/search');
    const result = response.searchResult ?? response.data;
    if (!result) throw new DamError('malformed-response', "The DAM's answer to /search had no search result.");
    const hits = Array.isArray(result.hits) ? result.hits : result.hits.hits;
    const rawTotal = Array.isArray(result.hits) ? result.total : result.hits.total;
    const total = rawTotal === undefined ? hits.length : typeof rawTotal === 'number' ? rawTotal : rawTotal.value;
    return { hits, total, ...(result.aggregations ? { aggregations: result.aggregations } : {}) };
  }

  async #categoryInfo(params: Record<string, string>, signal?: AbortSignal) {
    const { base } = await this.#locate();
    const body = await this.#http.json({ url: `${base}/getCategoryInfo?${new URLSearchParams(params)}`, signal });
    const response = parseResponse(CategoryInfoResponseSchema, body, '/getCategoryInfo');
    assertSuccess(response.result, '/getCategoryInfo');
    return response.data;
  }

  /**
   * The documented way to fetch one asset: its GUID as the search term of /simpleSearch, one request per id. One
   * request for them all would need /search (an Elastic `ids` query), whose request format is not public: the
   * lookups run `LOOKUP_CONCURRENCY` at a time instead ("Recently used" asks for up to 50).
   */
  async getAssets(ids: readonly string[], signal?: AbortSignal): Promise<DamAsset[]> {
    const limiter = new Limiter(LOOKUP_CONCURRENCY);
    const found = await Promise.all(
      ids.map((id) =>
        limiter.run(async () => {
          const page = await this.search({ keyword: id }, null, signal);
          return page.assets.find((asset) => asset.id === id);
        }, signal),
      ),
    );
    return found.filter((asset): asset is DamAsset => asset !== undefined);
  }

  /**
   * Uploads into a folder: /createUploadPath, presigned PUTs, /assemble, /importAsset (`brandworkz-upload.ts`, a
   * chunk of its own: a picker without upload does not fetch it).
   */
  createUploader(options?: DamUploaderOptions): DamUploader {
    const api = { ...uploaderApi(this, this.#options), base: async () => (await this.#locate()).base };
    return lazyUploader(
      async () => new (await import('./brandworkz-upload.js')).BrandworkzUploader(api, options),
      (assetId, update, signal) => this.updateMetadata(assetId, update, signal),
    );
  }

  /** /saveMetadata with `assetTitle`, `metadata` (custom fields by systemRef) and `metasetRef` (`saveMetadata`). */
  async updateMetadata(assetId: string, update: AssetMetadataUpdate, signal?: AbortSignal): Promise<StoredMetadata> {
    const [{ base }, { saveMetadata, uploadEndpointsClient }] = await Promise.all([this.#locate(), import('./brandworkz-upload.js')]);
    this.#uploadHttp ??= uploadEndpointsClient(this.#options);
    return saveMetadata(this.#uploadHttp, base, assetId, update, signal);
  }

  /** The root folder's GUID (`/getCategoryInfo?categoryID=0`). */
  async rootFolderId(signal?: AbortSignal): Promise<string> {
    return (await this.rootFolder(signal)).id;
  }

  /** `site`: where relative links in the hit point (`objectURL`). */
  #toAsset(hit: BrandworkzHit, site: string | undefined): DamAsset {
    const source = hit._source;
    const assetType = text(source, 'assetType');
    const fileType = text(source, 'fileType')?.toLowerCase().replace(/^\./, '');
    const asset: DamAsset = {
      id: hit._id,
      provider: 'brandworkz',
      title: text(source, 'title') ?? '',
      type: kindOfAssetType(assetType) ?? 'other',
      source,
    };
    const thumbnailUrl = safeImageUrl(source['thumbnailUrlCdn']);
    // Inferred field names (see SOURCE_FIELDS): the publish and expiry dates and status /saveMetadata sets.
    const validFrom = isoDateOf(source['assetPublishDate']);
    const expiresAt = isoDateOf(source['assetExpiryDate']);
    const tags = (text(source, 'extendedKeywords') ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    // `embed_link` (the /assetInsert callback's name for the published file): a playable preview of video and audio.
    const kind = kindOfAssetType(assetType);
    const embed = kind === 'video' || kind === 'audio' ? safeHttpUrl(source['embed_link']) : undefined;
    return withDefined(asset, {
      description: text(source, 'description') || undefined,
      fileType: fileType || undefined,
      thumbnailUrl,
      // The file at full size, as the vendor's /assetInsert returns it: what a host publishes.
      url: safeHttpUrl(source['embed_link']),
      mimeType: text(source, 'mimetype') || undefined,
      webUrl: site ? safeHttpUrl(source['objectURL'], site) : undefined,
      width: numeric(source, 'pixelWidth'),
      height: numeric(source, 'pixelHeight'),
      fileSize: numeric(source, 'fileSize'),
      version: numeric(source, 'version'),
      folderId: text(source, 'categoryGUID'),
      createdAt: isoDateOf(source['dateCreated']),
      modifiedAt: isoDateOf(source['dateModified']),
      // `extendedKeywords` is the documented "simplified keywords list", comma-separated.
      tags: tags.length ? [...new Set(tags)] : undefined,
      validFrom,
      expiresAt,
      status: assetStatusOf({ validFrom, expiresAt, viewOnly: numeric(source, 'assetStatus') === 2 }),
      copyright: text(source, 'copyright')?.trim() || undefined,
      usageRights: text(source, 'usageRights')?.trim() || undefined,
      // The documented thumbnail is the largest still the search gives (a 320×320 box); `embed_link` for images where sent.
      previewUrl: (kind === 'image' ? safeImageUrl(source['embed_link']) : undefined) ?? thumbnailUrl,
      mediaPreviewUrl: embed,
    });
  }

  /**
   * Where the site's API is: discovered once per page (see `locations`) and shared by its pickers, so one
   * caller's abort does not cancel it (that caller's own request, sent next, is aborted at once).
   */
  #locate(): Promise<ApiLocation> {
    const url = this.#discoveryRequest;
    let locate = locations.get(url);
    // Whichever provider starts a discovery (the first, or the next after a failure) sends it with its own client.
    if (!locate) locations.set(url, (locate = cachedUntilFailure((provider: BrandworkzProvider) => provider.#discover(url))));
    return locate(this);
  }

  async #discover(url: string): Promise<ApiLocation> {
    const body = await this.#http.json({ url, auth: false });
    const response = parseResponse(ApiUrlResponseSchema, body, '/getAPIURL');
    assertSuccess(response.result, '/getAPIURL');
    const location = safeHttpUrl(response.data.api_url);
    const apiUrl = location === undefined ? undefined : withoutTrailingSlashes(location);
    if (!apiUrl) throw new DamError('malformed-response', '/getAPIURL returned an api_url that is not http(s).');
    const clientDb = response.data.client_id;
    const version = String(response.data.version).replace(/^v/i, '');
    return { apiUrl, clientDb, base: `${apiUrl}/v${version}/${encodeURIComponent(clientDb)}` };
  }
}

loadedProviders.set('brandworkz', BrandworkzProvider);
