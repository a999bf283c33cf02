// Registers every custom element of the picker. Importing a class defines
// nothing; this module does, and skips tags already defined (a page may load two copies).
import { DamAssetDetails } from './components/dam-asset-details/dam-asset-details.js';
import { DamAssetGrid } from './components/dam-asset-grid/dam-asset-grid.js';
import { DamBreadcrumb } from './components/dam-breadcrumb/dam-breadcrumb.js';
import { DamFacetList } from './components/dam-facet-list/dam-facet-list.js';
import { DamFolderTree } from './components/dam-folder-tree/dam-folder-tree.js';
import { DamPicker } from './components/dam-picker/dam-picker.js';
import { DamPickerDialog } from './components/dam-picker-dialog/dam-picker-dialog.js';
import { DamSearchBox } from './components/dam-search-box/dam-search-box.js';
import { DamUploadDropzone } from './components/dam-upload-dropzone/dam-upload-dropzone.js';

const elements: Record<string, CustomElementConstructor> = {
  'dam-picker': DamPicker,
  'dam-picker-dialog': DamPickerDialog,
  'dam-search-box': DamSearchBox,
  'dam-asset-grid': DamAssetGrid,
  'dam-folder-tree': DamFolderTree,
  'dam-facet-list': DamFacetList,
  'dam-breadcrumb': DamBreadcrumb,
  'dam-upload-dropzone': DamUploadDropzone,
  'dam-asset-details': DamAssetDetails,
};

for (const [tag, element] of Object.entries(elements)) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
