// The picker's parts on their own, with fixed data (no DAM): breadcrumb, facet list, asset grid, dropzone.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { DamAsset, DamFolder, FacetGroup } from '../src/index.js';

const meta: Meta = { title: 'Parts/fixed data' };
export default meta;

const path: DamFolder[] = [
  { id: 'root', title: 'Brandworkz demo', kind: 'folder' },
  { id: 'brands', title: 'Brands', kind: 'folder', parentId: 'root' },
  { id: 'summer', title: 'Summer 2025', kind: 'folder', parentId: 'brands' },
];

const groups: FacetGroup[] = [
  { id: 'asset-type', label: 'Type', options: [{ value: 'image', count: 1049 }, { value: 'video', count: 379 }, { value: 'document', count: 250 }] },
  { id: 'brand', label: 'Brand', options: [{ value: 'Acme', label: 'Acme', count: 512 }, { value: 'Globex', label: 'Globex', count: 301 }] },
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
  render: () => html`<dam-asset-grid style="height: 480px" multiple .assets=${assets} .total=${assets.length} .selectedIds=${new Set(['asset-1', 'asset-4'])}></dam-asset-grid>`,
};
export const AssetGridLoading: StoryObj = { render: () => html`<dam-asset-grid style="height: 300px" loading></dam-asset-grid>` };
export const UploadDropzoneWithoutFolder: StoryObj = { render: () => html`<dam-upload-dropzone></dam-upload-dropzone>` };
export const UploadDropzone: StoryObj = {
  render: () => html`<dam-upload-dropzone folder-id="summer" folder-name="Summer 2025" file-types="png,jpg"></dam-upload-dropzone>`,
};
