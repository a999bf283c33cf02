// The integrator's restrictions (`asset-types`, `file-types`, `root-folder`), provider-neutral: parsed
// once, checked against every asset a DAM sends, and intersected with the user's filters (filters narrow,
// never widen). The checks of files before an upload are in upload/file-checks.ts (the upload chunk).
import { FACET_ASSET_TYPE, FACET_FILE_TYPE, filterValues, isAssetKind, normaliseFileType } from './filters.js';
import type { AssetKind, AssetStatus, DamAsset, DamProvider, FacetResult, SearchPage, SearchQuery } from './types.js';
import { Limiter } from './upload/limiter.js';

export interface Restrictions {
  /** Empty: any asset kind. */
  assetTypes: AssetKind[];
  /** Empty: any file type. Lower-case, without dots. */
  fileTypes: string[];
  /** Empty: the DAM's root. */
  rootFolder: string;
  /** Assets whose `status` is not `active`: `warn` (default), `block` or `hide`. */
  restrictedAssets: RestrictedAssetsMode;
}

/** What a search or an asset check needs of the restrictions (`SearchQuery` carries them too). */
export type KindAndFileType = Pick<SearchQuery, 'assetTypes' | 'fileTypes' | 'activeOnly'> & { restrictedAssets?: RestrictedAssetsMode };

/** Splits a comma list attribute into trimmed, lower-case, non-empty entries. */
function commaList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
}

/** `"png, .JPG"` or `['png', '.JPG']` → `['png', 'jpg']`. */
export function parseFileTypes(value: string | readonly string[] | null | undefined): string[] {
  const list = typeof value === 'string' ? value.split(',') : (value ?? []);
  return [...new Set(list.map(normaliseFileType).filter(Boolean))];
}

/** The attributes' values as restrictions; unknown asset kinds are dropped. */
export function parseRestrictions(assetTypes: string, fileTypes: string, rootFolder: string, restrictedAssets = ''): Restrictions {
  return {
    assetTypes: [...new Set(commaList(assetTypes).filter(isAssetKind))],
    fileTypes: parseFileTypes(fileTypes),
    rootFolder: rootFolder.trim(),
    restrictedAssets: parseRestrictedAssets(restrictedAssets),
  };
}

/** The restrictions as `SearchQuery` fields (the folder is set by the browse state); `hide` asks for active assets only. */
export function restrictionQuery(restrictions: Restrictions): Pick<SearchQuery, 'assetTypes' | 'fileTypes' | 'activeOnly'> {
  return {
    ...(restrictions.assetTypes.length ? { assetTypes: restrictions.assetTypes } : {}),
    ...(restrictions.fileTypes.length ? { fileTypes: restrictions.fileTypes } : {}),
    ...(restrictions.restrictedAssets === 'hide' ? { activeOnly: true } : {}),
  };
}

// ---- Assets -----------------------------------------------------------------------------------

/**
 * Whether an asset's kind, file type and status are allowed (its folder is the DAM's to check): with
 * `activeOnly`, or `restricted-assets` `block` or `hide`, a restricted asset never is.
 */
export function allowedAsset(asset: DamAsset, restrictions: KindAndFileType): boolean {
  const excludesRestricted = restrictions.activeOnly || (restrictions.restrictedAssets !== undefined && restrictions.restrictedAssets !== 'warn');
  if (excludesRestricted && isRestricted(asset)) return false;
  if (restrictions.assetTypes?.length && !restrictions.assetTypes.includes(asset.type)) return false;
  if (restrictions.fileTypes?.length && !restrictions.fileTypes.map(normaliseFileType).includes(asset.fileType ?? '')) return false;
  return true;
}

/**
 * The asset kinds the query may return: the restriction narrowed by the asset-type filter.
 * `undefined`: any kind; `[]`: none (the filter and the restriction do not overlap).
 */
export function allowedKinds(query: SearchQuery): AssetKind[] | undefined {
  const restriction = query.assetTypes?.length ? query.assetTypes : undefined;
  const chosen = filterValues(query.filters, FACET_ASSET_TYPE);
  if (!chosen?.length) return restriction;
  const kinds = chosen.filter(isAssetKind);
  return restriction ? kinds.filter((kind) => restriction.includes(kind)) : kinds;
}

/**
 * The asset kinds and file types the query may return (`undefined`: any), or `undefined` when the
 * user's filters and the restrictions do not overlap: then there is nothing to ask the DAM for.
 */
export function searchable(query: SearchQuery): { kinds: AssetKind[] | undefined; fileTypes: string[] | undefined } | undefined {
  const kinds = allowedKinds(query);
  const fileTypes = allowedFileTypes(query);
  return kinds?.length === 0 || fileTypes?.length === 0 ? undefined : { kinds, fileTypes };
}

/** The file types the query may return, like `allowedKinds`. */
export function allowedFileTypes(query: SearchQuery): string[] | undefined {
  const restriction = query.fileTypes?.length ? query.fileTypes.map(normaliseFileType) : undefined;
  const chosen = filterValues(query.filters, FACET_FILE_TYPE)?.map(normaliseFileType);
  if (!chosen?.length) return restriction;
  return restriction ? chosen.filter((type) => restriction.includes(type)) : chosen;
}

/** Facet options outside the restrictions are never offered. */
export function restrictFacets(result: FacetResult, restrictions: Restrictions): FacetResult {
  const groups = result.groups.map((group) => {
    if (group.id === FACET_ASSET_TYPE && restrictions.assetTypes.length) {
      return { ...group, options: group.options.filter((option) => (restrictions.assetTypes as string[]).includes(option.value)) };
    }
    if (group.id === FACET_FILE_TYPE && restrictions.fileTypes.length) {
      return { ...group, options: group.options.filter((option) => restrictions.fileTypes.includes(normaliseFileType(option.value))) };
    }
    return group;
  });
  return { ...result, groups };
}

/** Lookups of assets one id at a time (a search each) run at most this many at once: a browser's connections are shared. */
export const LOOKUP_CONCURRENCY = 6;

/**
 * Looks assets up by id inside the restrictions (kind, file type, `root-folder`): a preselected
 * id outside them is never returned, so it can never be confirmed.
 */
export async function findWithinRestrictions(provider: DamProvider, ids: readonly string[], restrictions: Restrictions): Promise<DamAsset[]> {
  const root = restrictions.rootFolder;
  const scope = root ? { folderId: root, folderScope: 'descendants' as const } : {};
  const limiter = new Limiter(LOOKUP_CONCURRENCY);
  const pages = await Promise.all(ids.map((id) => limiter.run(() => provider.search({ keyword: id, ...restrictionQuery(restrictions), ...scope }, null))));
  return pages.flatMap((page) => page.assets).filter((asset) => ids.includes(asset.id) && allowedAsset(asset, restrictions));
}

// ---- Rights and expiry at pick time -----------------------------------------------------------

/** What the picker does with assets whose `status` is not `active` (`restricted-assets`). */
export type RestrictedAssetsMode = 'warn' | 'block' | 'hide';

function parseRestrictedAssets(value: string | null | undefined): RestrictedAssetsMode {
  const mode = (value ?? '').trim().toLowerCase();
  return mode === 'block' || mode === 'hide' ? mode : 'warn';
}

/** Whether the asset may not be used as it is now (expired, not yet valid, view only, archived). */
export function isRestricted(asset: DamAsset): boolean {
  return asset.status !== undefined && asset.status !== 'active';
}

const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})[-/\\](\d{1,2})[-/\\](\d{1,2})$/;

/**
 * A DAM's date as ISO 8601: `2026-03-31T12:00:00Z` stays as it is (normalised), a date alone
 * (`2026-03-31`, and `2026/03/31` or `2026\03\31` as Brandworkz recommends posting them) becomes
 * `2026-03-31`. `undefined` for anything else.
 */
export function isoDateOf(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const text = value.trim();
  const day = DATE_ONLY.exec(text);
  if (day) {
    const [, y, m, d] = day;
    const iso = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
    return Number.isNaN(Date.parse(iso)) ? undefined : iso;
  }
  // Only full ISO date-times: `Date.parse` reads other forms differently per browser.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** The first moment of an ISO date (a date alone: its start, UTC) and the first moment after it (a date alone: the next day). */
function bounds(iso: string): { start: number; end: number } {
  const ms = Date.parse(iso);
  return iso.length === 10 ? { start: ms, end: ms + DAY_MS } : { start: ms, end: ms };
}

export interface RightsFacts {
  validFrom?: string | undefined;
  expiresAt?: string | undefined;
  viewOnly?: boolean | undefined;
  archived?: boolean | undefined;
}

/**
 * The status at mapping time: the dates first (an asset past its expiry is `expired` whatever else it
 * is), then view only, then archived. An expiry date alone (no time) lasts to the end of that day (UTC).
 */
export function assetStatusOf(facts: RightsFacts, now: number = Date.now()): AssetStatus {
  if (facts.expiresAt && now >= bounds(facts.expiresAt).end) return 'expired';
  if (facts.validFrom && now < bounds(facts.validFrom).start) return 'not-yet-valid';
  if (facts.viewOnly) return 'view-only';
  if (facts.archived) return 'archived';
  return 'active';
}

/**
 * `activeOnly` where the DAM could not filter: the page without restricted assets, its total marked
 * approximate (the DAM's total still counts the restricted assets of every page, loaded or not).
 */
export function withoutRestricted(page: SearchPage, query: SearchQuery): SearchPage {
  if (!query.activeOnly) return page;
  return { ...page, assets: page.assets.filter((asset) => !isRestricted(asset)), totalIsApproximate: true };
}
