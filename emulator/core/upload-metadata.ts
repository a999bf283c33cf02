// Titles and metaset fields for /importAsset and /saveMetadata: unique titles per folder
// ("myLogo (2)"), and custom fields checked against their options as the documentation describes.

import type { BrandworkzData, EmulatedAsset, MetadataField } from './data.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Lower-cased titles of the assets in a folder: searchable ones and imports not indexed yet. */
function titlesIn(data: BrandworkzData, pending: ReadonlyArray<EmulatedAsset | undefined>, folderGuid: string, except?: EmulatedAsset): Set<string> {
  const titles = new Set<string>();
  const folder = folderGuid.toLowerCase();
  for (const asset of [...data.childAssets(folder), ...pending]) {
    if (asset && asset !== except && asset.categoryGUID.toLowerCase() === folder) titles.add(asset.title.toLowerCase());
  }
  return titles;
}

/** Whether another asset in the asset's folder already has `title` (case-insensitive). */
export function findTitleClash(data: BrandworkzData, pending: ReadonlyArray<EmulatedAsset | undefined>, asset: EmulatedAsset, title: string): boolean {
  return titlesIn(data, pending, asset.categoryGUID, asset).has(title.toLowerCase());
}

/** `base` when it is free in the folder, else `base (2)`, `base (3)`, … */
export function suggestTitle(
  data: BrandworkzData,
  pending: ReadonlyArray<EmulatedAsset | undefined>,
  folderGuid: string,
  base: string,
): { title: string; clash: boolean } {
  const taken = titlesIn(data, pending, folderGuid);
  if (!taken.has(base.toLowerCase())) return { title: base, clash: false };
  for (let n = 2; ; n++) {
    const title = `${base} (${n})`;
    if (!taken.has(title.toLowerCase())) return { title, clash: true };
  }
}

export interface MetadataEdits {
  title?: string;
  /** Field name (any case) → value, as /saveMetadata's `metadata`. */
  metadata?: Record<string, unknown>;
}

export type MetadataOutcome = { kind: 'ok' } | { kind: 'unknown-field'; name: string } | { kind: 'invalid-option'; name: string; value: string };

/**
 * Checks every edit, then applies them all (or none). `remember` collects the original values of
 * seeded assets so a reset can restore them.
 */
export function applyMetadata(
  fields: readonly MetadataField[],
  asset: Mutable<EmulatedAsset>,
  edits: MetadataEdits,
  remember?: Map<EmulatedAsset, Record<string, unknown>>,
): MetadataOutcome {
  const changes: Record<string, unknown> = {};
  if (edits.title !== undefined) changes.title = edits.title;
  for (const [name, raw] of Object.entries(edits.metadata ?? {})) {
    const spec = fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
    if (!spec) return { kind: 'unknown-field', name };
    const values = (Array.isArray(raw) ? (raw as unknown[]) : [raw]).map((v) => (typeof v === 'number' ? String(v) : v));
    if (values.some((v) => typeof v !== 'string')) return { kind: 'invalid-option', name: spec.name, value: String(raw) };
    const strings = values as string[];
    if (spec.type === 'text') {
      changes[spec.name] = strings.join(', ');
      continue;
    }
    const invalid = strings.find((v) => !spec.options?.includes(v));
    if (invalid !== undefined) return { kind: 'invalid-option', name: spec.name, value: invalid };
    if (spec.type === 'multi') changes[spec.name] = strings;
    else {
      if (strings.length !== 1) return { kind: 'invalid-option', name: spec.name, value: strings.join('|') };
      changes[spec.name] = strings[0];
    }
  }
  const record = asset as unknown as Record<string, unknown>;
  if (remember) {
    const original = remember.get(asset) ?? {};
    for (const key of Object.keys(changes)) if (!(key in original)) original[key] = record[key];
    remember.set(asset, original);
  }
  // Seeded records compute dateModified in a getter; uploads are plain objects.
  if (!remember && Object.keys(changes).length) changes.dateModified = new Date().toISOString();
  Object.assign(record, changes);
  return { kind: 'ok' };
}
