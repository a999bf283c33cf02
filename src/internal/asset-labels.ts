// The localised name of an asset kind ("Image", "Video", …): on grid tiles and in the type filter.
import { msg } from '@lit/localize';
import type { AssetKind } from '../api/types.js';

export function kindLabel(kind: AssetKind): string {
  switch (kind) {
    case 'image':
      return msg('Image');
    case 'video':
      return msg('Video');
    case 'audio':
      return msg('Audio');
    case 'document':
      return msg('Document');
    default:
      return msg('File');
  }
}
