// Brandworkz API v1.6 adapter: discovery through /getAPIURL, search and browse
// through /simpleSearch, hits mapped to DamAsset. The only module that knows
// Brandworkz field names.
import { DamError, type DamErrorCode } from '../../errors.js';
import { HttpClient, type RetryPolicy } from '../../http.js';
import type { AssetKind, AuthEndpoints, DamAsset, DamProvider, PageCursor, SearchPage, SearchQuery, TokenSource } from '../../types.js';
import { safeHttpUrl, safeImageUrl } from '../../url.js';
import { numeric, parseResponse, text } from '../../validate.js';
import {
  ApiUrlResponseSchema,
  CategoryInfoResponseSchema,
  SimpleSearchResponseSchema,
  type BrandworkzHit,
} from './schema.js';

export const BRANDWORKZ_DISCOVERY_URL = 'https://api.brandworkz.com';
/** Brandworkz caps `size` at 500. */
export const BRANDWORKZ_MAX_PAGE_SIZE = 500;

export interface BrandworkzProviderOptions {
  /** The Brandworkz site, passed as `clientURL` to /getAPIURL (e.g. `acme.brandworkz.com`). */
  site: string;
  /** Where /getAPIURL lives. */
  discoveryUrl?: string | undefined;
  pageSize?: number | undefined;
  tokens?: TokenSource | undefined;
  fetch?: typeof fetch;
  retry?: Partial<RetryPolicy>;
}

interface ApiLocation {
  apiUrl: string;
  /** `{api_url}/v{version}/{client_id}` */
  base: string;
  clientDb: string;
}

const KIND_TO_ASSET_TYPE: Record<Exclude<AssetKind, 'other'>, string> = {
  image: 'Image',
  video: 'Video',
  audio: 'Audio',
  document: 'Document',
};

const ASSET_TYPE_TO_KIND: Record<string, AssetKind> = {
  image: 'image',
  video: 'video',
  audio: 'audio',
  document: 'document',
};

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
  'categoryGUID',
].join(',');

const RESULT_CODE_ERRORS: Record<number, DamErrorCode> = {
  1: 'unauthorized',
  2: 'service-unavailable',
  3: 'invalid-argument',
  4: 'configuration',
};

/** Reads Brandworkz's `{ result: { code | status, message } }` envelope from an error body. */
export function describeBrandworkzError(_status: number, body: unknown): { message?: string; damCode?: number } {
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
  throw new DamError(RESULT_CODE_ERRORS[code] ?? 'http', result?.message || `${endpoint} failed (code ${code}).`, { damCode: code });
}

/** The site as an origin for resolving relative links: a bare host name means https. */
export function siteOrigin(site: string): string | undefined {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(site) ? site : `https://${site}`;
  return safeHttpUrl(withScheme);
}

export class BrandworkzProvider implements DamProvider {
  readonly name = 'brandworkz' as const;
  readonly pageSize: number;
  readonly #options: BrandworkzProviderOptions;
  readonly #http: HttpClient;
  #location: Promise<ApiLocation> | undefined;

  constructor(options: BrandworkzProviderOptions) {
    if (!options.site) throw new DamError('invalid-config', 'The Brandworkz provider needs a `site`.');
    this.#options = options;
    this.pageSize = Math.min(Math.max(1, Math.floor(options.pageSize ?? 50)), BRANDWORKZ_MAX_PAGE_SIZE);
    this.#http = new HttpClient({
      tokens: options.tokens,
      describeError: describeBrandworkzError,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.retry ? { retry: options.retry } : {}),
    });
  }

  async connect(signal?: AbortSignal): Promise<AuthEndpoints> {
    const { apiUrl, clientDb } = await this.#locate(signal);
    return {
      issuer: apiUrl,
      authorizationEndpoint: `${apiUrl}/oauth/authorize`,
      tokenEndpoint: `${apiUrl}/oauth/token`,
      scope: 'read',
      extraAuthParams: { clientDb },
      extraTokenParams: { client_db: clientDb },
    };
  }

  async search(query: SearchQuery, cursor: PageCursor | null | undefined, signal?: AbortSignal): Promise<SearchPage> {
    const { base } = await this.#locate(signal);
    const from = cursor ?? 0;
    const params = new URLSearchParams({ from: String(from), size: String(this.pageSize), sourceFields: SOURCE_FIELDS });
    const keyword = query.keyword.trim();
    if (keyword) params.set('searchterm', keyword);
    if (query.folderId) params.set(query.folderScope === 'children' ? 'parentCategoryGUID' : 'categoryGUID', query.folderId);
    params.set('assetType', this.#assetTypes(query.assetTypes));
    if (query.fileTypes?.length) params.set('fileType', query.fileTypes.map((type) => type.toLowerCase()).join(','));

    const body = await this.#http.json({ url: `${base}/simpleSearch?${params}`, signal });
    const response = parseResponse(SimpleSearchResponseSchema, body, '/simpleSearch');
    assertSuccess(response.result, '/simpleSearch');
    const { hits } = response.searchResult;
    const total = typeof response.searchResult.total === 'number' ? response.searchResult.total : response.searchResult.total.value;
    const origin = siteOrigin(this.#options.site);
    const assets = hits.filter((hit) => hit._type !== 'folder').map((hit) => this.#toAsset(hit, origin));
    const next = from + hits.length;
    return { assets, total, nextCursor: hits.length > 0 && next < total ? next : null };
  }

  async getAssets(ids: readonly string[], signal?: AbortSignal): Promise<DamAsset[]> {
    // The documented way to fetch one asset: its GUID as the search term.
    const found = await Promise.all(
      ids.map(async (id) => {
        const page = await this.search({ keyword: id }, null, signal);
        return page.assets.find((asset) => asset.id === id);
      }),
    );
    return found.filter((asset): asset is DamAsset => asset !== undefined);
  }

  /** The root folder's GUID (`/getCategoryInfo?categoryID=0`). */
  async rootFolderId(signal?: AbortSignal): Promise<string> {
    const { base } = await this.#locate(signal);
    const body = await this.#http.json({ url: `${base}/getCategoryInfo?categoryID=0`, signal });
    const response = parseResponse(CategoryInfoResponseSchema, body, '/getCategoryInfo');
    assertSuccess(response.result, '/getCategoryInfo');
    return response.data.categoryGuid;
  }

  #assetTypes(kinds: AssetKind[] | undefined): string {
    const wanted = kinds?.length ? kinds : (Object.keys(KIND_TO_ASSET_TYPE) as AssetKind[]);
    const types = wanted.flatMap((kind) => (kind === 'other' ? [] : [KIND_TO_ASSET_TYPE[kind]]));
    // Only 'other' asked for: Brandworkz has no such type; ask for all asset types rather than folders.
    return (types.length ? types : Object.values(KIND_TO_ASSET_TYPE)).join(',');
  }

  #toAsset(hit: BrandworkzHit, origin: string | undefined): DamAsset {
    const source = hit._source;
    const assetType = text(source, 'assetType')?.toLowerCase() ?? '';
    const fileType = text(source, 'fileType')?.toLowerCase().replace(/^\./, '');
    const asset: DamAsset = {
      id: hit._id,
      provider: 'brandworkz',
      title: text(source, 'title') ?? '',
      type: ASSET_TYPE_TO_KIND[assetType] ?? 'other',
      source,
    };
    const optional: Partial<DamAsset> = {
      description: text(source, 'description') || undefined,
      fileType: fileType || undefined,
      thumbnailUrl: safeImageUrl(source['thumbnailUrlCdn']),
      webUrl: origin ? safeHttpUrl(source['objectURL'], origin) : undefined,
      width: numeric(source, 'pixelWidth'),
      height: numeric(source, 'pixelHeight'),
      fileSize: numeric(source, 'fileSize'),
      version: numeric(source, 'version'),
      folderId: text(source, 'categoryGUID'),
    };
    for (const [key, value] of Object.entries(optional)) {
      if (value !== undefined) (asset as unknown as Record<string, unknown>)[key] = value;
    }
    return asset;
  }

  #locate(signal?: AbortSignal): Promise<ApiLocation> {
    this.#location ??= this.#discover(signal).catch((error: unknown) => {
      this.#location = undefined; // let a later call try again
      throw error;
    });
    return this.#location;
  }

  async #discover(signal?: AbortSignal): Promise<ApiLocation> {
    const discovery = (this.#options.discoveryUrl ?? BRANDWORKZ_DISCOVERY_URL).replace(/\/+$/, '');
    const url = `${discovery}/getAPIURL?${new URLSearchParams({ clientURL: this.#options.site })}`;
    const body = await this.#http.json({ url, auth: false, signal });
    const response = parseResponse(ApiUrlResponseSchema, body, '/getAPIURL');
    assertSuccess(response.result, '/getAPIURL');
    const apiUrl = safeHttpUrl(response.data.api_url)?.replace(/\/+$/, '');
    if (!apiUrl) throw new DamError('malformed-response', '/getAPIURL returned an api_url that is not http(s).');
    const clientDb = response.data.client_id;
    const version = String(response.data.version).replace(/^v/i, '');
    return { apiUrl, clientDb, base: `${apiUrl}/v${version}/${encodeURIComponent(clientDb)}` };
  }
}
