// Assets with the publishing, rights and preview fields the details panel shows. Until both providers map
// them from the DAM (issue 15, part 1), this decorates what the Brandworkz provider returns from the
// emulator, so the panel is tested through the whole element: fields derive from each asset's own data.
import { BrandworkzProvider } from '../../src/api/providers/brandworkz/brandworkz-provider.js';
import type { DamAsset, SearchPage } from '../../src/api/types.js';

export const VIDEO_PREVIEW_ORIGIN = 'https://media.dam-emulator.test';

function decorate(asset: DamAsset): DamAsset {
  const number = [...asset.id].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  return {
    ...asset,
    ...(asset.thumbnailUrl ? { previewUrl: asset.thumbnailUrl } : {}),
    ...(asset.type === 'video' ? { mediaPreviewUrl: `${VIDEO_PREVIEW_ORIGIN}/${encodeURIComponent(asset.id)}.mp4` } : {}),
    createdAt: '2025-03-04T10:00:00Z',
    modifiedAt: '2025-06-30T08:30:00Z',
    tags: ['summer', 'campaign'],
    copyright: '© Acme Corp',
    usageRights: 'Web and social only',
    ...(number % 7 === 0 ? { status: 'expired' as const, expiresAt: '2025-01-31' } : { status: 'active' as const }),
  };
}

/** Decorates the provider's answers until `restore()` is called (call it in `afterEach`). */
export function withDetailsFields(): { restore: () => void } {
  const prototype = BrandworkzProvider.prototype;
  const search = Object.getOwnPropertyDescriptor(prototype, 'search')!;
  const original: BrandworkzProvider['search'] = search.value;
  Object.defineProperty(prototype, 'search', {
    ...search,
    value: async function (this: BrandworkzProvider, ...args: Parameters<BrandworkzProvider['search']>): Promise<SearchPage> {
      const page = await original.apply(this, args);
      return { ...page, assets: page.assets.map(decorate) };
    },
  });
  return { restore: () => Object.defineProperty(prototype, 'search', search) };
}
