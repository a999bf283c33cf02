// The details panel (<dam-asset-details>) with fixed assets — an image, a video, an expired and a view-only
// asset, and alt text required — and the whole picker asking for alt text against the emulated DAM.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DamAsset } from '../src/index.js';
import { defineLazy } from '../src/internal/lazy-elements.js';
import { API_ORIGIN, SITE, storyDam } from './emulated-dam.js';

interface Args {
  asset: DamAsset;
  selected: boolean;
  single: boolean;
  altText: 'off' | 'optional' | 'required';
  insertBlockedReason: string;
}

const still = (hue: number, width: number, height: number) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="hsl(${hue} 60% 55%)"/><circle cx="${width * 0.3}" cy="${height * 0.4}" r="${height / 6}" fill="white"/></svg>`)}`;

const image: DamAsset = {
  id: 'image-1',
  provider: 'brandworkz',
  title: 'Summer campaign hero',
  description: 'Two hikers on a ridge at sunrise, the valley in mist below.',
  type: 'image',
  fileType: 'jpg',
  mimeType: 'image/jpeg',
  thumbnailUrl: still(200, 160, 120),
  previewUrl: still(200, 1600, 1200),
  width: 4000,
  height: 3000,
  fileSize: 4_812_345,
  version: 3,
  createdAt: '2025-03-04T10:00:00Z',
  modifiedAt: '2025-06-30T08:30:00Z',
  tags: ['summer', 'outdoor', 'hero'],
  copyright: '© Acme Corp 2025',
  usageRights: 'Web and social, worldwide, until the end of 2026',
  status: 'active',
  focalPoint: { x: 0.3, y: 0.4 },
  source: {},
};

const meta: Meta<Args> = {
  title: 'Parts/dam-asset-details',
  component: 'dam-asset-details',
  // The panel is a lazy chunk: the picker loads it when details are first opened; the story does the same.
  loaders: [async () => ({ loaded: await defineLazy('dam-asset-details') })],
  args: { asset: image, selected: false, single: true, altText: 'off', insertBlockedReason: '' },
  argTypes: { altText: { control: 'inline-radio', options: ['off', 'optional', 'required'] } },
  render: (args) => html`<div style="display: flex; height: 640px; border: 1px solid #ccc">
    <dam-asset-details
      style="max-inline-size: none"
      .asset=${args.asset}
      .position=${4}
      .total=${120}
      .hasPrevious=${true}
      .hasNext=${true}
      .selected=${args.selected}
      .single=${args.single}
      .altText=${args.altText}
      .alt=${args.altText === 'off' ? undefined : { text: '', decorative: false }}
      .insertBlockedReason=${args.insertBlockedReason}
      folderTitle="Summer 2025"
    ></dam-asset-details>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Image: Story = {};

export const Video: Story = {
  args: {
    asset: {
      ...image,
      id: 'video-1',
      title: 'Product teaser (30 s)',
      type: 'video',
      fileType: 'webm',
      mimeType: 'video/webm',
      // A video's file on the emulated DAM's CDN: a real WebM, answered by msw like every story's DAM requests.
      mediaPreviewUrl: storyDam().emulator.data.assets.find((asset) => asset.assetType === 'Video')?.embed_link,
      focalPoint: undefined,
      width: 1920,
      height: 1080,
    },
  },
};

export const Expired: Story = {
  args: { asset: { ...image, id: 'expired-1', title: 'Spring sale banner', status: 'expired', expiresAt: '2025-01-31' } },
};

export const ViewOnly: Story = {
  args: { asset: { ...image, id: 'view-only-1', title: 'Press photo (editorial only)', status: 'view-only', usageRights: 'Editorial use only' } },
};

export const AltTextRequired: Story = {
  args: { selected: true, altText: 'required', insertBlockedReason: 'Add alt text to the selected image, or mark it as decorative.' },
};

/** The whole picker asking for alt text: select images, then fill in or tick Decorative; press I on a tile for details. */
export const PickerWithAltTextRequired: StoryObj = {
  render: () => html`<dam-picker
    provider="brandworkz"
    site=${SITE}
    discovery-url=${API_ORIGIN}
    client-id="dam-picker-demo"
    selection="multiple"
    asset-types="Image"
    alt-text="required"
    .tokenProvider=${storyDam().tokenProvider}
    token-storage="memory"
  ></dam-picker>`,
};
