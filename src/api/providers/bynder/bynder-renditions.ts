// Renditions through Bynder's Dynamic Asset Transformation: URLs on an image's `transformBaseUrl`
// for the picker's presets (original size, 1600 px wide, a square crop at the focus point) in
// jpg/png/webp. `DamAsset.rendition` names the choice, e.g. `w1600.jpg`.
import type { DamAsset, RenditionChoice } from '../../types.js';
import { safeHttpUrl } from '../../url.js';

/** Side of the square crop, in pixels. */
export const SQUARE_SIZE = 1000;

function transformBase(asset: DamAsset): string | undefined {
  if (asset.provider !== 'bynder' || asset.type !== 'image') return undefined;
  const thumbnails = asset.source['thumbnails'];
  if (typeof thumbnails !== 'object' || thumbnails === null) return undefined;
  const base = safeHttpUrl((thumbnails as Record<string, unknown>)['transformBaseUrl']);
  return base && !new URL(base).search ? base : undefined;
}

/** The focus point as fractions (0–1) of the image, from `activeOriginalFocusPoint` (pixels); the centre without one. */
export function focusPoint(asset: DamAsset): [number, number] {
  const point = asset.source['activeOriginalFocusPoint'] as { x?: unknown; y?: unknown } | undefined;
  const { width, height } = asset;
  if (!point || typeof point.x !== 'number' || typeof point.y !== 'number' || !width || !height) return [0.5, 0.5];
  const clamp = (value: number): number => Math.min(1, Math.max(0, Math.round(value * 1000) / 1000));
  return [clamp(point.x / width), clamp(point.y / height)];
}

export function hasRenditions(asset: DamAsset): boolean {
  return transformBase(asset) !== undefined;
}

/** The DAT URL of a choice, or `undefined` for an asset without DAT. */
export function renditionUrl(asset: DamAsset, choice: RenditionChoice): string | undefined {
  const base = transformBase(asset);
  if (!base) return undefined;
  const format = `format=${choice.format}`;
  switch (choice.preset) {
    case 'w1600':
      return `${base}?io=transform:scale,width:1600&${format}`;
    case 'square': {
      const [x, y] = focusPoint(asset);
      return `${base}?io=transform:fill,width:${SQUARE_SIZE},height:${SQUARE_SIZE}&focuspoint=${x},${y}&${format}`;
    }
    default:
      return `${base}?${format}`;
  }
}

export function withRendition(asset: DamAsset, choice: RenditionChoice): DamAsset {
  const url = renditionUrl(asset, choice);
  return url ? { ...asset, url, rendition: `${choice.preset}.${choice.format}` } : asset;
}
