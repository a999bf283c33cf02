// Renditions through Bynder's Dynamic Asset Transformation: URLs on an image's `transformBaseUrl`
// for the presets offered (original size, 1600 px wide, a square crop at the focus point) in
// jpg/png/webp. `DamAsset.rendition` names the choice, e.g. `w1600.jpg`.
import type { DamAsset, RenditionChoice, RenditionOptions } from '../../types.js';
import { safeHttpUrl } from '../../url.js';

/** Side of the square crop, in pixels. */
const SQUARE_SIZE = 1000;
/** Width of the scaled preset, in pixels. */
const SCALED_WIDTH = 1600;

/** What the confirm step offers; the first of each is the default. */
export const BYNDER_RENDITIONS: RenditionOptions = {
  sizes: [
    { id: 'original', kind: 'original' },
    { id: `w${SCALED_WIDTH}`, kind: 'width', width: SCALED_WIDTH },
    { id: 'square', kind: 'square', side: SQUARE_SIZE },
  ],
  formats: [
    { id: 'jpg', label: 'JPG' },
    { id: 'png', label: 'PNG' },
    { id: 'webp', label: 'WebP' },
  ],
};

/** The choice within what is offered (a choice is only ever made from it): otherwise the original, as jpg. */
function offered(choice: RenditionChoice): RenditionChoice {
  const { sizes, formats } = BYNDER_RENDITIONS;
  return {
    preset: sizes.some((size) => size.id === choice.preset) ? choice.preset : sizes[0]!.id,
    format: formats.some((format) => format.id === choice.format) ? choice.format : formats[0]!.id,
  };
}

function transformBase(asset: DamAsset): string | undefined {
  if (asset.provider !== 'bynder' || asset.type !== 'image') return undefined;
  const thumbnails = asset.source['thumbnails'];
  if (typeof thumbnails !== 'object' || thumbnails === null) return undefined;
  const base = safeHttpUrl((thumbnails as Record<string, unknown>)['transformBaseUrl']);
  return base && !new URL(base).search ? base : undefined;
}

/** The focus point as fractions (0–1) of the image (`DamAsset.focalPoint`, mapped by the provider); the centre without one. */
function focusPoint(asset: DamAsset): [number, number] {
  return asset.focalPoint ? [asset.focalPoint.x, asset.focalPoint.y] : [0.5, 0.5];
}

/** A still preview `side` pixels at most on either side (DAT `fit`), or `undefined` for an asset without DAT. */
export function previewAt(asset: DamAsset, side: number): string | undefined {
  const base = transformBase(asset);
  return base && `${base}?io=transform:fit,width:${side},height:${side}`;
}

export function hasRenditions(asset: DamAsset): boolean {
  return transformBase(asset) !== undefined;
}

/** The DAT URL of a choice, or `undefined` for an asset without DAT. */
export function renditionUrl(asset: DamAsset, requested: RenditionChoice): string | undefined {
  const base = transformBase(asset);
  if (!base) return undefined;
  const choice = offered(requested);
  const format = `format=${choice.format}`;
  switch (choice.preset) {
    case `w${SCALED_WIDTH}`:
      return `${base}?io=transform:scale,width:${SCALED_WIDTH}&${format}`;
    case 'square': {
      const [x, y] = focusPoint(asset);
      return `${base}?io=transform:fill,width:${SQUARE_SIZE},height:${SQUARE_SIZE}&focuspoint=${x},${y}&${format}`;
    }
    default:
      return `${base}?${format}`;
  }
}

export function withRendition(asset: DamAsset, requested: RenditionChoice): DamAsset {
  const url = renditionUrl(asset, requested);
  const choice = offered(requested);
  return url ? { ...asset, url, rendition: `${choice.preset}.${choice.format}` } : asset;
}
