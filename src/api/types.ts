// Public types of the API layer: the asset JSON hosts receive, the provider
// interface every DAM adapter implements, and the shapes passed between them.
// Nothing here knows a vendor's field names, Lit or the DOM.

export type ProviderName = 'brandworkz' | 'bynder';

export type AssetKind = 'image' | 'video' | 'audio' | 'document' | 'other';

/** The asset JSON a host page receives (`dam-select`, `dam-upload`). Plain data: `JSON.stringify` round-trips it. */
export interface DamAsset {
  id: string;
  provider: ProviderName;
  title: string;
  description?: string;
  type: AssetKind;
  /** Lower-case file suffix, e.g. `jpg`. */
  fileType?: string;
  /** http(s) or `data:image/…` only. */
  thumbnailUrl?: string;
  /** Absolute http(s) URL of the asset in the DAM's own web UI. */
  webUrl?: string;
  width?: number;
  height?: number;
  fileSize?: number;
  version?: number;
  /** Id of the containing folder (Brandworkz category GUID) when known. */
  folderId?: string;
  /** The record as the DAM sent it. */
  source: Record<string, unknown>;
}

/** A node of the browse structure: a Brandworkz folder or webpage, a Bynder collection. */
export interface DamFolder {
  id: string;
  title: string;
  kind: 'folder' | 'webpage' | 'collection';
  parentId?: string;
}

/** What the user asked for plus the integrator's restrictions: one search. */
export interface SearchQuery {
  /** Free text; empty means "everything in scope". */
  keyword: string;
  /** Restrict to this folder (or collection). */
  folderId?: string;
  /** `descendants` (default): the folder and below; `children`: direct children only. */
  folderScope?: 'children' | 'descendants';
  /** Only these kinds; empty or absent means every asset kind (never folders). */
  assetTypes?: AssetKind[];
  /** Only these lower-case suffixes; empty or absent means any. */
  fileTypes?: string[];
}

/** An opaque position in a result list (an offset for Brandworkz, a page number for Bynder). */
export type PageCursor = number;

export interface SearchPage {
  assets: DamAsset[];
  /** Total hits of the query across all pages. */
  total: number;
  /** Where the next page starts, or `null` at the end. */
  nextCursor: PageCursor | null;
}

/** How to sign in to a DAM: what an OAuth 2 client needs, found by the provider. */
export interface AuthEndpoints {
  /** Identifies the authorization server (used to key stored tokens). */
  issuer: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  scope: string;
  /** Extra query parameters for the authorization request (Brandworkz `clientDb`). */
  extraAuthParams?: Record<string, string>;
  /** Extra form fields for token requests (Brandworkz `client_db`). */
  extraTokenParams?: Record<string, string>;
}

/** A DAM adapter. Implementations live in `providers/<name>/` and are the only code that knows vendor field names. */
export interface DamProvider {
  readonly name: ProviderName;
  /** Finds the DAM's API and sign-in endpoints (Brandworkz: `/getAPIURL`). Cached after the first call. */
  connect(signal?: AbortSignal): Promise<AuthEndpoints>;
  /** One page of results. `cursor` is `null` (or `undefined`) for the first page. */
  search(query: SearchQuery, cursor: PageCursor | null | undefined, signal?: AbortSignal): Promise<SearchPage>;
  /** The assets with these ids that exist and are visible to the user, in the order given. */
  getAssets(ids: readonly string[], signal?: AbortSignal): Promise<DamAsset[]>;
}

/** Supplies bearer tokens to the HTTP layer. */
export interface TokenSource {
  /** A current access token (may refresh first when the token is about to expire). */
  getAccessToken(): Promise<string>;
  /** Called once after a 401: refresh and return a new token, or throw when that is impossible. */
  refreshAccessToken(): Promise<string>;
}
