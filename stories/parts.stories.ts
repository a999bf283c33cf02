// The picker's parts on their own, with fixed data (no DAM): breadcrumb, facet list, asset grid, dropzone.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { UploadEngine } from '../src/api/upload/upload-engine.js';
import type { DamAsset, DamFolder, DamUploader, FacetGroup } from '../src/index.js';

const meta: Meta = { title: 'Parts/fixed data' };
export default meta;

const path: DamFolder[] = [
  { id: 'root', title: 'Brandworkz demo', kind: 'folder' },
  { id: 'brands', title: 'Brands', kind: 'folder', parentId: 'root' },
  { id: 'summer', title: 'Summer 2025', kind: 'folder', parentId: 'brands' },
];

const groups: FacetGroup[] = [
  {
    id: 'asset-type',
    label: 'Type',
    options: [
      { value: 'image', count: 1049 },
      { value: 'video', count: 379 },
      { value: 'document', count: 250 },
    ],
  },
  {
    id: 'brand',
    label: 'Brand',
    options: [
      { value: 'Acme', label: 'Acme', count: 512 },
      { value: 'Globex', label: 'Globex', count: 301 },
    ],
  },
];

const swatch = (hue: number) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="160" height="120"><rect width="160" height="120" fill="hsl(${hue} 60% 55%)"/></svg>`)}`;
const assets: DamAsset[] = Array.from({ length: 24 }, (_, index) => ({
  id: `asset-${index}`,
  provider: 'brandworkz',
  title: `Campaign visual ${index + 1}`,
  type: 'image',
  fileType: index % 3 ? 'jpg' : 'png',
  thumbnailUrl: swatch(index * 37),
  source: {},
}));

export const Breadcrumb: StoryObj = { render: () => html`<dam-breadcrumb .path=${path}></dam-breadcrumb>` };
export const FacetList: StoryObj = {
  render: () => html`<dam-facet-list style="max-width: 260px" .groups=${groups} .filters=${{ 'asset-type': ['image'] }}></dam-facet-list>`,
};
export const FacetListDegraded: StoryObj = {
  render: () => html`<dam-facet-list style="max-width: 260px" .groups=${groups.slice(0, 1)} counts="none" degraded></dam-facet-list>`,
};
export const AssetGrid: StoryObj = {
  render: () =>
    html`<dam-asset-grid style="height: 480px" multiple .assets=${assets} .total=${assets.length} .selectedIds=${new Set(['asset-1', 'asset-4'])}></dam-asset-grid>`,
};
export const AssetGridLoading: StoryObj = { render: () => html`<dam-asset-grid style="height: 300px" loading></dam-asset-grid>` };
export const UploadDropzoneWithoutFolder: StoryObj = { render: () => html`<dam-upload-dropzone></dam-upload-dropzone>` };
export const UploadDropzone: StoryObj = {
  render: () => html`<dam-upload-dropzone folder-id="summer" folder-name="Summer 2025" file-types="png,jpg"></dam-upload-dropzone>`,
};

/** An uploader whose first two parts of each file are stored at once and the rest never finish: uploads stay in progress. */
const stalledUploader: DamUploader = {
  async begin(file) {
    const size = Math.ceil(file.size / 4);
    return {
      parts: [0, 1, 2, 3].map((index) => ({ partNumber: index + 1, start: index * size, end: Math.min(file.size, (index + 1) * size) })),
      sendPart: (part) => (part.partNumber <= 2 ? Promise.resolve({ partNumber: part.partNumber }) : new Promise(() => {})),
      complete: () => new Promise(() => {}),
    };
  },
  updateMetadata: async (_id, { title }) => ({ title }),
};

export const UploadInProgress: StoryObj = {
  render: () => {
    const engine = new UploadEngine(stalledUploader);
    const bytes = (megabytes: number) => new Uint8Array(megabytes * 1024 * 1024);
    engine.add([new File([bytes(24)], 'hero-banner.psd'), new File([bytes(8)], 'summer-beach.jpg')], { folderId: 'summer' });
    return html`<dam-upload-dropzone folder-id="summer" folder-name="Summer 2025" .engine=${engine}></dam-upload-dropzone>`;
  },
};
