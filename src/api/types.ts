// Public types of the API layer: the asset JSON hosts receive, the provider
// interface every DAM adapter implements, and the shapes passed between them.
// Nothing here knows a vendor's field names, Lit or the DOM.
import type { DamUploader, DamUploaderOptions } from './upload/types.js';

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
  /**
   * An absolute http(s) URL of the file to embed: Bynder's public original, or the rendition chosen
   * in the confirm step (Dynamic Asset Transformation).
   */
  url?: string;
  /** The rendition `url` points at, e.g. `original`, `w1600.jpg`, `square.webp` (Bynder images). */
  rendition?: string;
  /** The file's media type, e.g. `image/jpeg`, when the DAM gives it or the suffix implies it. */
  mimeType?: string;
  /** When the asset was created in the DAM (ISO 8601). */
  createdAt?: string;
  /** When the asset was last modified in the DAM (ISO 8601). */
  modifiedAt?: string;
  /** Keywords or tags as the DAM lists them. */
  tags?: string[];
  /** The point of interest to keep in view when cropping: `x` and `y` in 0–1 from the top-left. */
  focalPoint?: FocalPoint;
  /** Alt text the editor entered for this use (`""`: decorative); absent when the picker did not ask (`alt-text="off"`). */
  alt?: string;
  /** From when the asset may be used (ISO 8601), when the DAM limits it. */
  validFrom?: string;
  /** Until when the asset may be used (ISO 8601), when the DAM limits it. */
  expiresAt?: string;
  /** Whether the asset may be used now; `active` when the DAM says nothing against it. */
  status?: AssetStatus;
  /** Copyright line as the DAM holds it. */
  copyright?: string;
  /** Usage rights or licence text as the DAM holds it. */
  usageRights?: string;
  /** The largest still preview the DAM offers for viewing (not for publishing): the details panel's image. */
  previewUrl?: string;
  /** A playable preview of a video or audio asset (http(s)), when the DAM gives one. */
  mediaPreviewUrl?: string;
  /** The record as the DAM sent it. */
  source: Record<string, unknown>;
}

/** A point in an image, as fractions of its width and height (0–1, from the top-left). */
export interface FocalPoint {
  x: number;
  y: number;
}

/**
 * Whether an asset may be used: `expired` (past `expiresAt`), `not-yet-valid` (before `validFrom`),
 * `view-only` (may be looked at, not downloaded or published: Brandworkz `assetStatus` 2, Bynder `limited`),
 * `archived` (Bynder `archive`), else `active`.
 */
export type AssetStatus = 'active' | 'expired' | 'not-yet-valid' | 'view-only' | 'archived';

/** The order of results: `relevance` needs a keyword; `title` is A–Z, `title-desc` Z–A. */
export type SortOrder = 'relevance' | 'newest' | 'oldest' | 'title' | 'title-desc';

/** A node of the browse structure: a Brandworkz folder or webpage, a Bynder collection. */
export interface DamFolder {
  id: string;
  title: string;
  kind: 'folder' | 'webpage' | 'collection';
  parentId?: string;
  /** `false` when the DAM says it has no sub-folders (Bynder collections never nest); absent: unknown until listed. */
  hasChildren?: boolean;
}

/** What the user asked for plus the integrator's restrictions: one search. */
export interface SearchQuery {
  /** Free text; empty means "everything in scope". */
  keyword: string;
  /** Restrict to this folder (or collection). */
  folderId?: string;
  /** `descendants` (default): the folder and below; `children`: direct children only. */
  folderScope?: FolderScope;
  /** Restriction: only these kinds; empty or absent means every asset kind (never folders). */
  assetTypes?: AssetKind[];
  /** Restriction: only these lower-case suffixes; empty or absent means any. */
  fileTypes?: string[];
  /**
   * The user's facet choices, by facet group id (`FacetGroup.id`): OR within a group, AND across
   * groups. They only ever narrow the restrictions above, never widen them.
   */
  filters?: Record<string, string[]>;
  /** The order of results; absent: the DAM's default (relevance with a keyword, else newest first). */
  sort?: SortOrder;
  /**
   * Leave out assets whose `status` is not `active` (`restricted-assets="hide"`), where the DAM can filter
   * them; a provider that cannot filters the page client-side and sets `SearchPage.totalIsApproximate`.
   */
  activeOnly?: boolean;
}

/** How a folder limits a search: its direct children, or the folder and everything below it. */
export type FolderScope = 'children' | 'descendants';

/** One page of a folder's sub-folders (or of the collections, for a DAM without nesting). */
export interface FolderPage {
  folders: DamFolder[];
  /** Total sub-folders across all pages. */
  total: number;
  nextCursor: PageCursor | null;
}

/** A value of a facet: a filter the user can tick. */
export interface FacetOption {
  /** What goes into `SearchQuery.filters[group.id]`. */
  value: string;
  /** Display text from the DAM; absent for the well-known groups, which the UI labels itself. */
  label?: string;
  /** Matching assets, when the DAM can count them (see `FacetResult.counts`). */
  count?: number;
}

/**
 * A facet: `asset-type` (values are `AssetKind`s) and `file-type` (lower-case suffixes) are
 * well-known ids every provider uses; other ids are the DAM's own metadata fields.
 */
export interface FacetGroup {
  id: string;
  /** Display name from the DAM; the UI labels the well-known groups itself. */
  label: string;
  options: FacetOption[];
}

export interface FacetResult {
  groups: FacetGroup[];
  /**
   * What the counts mean: `query` — they follow the current keyword, folder and other filters;
   * `portal` — DAM-wide totals that ignore the search (Bynder's metaproperty counts); `none` — no counts.
   */
  counts: 'query' | 'portal' | 'none';
  /** The DAM's facet service failed: only the basic filters are offered. */
  degraded: boolean;
}

/**
 * What the nodes of a provider's browse structure are: `folder` (Brandworkz folders and webpages) or
 * `collection` (Bynder's flat collections). The UI maps it to its own translated words.
 */
export type FolderNoun = 'folder' | 'collection';

/** What an upload destination is when uploads do not go into the browsed folder: `brand` (Bynder). */
export type UploadDestinationNoun = 'brand';

/**
 * The provider's concepts, named by values the UI maps to translated strings (`msg()`): the API layer
 * holds no UI text, and the strings stay in the components, where they are extracted.
 */
export interface ProviderVocabulary {
  /** The nodes of the browse tree (the sidebar's "Folders" or "Collections"). */
  readonly folder: FolderNoun;
  /** Where uploads go, when the editor chooses it among `DamUploader.destinations()`; absent: into the browsed folder. */
  readonly uploadDestination?: UploadDestinationNoun;
}

/** What a provider's browse structure supports. */
export interface ProviderCapabilities {
  /** The folder scopes the DAM can search (a flat collection has only `children`). */
  folderScopes: readonly FolderScope[];
}

/** An opaque position in a result list (an offset for Brandworkz, a page number for Bynder). */
export type PageCursor = number;

export interface SearchPage {
  assets: DamAsset[];
  /** Total hits of the query across all pages. */
  total: number;
  /** `true` when `total` counts assets the page left out client-side (see `SearchQuery.activeOnly`). */
  totalIsApproximate?: boolean;
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
  /** The RFC 7009 token revocation endpoint, where the DAM has one: sign-out revokes the tokens there. */
  revocationEndpoint?: string;
}

/** Metadata to set on an asset (`DamProvider.updateMetadata`). */
export interface AssetMetadataUpdate {
  title?: string;
  /** Custom fields by the DAM's field name; several values for multiple-choice fields. */
  fields?: Readonly<Record<string, string | readonly string[]>>;
  /** The group the fields belong to, where the DAM has one (Brandworkz `metasetRef`). */
  fieldSet?: string;
}

/** What the DAM stored of an `AssetMetadataUpdate`. */
export interface StoredMetadata {
  /** Set whenever the update set a title: the DAM's, which may differ from the one sent (or that one, when the DAM does not say). */
  title?: string;
}

/** A DAM adapter. Implementations live in `providers/<name>/` and are the only code that knows vendor field names. */
export interface DamProvider {
  readonly name: ProviderName;
  /** The DAM's product name for headings ("Choose from Bynder"): a proper name, not translated. */
  readonly label: string;
  /** What the provider's browse nodes and upload destinations are, for the UI to name. */
  readonly vocabulary: ProviderVocabulary;
  /** Finds the DAM's API and sign-in endpoints (Brandworkz: `/getAPIURL`). Cached after the first call. */
  connect(signal?: AbortSignal): Promise<AuthEndpoints>;
  /** One page of results. `cursor` is `null` (or `undefined`) for the first page. */
  search(query: SearchQuery, cursor: PageCursor | null | undefined, signal?: AbortSignal): Promise<SearchPage>;
  /** Results per page of `search` (`page-size`, within what the DAM allows). */
  readonly pageSize: number;
  /** The cursor of result page `index` (0-based, `pageSize` results each): random access into a long result list. */
  pageCursor(index: number): PageCursor | null;
  /** The assets with these ids that exist and are visible to the user, in the order given. */
  getAssets(ids: readonly string[], signal?: AbortSignal): Promise<DamAsset[]>;
  /** Uploads, when the DAM supports them: the protocol `UploadEngine` drives (see `upload/`). */
  createUploader?(options?: DamUploaderOptions): DamUploader;
  /**
   * Sets an asset's title and/or custom metadata fields; resolves with what the DAM stored. The one way
   * to change an asset: an uploader passes it on for `UploadEngine.renameAsset()` (fixing a title after upload).
   */
  updateMetadata?(assetId: string, update: AssetMetadataUpdate, signal?: AbortSignal): Promise<StoredMetadata>;
  readonly capabilities: ProviderCapabilities;
  /** The top of the browse structure (Brandworkz: the root category; Bynder: a virtual "all collections"). */
  rootFolder(signal?: AbortSignal): Promise<DamFolder>;
  /** One page of a folder's direct sub-folders, in the DAM's browse order. `cursor` `null` for the first page. */
  listFolders(parentId: string, cursor: PageCursor | null | undefined, signal?: AbortSignal): Promise<FolderPage>;
  /** The folders from the DAM's root down to `id`, both included. */
  folderPath(id: string, signal?: AbortSignal): Promise<DamFolder[]>;
  /** Facet groups with options (and counts when the DAM has them) for this query, within its restrictions. */
  facets(query: SearchQuery, signal?: AbortSignal): Promise<FacetResult>;
  /**
   * Renditions chosen at selection time (Bynder's Dynamic Asset Transformation): the sizes and formats
   * the confirm step offers. With it, `hasRenditions` and `withRendition`.
   */
  readonly renditionOptions?: RenditionOptions;
  /** The sort orders the DAM can give (`relevance` only applies with a keyword); the UI offers these. */
  readonly sortOrders?: readonly SortOrder[];
  /**
   * The asset with `url` set to a file the host can publish, asked of the DAM at confirm time, for assets
   * whose search record has none (Bynder private assets and non-images: the download operation).
   * Resolves with the asset unchanged when there is nothing to ask.
   */
  resolveFileUrl?(asset: DamAsset, signal?: AbortSignal): Promise<DamAsset>;
  /**
   * A still preview of `asset` at most `side` device pixels on either side (the details panel asks for its own
   * size), where the DAM makes images to size; `undefined`: `previewUrl` is the preview.
   */
  previewAt?(asset: DamAsset, side: number): string | undefined;
  /** Whether this asset has renditions (`renditionOptions`). */
  hasRenditions?(asset: DamAsset): boolean;
  /** The asset with `url` and `rendition` set for the choice; unchanged when it has no renditions. */
  withRendition?(asset: DamAsset, choice: RenditionChoice): DamAsset;
}

/**
 * A rendition size a provider offers: the original, a width in pixels, or a square crop of `side`
 * pixels around the focus point. `id` goes into `RenditionChoice.preset` (and `DamAsset.rendition`).
 * The UI words it from `kind` (and the numbers).
 */
export type RenditionSize =
  | { readonly id: string; readonly kind: 'original' }
  | { readonly id: string; readonly kind: 'width'; readonly width: number }
  | { readonly id: string; readonly kind: 'square'; readonly side: number };

/** A file format of renditions: `id` goes into `RenditionChoice.format`; `label` is the format's name (`WebP`), not translated. */
interface RenditionFormatOption {
  readonly id: string;
  readonly label: string;
}

/** The renditions a provider offers; the first size and the first format are the default choice. */
export interface RenditionOptions {
  readonly sizes: readonly RenditionSize[];
  readonly formats: readonly RenditionFormatOption[];
}

/** The rendition the editor chose (ids from `RenditionOptions`). */
export interface RenditionChoice {
  /** A `RenditionSize.id` (the sizes are the provider's, `DamProvider.renditionOptions`). */
  preset: string;
  /** A `RenditionFormatOption.id`. */
  format: string;
}

/** Supplies bearer tokens to the HTTP layer. */
export interface TokenSource {
  /** A current access token (may refresh first when the token is about to expire). */
  getAccessToken(): Promise<string>;
  /** Called once after a 401: refresh and return a new token, or throw when that is impossible. */
  refreshAccessToken(): Promise<string>;
}
