// The integrator's restrictions (`asset-types`, `file-types`, `root-folder`) parsed once, and the
// checks that keep everything the picker shows inside them, whatever a DAM sends. Also parses
// `facet-fields`, the other attribute that shapes what the sidebar offers.
import { FACET_ASSET_TYPE, FACET_FILE_TYPE, isAssetKind, normaliseFileType } from '../../api/filters.js';
import type { AssetKind, DamAsset, DamProvider, FacetResult, SearchQuery } from '../../api/types.js';

export interface Restrictions {
  /** Empty: any asset kind. */
  assetTypes: AssetKind[];
  /** Empty: any file type. Lower-case, without dots. */
  fileTypes: string[];
  /** Empty: the DAM's root. */
  rootFolder: string;
}

/** Splits a comma list attribute into trimmed, lower-case, non-empty entries. */
export function commaList(value: string | null | undefined): string[] {
  return (value ?? '').split(',').map((part) => part.trim().toLowerCase()).filter(Boolean);
}

/** `brand:Brand, usageRights:Usage rights` → fields with labels (the label defaults to the field); empty → `undefined`. */
export function parseFacetFields(value: string | null | undefined): Array<{ field: string; label: string }> | undefined {
  const fields = (value ?? '').split(',').flatMap((entry) => {
    const [field = '', ...label] = entry.split(':');
    return field.trim() ? [{ field: field.trim(), label: label.join(':').trim() || field.trim() }] : [];
  });
  return fields.length ? fields : undefined;
}

export function parseRestrictions(assetTypes: string, fileTypes: string, rootFolder: string): Restrictions {
  return {
    assetTypes: [...new Set(commaList(assetTypes).filter(isAssetKind))],
    fileTypes: [...new Set(commaList(fileTypes).map(normaliseFileType).filter(Boolean))],
    rootFolder: rootFolder.trim(),
  };
}

/** The restrictions as `SearchQuery` fields (the folder is set by the browse state). */
export function restrictionQuery(restrictions: Restrictions): Pick<SearchQuery, 'assetTypes' | 'fileTypes'> {
  return {
    ...(restrictions.assetTypes.length ? { assetTypes: restrictions.assetTypes } : {}),
    ...(restrictions.fileTypes.length ? { fileTypes: restrictions.fileTypes } : {}),
  };
}

/** Whether an asset's kind and file type are allowed (its folder is the DAM's to check). */
export function allowedAsset(asset: DamAsset, restrictions: Restrictions): boolean {
  if (restrictions.assetTypes.length && !restrictions.assetTypes.includes(asset.type)) return false;
  if (restrictions.fileTypes.length && !restrictions.fileTypes.includes(asset.fileType ?? '')) return false;
  return true;
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

/**
 * Looks assets up by id inside the restrictions (kind, file type, `root-folder`): a preselected
 * id outside them is never returned, so it can never be confirmed.
 */
export async function findWithinRestrictions(provider: DamProvider, ids: readonly string[], restrictions: Restrictions): Promise<DamAsset[]> {
  const root = restrictions.rootFolder;
  const scope = root ? { folderId: root, folderScope: 'descendants' as const } : {};
  const pages = await Promise.all(ids.map((id) => provider.search({ keyword: id, ...restrictionQuery(restrictions), ...scope }, null)));
  return pages.flatMap((page) => page.assets).filter((asset) => ids.includes(asset.id) && allowedAsset(asset, restrictions));
}
